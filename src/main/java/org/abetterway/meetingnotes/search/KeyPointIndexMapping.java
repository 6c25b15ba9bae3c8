package org.abetterway.meetingnotes.search;

import static org.abetterway.meetingnotes.search.EnglishAnalysisConfigurer.ENGLISH;
import static org.abetterway.meetingnotes.search.EnglishAnalysisConfigurer.EXACT;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.abetterway.meetingnotes.meeting.Theme;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * What the search index holds for a key point. Kept here rather than as annotations on the entities, so that
 * everything about search lives in this package. Results are read from the index alone, without the database.
 */
public class KeyPointIndexMapping implements HibernateOrmSearchMappingConfigurer {

	static final String INDEX = "KeyPoint";

	/** Changed with whatever the index holds or how it reads words, so that an index kept on disk is built again. */
	static final int VERSION = 3;

	@Override
	public void configure(HibernateOrmMappingConfigurationContext context) {
		ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();

		TypeMappingStep keyPoint = mapping.type(KeyPoint.class);
		keyPoint.indexed().index(INDEX);
		keyPoint.property("anchor").keywordField(SearchFields.ANCHOR).projectable(Projectable.YES);
		keyPoint.property("position").genericField(SearchFields.POSITION).projectable(Projectable.YES)
			.sortable(Sortable.YES);
		words(keyPoint, "text", SearchFields.TEXT);
		words(keyPoint, "title", SearchFields.TITLE);
		words(keyPoint, "section", SearchFields.SECTION);
		// no vectors: search by meaning is exact, in memory (MeaningIndex), the same however the index was built
		keyPoint.property("meeting").indexedEmbedded()
			.includePaths(SearchFields.TITLE, SearchFields.TITLE + SearchFields.EXACT_SUFFIX, SearchFields.SLUG,
					"speakers." + SearchFields.NAME, "speakers." + SearchFields.SLUG);
		// themes are renamed only through the themes file, and changing it imports every meeting again
		keyPoint.property("themes").indexedEmbedded()
			.includePaths(SearchFields.SLUG, SearchFields.NAME, SearchFields.DESCRIPTION)
			.indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

		TypeMappingStep meeting = mapping.type(Meeting.class);
		meeting.property("slug").keywordField(SearchFields.SLUG).projectable(Projectable.YES).sortable(Sortable.YES);
		words(meeting, "title", SearchFields.TITLE);
		// a speaker's name changes through the speakers file, and changing it imports every meeting again
		meeting.property("speakers").indexedEmbedded()
			.indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

		TypeMappingStep speaker = mapping.type(Speaker.class);
		speaker.property("slug").keywordField(SearchFields.SLUG);
		speaker.property("name").fullTextField(SearchFields.NAME).analyzer(EXACT);

		TypeMappingStep theme = mapping.type(Theme.class);
		theme.property("slug").keywordField(SearchFields.SLUG).projectable(Projectable.YES).aggregable(Aggregable.YES);
		theme.property("name").fullTextField(SearchFields.NAME).analyzer(ENGLISH);
		theme.property("description").fullTextField(SearchFields.DESCRIPTION).analyzer(ENGLISH);
	}

	/** A stemmed field to find words in any form, and an exact one for quoted phrases and spelling. */
	private static void words(TypeMappingStep type, String property, String field) {
		type.property(property)
			.fullTextField(field).analyzer(ENGLISH).projectable(Projectable.YES)
			.fullTextField(field + SearchFields.EXACT_SUFFIX).analyzer(EXACT);
	}

}
