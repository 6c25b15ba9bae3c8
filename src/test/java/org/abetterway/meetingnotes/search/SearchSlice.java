package org.abetterway.meetingnotes.search;

import org.abetterway.meetingnotes.notes.NotesImporter;
import org.abetterway.meetingnotes.notes.NotesProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;

/**
 * What the search tests add to a {@code @DataJpaTest}: the search and its index, and the notes module's components
 * but not its pages, so that the importer fills the database with the test notes at start-up as in the app. Both
 * {@link KeyPointSearchTests} and {@link SearchReimportTests} import it with the same annotations, so they share one
 * context.
 */
@TestConfiguration(proxyBeanMethods = false)
// not the usual TypeExcludeFilter: in a slice it leaves out every component the slice does not know, the importer too
@ComponentScan(basePackageClasses = NotesImporter.class, excludeFilters = @Filter(Controller.class))
@EnableConfigurationProperties({ NotesProperties.class, SearchSettings.class })
@Import({ SearchIndexing.class, IndexStamp.class, KeyPointSearch.class, MeaningModel.class, MeaningIndex.class, MeaningSnapshot.class, QueryVectors.class, FusedRanking.class, ElsewhereTopics.class, KeyPointVectors.class,
		ModelWords.class })
class SearchSlice {

}
