package org.abetterway.meetingnotes.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A throw-away copy of the test notes, for tests that edit notes while the application runs.
 */
public final class SeedsCopy {

	/**
	 * The notes every behaviour test reads: a frozen copy of the six Joining Forces meetings with their
	 * {@code themes.yml} and {@code speakers.yml}, so that editing {@code seeds/} breaks none of them. The tests that
	 * start the application read it through {@code notes.seeds-dir} in {@code src/test/resources/config}.
	 */
	public static final Path TEST_NOTES = Path.of("src/test/resources/notes");

	private SeedsCopy() {
	}

	public static Path create(String prefix) {
		try {
			Path folder = Files.createTempDirectory(prefix);
			try (Stream<Path> files = Files.list(TEST_NOTES)) {
				for (Path file : files.toList()) {
					Files.copy(file, folder.resolve(file.getFileName()));
				}
			}
			return folder;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
