package org.abetterway.meetingnotes.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-imports the notes folder soon after an editor adds, changes or deletes a file, without a restart. Polling
 * names, sizes and times is cheap, works on every file system and catches editors that save by renaming.
 */
@Component
@ConditionalOnProperty(name = "notes.watch", havingValue = "true", matchIfMissing = true)
class NotesFolderWatcher {

	private static final Logger log = LoggerFactory.getLogger(NotesFolderWatcher.class);

	private final NotesImporter importer;

	private final Path folder;

	private List<String> lastSeen;

	NotesFolderWatcher(NotesImporter importer, NotesProperties properties) {
		this.importer = importer;
		this.folder = properties.seedsDir();
		this.lastSeen = fingerprint(folder);
	}

	@Scheduled(fixedDelayString = "${notes.watch-interval-ms:1000}", initialDelayString = "${notes.watch-interval-ms:1000}")
	void importChanges() {
		List<String> seen = fingerprint(folder);
		if (!seen.equals(lastSeen)) {
			lastSeen = seen;
			try {
				importer.importNotes();
			}
			catch (RuntimeException ex) {
				log.error("Re-importing the notes failed; the site keeps what it had", ex);
			}
		}
	}

	static List<String> fingerprint(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.sorted().map(NotesFolderWatcher::describe).toList();
		}
		catch (IOException ex) {
			return List.of("unreadable: " + ex.getMessage());
		}
	}

	private static String describe(Path path) {
		try {
			return path.getFileName() + " " + Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis();
		}
		catch (IOException ex) {
			return path.getFileName() + " gone";
		}
	}

}
