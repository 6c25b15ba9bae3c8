package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.abetterway.meetingnotes.notes.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The {@code file} profile keeps the embedded database in the data folder: a restart finds the notes imported before,
 * imports nothing again, and searches the same.
 */
class FileStoreRestartTests {

	static final Path TEST_DATA = Path.of("target/test-data");

	@TempDir
	Path dataDir;

	@Test
	void aRestartImportsNothingAndSearchesTheSame() throws IOException {
		Map<String, List<String>> answers;
		Map<String, Long> ids;
		try (ConfigurableApplicationContext first = start()) {
			assertThat(dataDir.resolve("notes-db.mv.db")).isRegularFile();
			assertThat(Restarts.lastImport(first).imported()).hasSize(6);
			answers = Restarts.answers(first);
			ids = Restarts.meetingIds(first);
		}
		assertThat(answers.values()).allSatisfy(answer -> assertThat(answer).hasSizeGreaterThan(1));

		try (ConfigurableApplicationContext restarted = start()) {
			ImportReport report = Restarts.lastImport(restarted);
			assertThat(report.imported()).isEmpty();
			assertThat(report.unchanged()).hasSize(6);
			assertThat(Restarts.meetingIds(restarted)).isEqualTo(ids);
			assertThat(Restarts.answers(restarted)).isEqualTo(answers);
		}

		// the index deleted by hand, its stamp left behind: the next start builds it again from the database
		FileSystemUtils.deleteRecursively(dataDir.resolve("index").resolve(KeyPointIndexMapping.INDEX));
		try (ConfigurableApplicationContext withoutIndex = start()) {
			assertThat(Restarts.lastImport(withoutIndex).imported()).isEmpty();
			assertThat(Restarts.answers(withoutIndex)).isEqualTo(answers);
		}
	}

	@Test
	void aRestartReadsTheMeaningKeptBesideTheIndexOnlyWhenItWasKeptFromTheseNotes() throws IOException {
		Map<String, List<String>> answers;
		try (ConfigurableApplicationContext first = start()) {
			answers = Restarts.answers(first, Restarts.QUERIES, true);
		}
		Path kept = dataDir.resolve("index").resolve(MeaningSnapshot.FILE);
		assertThat(kept).isRegularFile();
		byte[] written = Files.readAllBytes(kept);

		// read as it is, not written again: the database's vectors were not read
		FileTime longAgo = FileTime.fromMillis(0);
		Files.setLastModifiedTime(kept, longAgo);
		try (ConfigurableApplicationContext restarted = start()) {
			assertThat(Restarts.answers(restarted, Restarts.QUERIES, true)).isEqualTo(answers);
		}
		assertThat(Files.getLastModifiedTime(kept)).isEqualTo(longAgo);

		// kept from other notes (another digest at its head), or cut short: read from the database and kept again
		byte[] fromOtherNotes = written.clone();
		int digestStart = Integer.BYTES + Short.BYTES;
		fromOtherNotes[digestStart] = (byte) (fromOtherNotes[digestStart] == '0' ? '1' : '0');
		byte[] cutShort = Arrays.copyOf(written, written.length / 2);
		for (byte[] stale : List.of(fromOtherNotes, cutShort)) {
			Files.write(kept, stale);
			try (ConfigurableApplicationContext restarted = start()) {
				assertThat(Restarts.answers(restarted, Restarts.QUERIES, true)).isEqualTo(answers);
			}
			assertThat(Files.readAllBytes(kept)).isEqualTo(written);
		}
	}

	@BeforeEach
	void reuseTheTestsVectors() throws IOException {
		// the other tests' vectors of the same notes, so that the first start need not embed them again
		Path vectors = TEST_DATA.resolve("vectors-" + OnnxEncoder.NAME + ".bin");
		if (Files.isRegularFile(vectors)) {
			Files.copy(vectors, dataDir.resolve(vectors.getFileName()));
		}
	}

	private ConfigurableApplicationContext start() {
		return Restarts.start("file", List.of(), "notes.data-dir=" + dataDir);
	}

}
