package org.abetterway.meetingnotes.notes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/import-report}: the import report as JSON, for an editor's tools:
 * {@code {finishedAt, imported, unchanged, removed, problems: [{file, line, message}]}}.
 */
@Tag(name = "Import report", description = "What the last import of the notes folder did, for editors")
@RestController
class ImportReportApiController {

	private final NotesImporter importer;

	ImportReportApiController(NotesImporter importer) {
		this.importer = importer;
	}

	@GetMapping("/api/import-report")
	@Operation(operationId = "getImportReport", summary = "What the last import of the notes folder did",
			description = "The files of the notes folder it imported, left unchanged and removed, and the problems "
					+ "an editor has to fix.")
	@ApiResponse(responseCode = "200", description = "The last import's report; empty lists before the first one")
	ImportReport report() {
		return importer.lastReport();
	}

}
