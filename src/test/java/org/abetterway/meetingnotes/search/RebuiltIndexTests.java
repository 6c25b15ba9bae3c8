package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.abetterway.meetingnotes.notes.NotesImporter;
import org.abetterway.meetingnotes.notes.SeedsCopy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * An index built by imports, with key points replaced along the way, and the index built again from the database
 * search alike: the same totals and the same first ten, scores included, for words, phrases, alternatives, a word
 * left out and readers' questions. Enough meetings that common words find more key points than are ranked with
 * meaning, where the words' own order decides which ones are.
 */
class RebuiltIndexTests {

	/** Copies of the six test meetings: 180 meetings, about 2,600 key points. */
	private static final int COPIES = 30;

	private static final List<String> QUERIES = List.of("funders", "organisations", "partnership working",
			"\"psychological safety\"", "trust -funding", "trust OR funders", "small organisations",
			"how do small charities get heard", "leaders who listen", "charities competing for grants",
			"what gets in the way of working together");

	@TempDir
	Path dataDir;

	@TempDir
	Path notes;

	@Test
	void theIndexBuiltFromTheDatabaseAnswersAsTheImportsOwnIndex() throws IOException {
		Map<String, List<String>> answers;
		try (ConfigurableApplicationContext first = start()) {
			// a third of the meetings renamed and imported again: their key points are stored and indexed anew, and
			// the index keeps their old documents as deleted ones until its segments are merged
			renameEveryThird();
			first.getBean(NotesImporter.class).importNotes();
			answers = Restarts.answers(first, QUERIES, true);
			assertThat(QUERIES).as("a query ranked with meaning that finds more than is ranked with it")
				.anySatisfy(query -> assertThat(SearchQuery.parse(query).meaning()).isNotNull()
					.satisfies(meaning -> assertThat(everyResult(first, query).size())
						.isGreaterThan(KeyPointSearch.WORD_RESULTS_FUSED + FusedRanking.MEANING_RESULTS)));
			for (String query : QUERIES) {
				List<Long> every = everyResult(first, query);
				assertThat(every).as("every result of %s, page by page, once", query)
					.hasSize((int) search(first, query, 0, 10).total())
					.doesNotHaveDuplicates();
			}
		}
		assertThat(Long.parseLong(answers.get("organisations").get(0).substring("total ".length())))
			.as("more results than are ranked with meaning").isGreaterThan(KeyPointSearch.WORD_RESULTS_FUSED);

		FileSystemUtils.deleteRecursively(dataDir.resolve("index").resolve(KeyPointIndexMapping.INDEX));
		try (ConfigurableApplicationContext rebuilt = start()) {
			assertThat(Restarts.lastImport(rebuilt).imported()).isEmpty();
			Map<String, List<String>> again = Restarts.answers(rebuilt, QUERIES, true);
			for (String query : QUERIES) {
				assertThat(again.get(query)).as(query).isEqualTo(answers.get(query));
			}
		}
	}

	@BeforeEach
	void copyTheTestNotes() throws IOException {
		Files.copy(SeedsCopy.TEST_NOTES.resolve("themes.yml"), notes.resolve("themes.yml"));
		Files.copy(SeedsCopy.TEST_NOTES.resolve("speakers.yml"), notes.resolve("speakers.yml"));
		List<Path> meetings;
		try (Stream<Path> files = Files.list(SeedsCopy.TEST_NOTES)) {
			meetings = files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
		}
		for (int copy = 1; copy <= COPIES; copy++) {
			for (Path meeting : meetings) {
				String text = Files.readString(meeting)
					.replaceFirst("(?m)^title: \"(.*)\"$", "title: \"$1, part " + copy + "\"");
				Files.writeString(notes.resolve(String.format("%02d-%s", copy, meeting.getFileName())), text);
			}
		}
		// the other tests' vectors of the same key points, so that nothing need be embedded
		Path vectors = FileStoreRestartTests.TEST_DATA.resolve("vectors-" + OnnxEncoder.NAME + ".bin");
		if (Files.isRegularFile(vectors)) {
			Files.copy(vectors, dataDir.resolve(vectors.getFileName()));
		}
	}

	private void renameEveryThird() throws IOException {
		try (Stream<Path> files = Files.list(notes)) {
			List<Path> meetings = files.filter(file -> file.toString().endsWith(".md")).sorted().toList();
			for (int i = 0; i < meetings.size(); i += 3) {
				Path meeting = meetings.get(i);
				Files.writeString(meeting, Files.readString(meeting).replaceFirst("(?m)^title: \"(.*)\"$",
						"title: \"$1, revised\""));
			}
		}
	}

	/** Every result of a query, read a page at a time until a page comes back empty. */
	private static List<Long> everyResult(ConfigurableApplicationContext context, String query) {
		List<Long> every = new ArrayList<>();
		for (int page = 0;; page++) {
			List<SearchHit> hits = search(context, query, page, 100).hits();
			if (hits.isEmpty()) {
				return every;
			}
			hits.forEach(hit -> every.add(hit.id()));
		}
	}

	private static SearchResults search(ConfigurableApplicationContext context, String query, int page, int size) {
		return context.getBean(KeyPointSearch.class).search(new SearchRequest(query, List.of(), null, null, page, size));
	}

	private ConfigurableApplicationContext start() {
		return Restarts.start("file", List.of(), "notes.data-dir=" + dataDir, "notes.seeds-dir=" + notes);
	}

}
