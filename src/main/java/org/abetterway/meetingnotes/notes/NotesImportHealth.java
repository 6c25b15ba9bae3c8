package org.abetterway.meetingnotes.notes;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The notes' part of {@code /actuator/health}: out of service until the first import ends, then up, with the last
 * import's figures as details where details are shown. An editor's broken file leaves it up: the site serves the
 * other notes, and {@code /import-report} tells the editor.
 */
@Component("notesImport")
class NotesImportHealth implements HealthIndicator {

	private final NotesImporter importer;

	NotesImportHealth(NotesImporter importer) {
		this.importer = importer;
	}

	@Override
	public Health health() {
		ImportReport report = importer.lastReport();
		if (report.finishedAt() == null) {
			return Health.outOfService().withDetail("import", "the notes are being imported").build();
		}
		return Health.up()
			.withDetail("finishedAt", report.finishedAt().toString())
			.withDetail("durationMillis", report.durationMillis())
			.withDetail("imported", report.imported().size())
			.withDetail("unchanged", report.unchanged().size())
			.withDetail("removed", report.removed().size())
			.withDetail("problems", report.problems().size())
			.withDetail("defaults", report.defaults())
			.build();
	}

}
