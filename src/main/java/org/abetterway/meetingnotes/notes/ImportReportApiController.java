package org.abetterway.meetingnotes.notes;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/import-report}: the import report as JSON, for an editor's tools:
 * {@code {finishedAt, imported, unchanged, removed, problems: [{file, line, message}]}}.
 */
@RestController
class ImportReportApiController {

	private final NotesImporter importer;

	ImportReportApiController(NotesImporter importer) {
		this.importer = importer;
	}

	@GetMapping("/api/import-report")
	ImportReport report() {
		return importer.lastReport();
	}

}
