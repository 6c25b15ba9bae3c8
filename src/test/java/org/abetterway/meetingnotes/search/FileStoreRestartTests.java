package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
