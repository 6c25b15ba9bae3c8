package org.abetterway.meetingnotes.notes;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.abetterway.meetingnotes.search.MeaningModel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /import-report}: what the last import of the notes folder did, and the problems an editor has to fix.
 * For editors, so not in the site's navigation.
 */
@Controller
class ImportReportController {

	private static final DateTimeFormatter FINISHED_AT = DateTimeFormatter
		.ofPattern("d MMMM yyyy, HH:mm:ss 'UTC'", Locale.UK)
		.withZone(ZoneOffset.UTC);

	private final NotesImporter importer;

	private final MeaningModel meaning;

	ImportReportController(NotesImporter importer, MeaningModel meaning) {
		this.importer = importer;
		this.meaning = meaning;
	}

	@GetMapping("/import-report")
	String report(Model model) {
		ImportReport report = importer.lastReport();
		model.addAttribute("report", report);
		model.addAttribute("finishedAt", report.finishedAt() == null ? null : FINISHED_AT.format(report.finishedAt()));
		// why search is by words alone, if it is: the editors are the ones who can fix it
		model.addAttribute("meaningProblem", meaning.problem().orElse(null));
		return "import-report";
	}

}
