package org.abetterway.meetingnotes.notes;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Imports the notes folder when the application starts.
 */
@Component
class NotesStartupImport implements ApplicationRunner {

	private final NotesImporter importer;

	NotesStartupImport(NotesImporter importer) {
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments args) {
		importer.importNotes();
	}

}
