package org.abetterway.meetingnotes.notes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-imports the notes folder soon after an editor adds, changes or deletes a file, without a restart. Polling
 * names, sizes and times is cheap, works on every file system and catches editors that save by renaming.
 * {@code notes.watch=false} turns it off when the app runs, not when it is built, so that the same jar obeys it with
 * the beans worked out ahead of time ({@code spring.aot.enabled}).
 */
@Component
class NotesFolderWatcher {

	private static final Logger log = LoggerFactory.getLogger(NotesFolderWatcher.class);

	private final NotesImporter importer;

	private final Path folder;

	private final boolean watching;

	private List<String> lastSeen;

	NotesFolderWatcher(NotesImporter importer, NotesProperties properties,
			@Value("${notes.watch:true}") boolean watching) {
		this.importer = importer;
		this.folder = properties.seedsDir();
		this.watching = watching;
		this.lastSeen = watching ? fingerprint(folder) : List.of();
	}

	@Scheduled(fixedDelayString = "${notes.watch-interval-ms:1000}", initialDelayString = "${notes.watch-interval-ms:1000}")
	void importChanges() {
		if (!watching) {
			return;
		}
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
