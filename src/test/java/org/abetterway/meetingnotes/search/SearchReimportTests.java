package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.abetterway.meetingnotes.notes.NotesImporter;
import org.abetterway.meetingnotes.notes.SeedsCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The index after imports of a crafted folder, committed as in production, without the web layer.
 */
@DataJpaTest(showSql = false, properties = { "notes.watch=false",
		"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync" })
@Import(SearchSlice.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SearchReimportTests {

	@Autowired
	NotesImporter importer;

	@Autowired
	KeyPointSearch search;

	@TempDir
	Path folder;

	@Test
	void reimportingAChangedFolderLeavesNothingStaleInTheIndex() throws IOException {
		// the test notes first, should another test of this slice have imported other notes
		importer.importNotes();
		assertThat(search("levelling up").total()).isPositive();
		Files.copy(SeedsCopy.TEST_NOTES.resolve("themes.yml"), folder.resolve("themes.yml"));
		write("crafted.md", "Funders asked for quarterly reports from every partner.");
		write("other.md", "Neighbourhoods need patient money.");
		importer.importFolder(folder);
		assertThat(search("quarterly").total()).isEqualTo(1);
		assertThat(search("levelling up").total()).as("the test notes' meetings are gone").isZero();

		write("crafted.md", "Commissioners asked for monthly returns from every partner.");
		Files.delete(folder.resolve("other.md"));
		importer.importFolder(folder);
		assertThat(search("quarterly").total()).isZero();
		assertThat(search("patient").total()).isZero();
		assertThat(search("monthly returns").hits()).singleElement()
			.satisfies(hit -> assertThat(hit.text()).startsWith("Commissioners"));
		assertThat(search("").total()).isEqualTo(1);
	}

	@Test
	void highlightsEscapeTheKeyPointsHtml() throws IOException {
		Files.copy(SeedsCopy.TEST_NOTES.resolve("themes.yml"), folder.resolve("themes.yml"));
		write("crafted.md", "Funders <script>alert('funders')</script> & <b>trusted</b> \"partners\".");
		importer.importFolder(folder);
		SearchHit hit = search("funders \"partners\"").hits().get(0);
		assertThat(hit.text()).contains("<script>");
		assertThat(hit.highlight()).doesNotContain("<script>", "<b>")
			.isEqualTo("<mark>Funders</mark> &lt;script&gt;alert(&#39;<mark>funders</mark>&#39;)&lt;/script&gt; &amp; "
					+ "&lt;b&gt;trusted&lt;/b&gt; &quot;<mark>partners</mark>&quot;.");
	}

	private SearchResults search(String query) {
		return search.search(new SearchRequest(query, List.of(), null, null, 0, 20));
	}

	private void write(String file, String keyPoint) throws IOException {
		String title = file.replace(".md", "");
		Files.writeString(folder.resolve(file), "---\ntitle: " + title + "\n---\n\n## Money\n\n- " + keyPoint + "\n");
	}

}
