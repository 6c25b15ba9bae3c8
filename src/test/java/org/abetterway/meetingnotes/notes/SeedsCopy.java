package org.abetterway.meetingnotes.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A throw-away copy of the seeds folder, for tests that edit notes while the application runs.
 */
public final class SeedsCopy {

	private SeedsCopy() {
	}

	public static Path create(String prefix) {
		try {
			Path folder = Files.createTempDirectory(prefix);
			try (Stream<Path> files = Files.list(Path.of("seeds"))) {
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
