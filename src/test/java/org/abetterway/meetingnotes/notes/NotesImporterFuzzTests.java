package org.abetterway.meetingnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.abetterway.meetingnotes.search.IndexStamp;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.beans.factory.annotation.Autowired;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.context.annotation.Import;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.transaction.annotation.Propagation;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.transaction.annotation.Transactional;

/**
 * The seeds, mangled at random the ways hand edits and bad saves go wrong, through the importer: it never fails, it
 * names every file it refuses, and no meeting is ever lost. Seeded, so a failure can be replayed.
 */
@DataJpaTest(showSql = false)
@Import({ NotesImporter.class, NotesStore.class, SearchIndexing.class, IndexStamp.class, KeyPointVectors.class, MeaningModel.class })
@EnableConfigurationProperties(NotesProperties.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class NotesImporterFuzzTests {

	static final long SEED = 5_2026_11_26L;

	static final int ROUNDS = 30;

	static final int NEW_FILES_PER_ROUND = 9;

	private static final String[] FRONT_MATTER_BREAKERS = { "---", "title: [unclosed", "title: {", "speakers: 12",
			"  - name:", "date: 31/02/2022", "date: 2022-02-31", "slug: '!!!'", "old-slugs: [Not A Slug]",
			"title: &a x\nquestion: *a", "title: !!java.io.File /etc/passwd", "\tqueston: tab indented", ": :",
			"title: |\n  two\n  lines", "notes-sections: {a: b}", "a: [" + "[".repeat(2000), "question: " + "x".repeat(5000),
			"title: " + "T".repeat(700), "series: " + "S".repeat(300), "speakers:\n  - name: " + "N".repeat(300),
			"slug: " + "a-".repeat(150) + "b", "...", "title: \"\\uD800\"", "title: ''" };

	private static final String[] BODY_BREAKERS = { "- <!-- themes: no-such-theme -->", "- a <!-- themes: leadership, "
			+ "health-and-care, co-production, power-and-inequality -->", "#", "## ", "- ", "-", "* * *", "```",
			"> ".repeat(3000) + "deep", "- ".repeat(3000) + "nested", "[".repeat(5000), "*".repeat(5000),
			"| a |\n|---|\n" + "| b |\n".repeat(500), "<!--", "- **" + "b".repeat(2000) + ".** text",
			"## " + "h".repeat(3000), "- " + "word ".repeat(30000), "\u0000", "\uFEFF", "\r", "\u2028" };

	@Autowired
	NotesImporter importer;

	@Autowired
	MeetingRepository meetings;

	@TempDir
	Path folder;

	@Test
	void mangledNotesNeverBreakTheImportNorLoseAMeeting() throws IOException {
		Map<String, byte[]> seeds = copySeeds();
		ImportReport first = importer.importFolder(folder);
		assertThat(first.problems()).isEmpty();
		assertThat(first.imported()).containsExactlyElementsOf(seeds.keySet());
		List<String> seedFiles = new ArrayList<>(seeds.keySet());
		Random random = new Random(SEED);
		int refused = 0;
		int accepted = 0;
		for (int round = 0; round < ROUNDS; round++) {
			String edited = seedFiles.get(random.nextInt(seedFiles.size()));
			Files.write(folder.resolve(edited), mangle(seeds.get(edited), random));
			List<Path> added = new ArrayList<>();
			for (int i = 0; i < NEW_FILES_PER_ROUND; i++) {
				// a copy under its own address, else most copies would only be refused for taking the seed's
				String slug = "slug: fuzz-%d-%d\n".formatted(round, i);
				String original = random.nextInt(4) == 0 ? "# Small\n\n- Funders.\n"
						: new String(seeds.get(seedFiles.get(random.nextInt(seedFiles.size()))), StandardCharsets.UTF_8)
							.replaceFirst("^---\n", "---\n" + slug);
				Path file = folder.resolve("%02d-fuzz-%d.md".formatted(50 + i, round));
				Files.write(file, mangle(original.getBytes(StandardCharsets.UTF_8), random));
				added.add(file);
			}

			ImportReport report = importer.importFolder(folder);

			Set<String> present = markdownFiles();
			Set<String> refusedFiles = new HashSet<>();
			for (NotesProblem problem : report.problems()) {
				assertThat(present).as("round %d: %s", round, problem).contains(problem.file());
				assertThat(problem.line()).as("round %d: %s", round, problem).isNotNegative();
				assertThat(problem.message()).as("round %d: %s", round, problem).isNotBlank();
				refusedFiles.add(problem.file());
			}
			List<String> stored = meetings.findAllSourceFiles();
			for (String file : present) {
				boolean imported = report.imported().contains(file) || report.unchanged().contains(file);
				assertThat(imported ^ refusedFiles.contains(file)).as("round %d: %s imported or refused", round, file)
					.isTrue();
				if (imported) {
					assertThat(stored).as("round %d: the meeting of %s", round, file).contains(file);
				}
			}
			assertThat(stored).as("round %d: every seed's meeting", round).containsAll(seedFiles);
			refused += refusedFiles.size();
			accepted += report.imported().size();

			Files.write(folder.resolve(edited), seeds.get(edited));
			for (Path file : added) {
				Files.delete(file);
			}
		}
		assertThat(refused).as("files refused").isGreaterThan(ROUNDS * 2);
		assertThat(accepted).as("mangled files still imported").isGreaterThan(ROUNDS * 2);

		ImportReport last = importer.importFolder(folder);
		assertThat(last.problems()).isEmpty();
		assertThat(meetings.findAllSourceFiles()).containsExactlyInAnyOrderElementsOf(seedFiles);
	}

	private Map<String, byte[]> copySeeds() throws IOException {
		Map<String, byte[]> seeds = new LinkedHashMap<>();
		try (Stream<Path> files = Files.list(SeedsCopy.TEST_NOTES)) {
			for (Path file : files.sorted().toList()) {
				byte[] content = Files.readAllBytes(file);
				Files.write(folder.resolve(file.getFileName()), content);
				if (file.getFileName().toString().endsWith(".md")) {
					seeds.put(file.getFileName().toString(), content);
				}
			}
		}
		return seeds;
	}

	private Set<String> markdownFiles() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return new HashSet<>(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md"))
				.toList());
		}
	}

	/** One to three of the ways a file goes wrong. */
	static byte[] mangle(byte[] original, Random random) {
		byte[] content = original;
		for (int step = random.nextInt(3); step >= 0; step--) {
			content = switch (random.nextInt(12)) {
				case 0 -> editLines(content, random, (lines, at) -> lines.remove(at));
				case 1 -> editLines(content, random, (lines, at) -> lines.add(at, lines.get(random.nextInt(lines.size()))));
				case 2 -> editLines(content, random,
						(lines, at) -> Collections.swap(lines, at, random.nextInt(lines.size())));
				case 3 -> random.nextInt(3) == 0 ? insertBytes(content, random)
						: editLines(content, random, (lines, at) -> lines.add(at, randomText(random, 40)));
				case 4 -> java.util.Arrays.copyOf(content, random.nextInt(content.length + 1));
				case 5 -> editLines(content, random, (lines, at) -> lines.add(Math.min(at, 12),
						FRONT_MATTER_BREAKERS[random.nextInt(FRONT_MATTER_BREAKERS.length)]));
				case 6 -> editLines(content, random,
						(lines, at) -> lines.add(at, BODY_BREAKERS[random.nextInt(BODY_BREAKERS.length)]));
				case 7 -> editLines(content, random, (lines, at) -> lines.add(at, randomText(random, 200_000)));
				case 8, 9 -> editLines(content, random,
						(lines, at) -> lines.add(at, BODY_BREAKERS[random.nextInt(BODY_BREAKERS.length)]));
				default -> editLines(content, random, (lines, at) -> lines.set(at, randomText(random, 80)));
			};
		}
		return content;
	}

	private static byte[] editLines(byte[] content, Random random, LineEdit edit) {
		List<String> lines = new ArrayList<>(List.of(new String(content, StandardCharsets.UTF_8).split("\n", -1)));
		if (lines.isEmpty()) {
			lines.add("");
		}
		edit.apply(lines, random.nextInt(lines.size()));
		return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] insertBytes(byte[] content, Random random) {
		byte[] noise = new byte[1 + random.nextInt(16)];
		random.nextBytes(noise);
		int at = random.nextInt(content.length + 1);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(content, 0, at);
		out.writeBytes(noise);
		out.write(content, at, content.length - at);
		return out.toByteArray();
	}

	/** Any code points, surrogates and controls included, up to that many. */
	private static String randomText(Random random, int maxLength) {
		int length = random.nextInt(maxLength);
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(10);
			text.append(kind < 6 ? (char) (' ' + random.nextInt(95))
					: kind < 8 ? (char) random.nextInt(0x3000) : (char) random.nextInt(0x10000));
		}
		return text.toString();
	}

	@FunctionalInterface
	private interface LineEdit {

		void apply(List<String> lines, int at);

	}

}
