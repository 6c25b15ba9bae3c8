package org.abetterway.meetingnotes.notes;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The figures of the last import as metrics, for an operator's monitoring: {@code notes.import.files} by outcome
 * (imported, unchanged, removed), {@code notes.import.problems} and {@code notes.import.duration}.
 */
@Component
class NotesImportMetrics implements MeterBinder {

	private final NotesImporter importer;

	NotesImportMetrics(NotesImporter importer) {
		this.importer = importer;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		files(registry, "imported", ImportReport::imported);
		files(registry, "unchanged", ImportReport::unchanged);
		files(registry, "removed", ImportReport::removed);
		Gauge.builder("notes.import.problems", importer, last -> last.lastReport().problems().size())
			.description("Problems an editor has to fix, found by the last import of the notes")
			.register(registry);
		TimeGauge.builder("notes.import.duration", importer, TimeUnit.MILLISECONDS,
				last -> last.lastReport().durationMillis())
			.description("How long the last import of the notes took")
			.register(registry);
	}

	private void files(MeterRegistry registry, String outcome, Function<ImportReport, List<String>> files) {
		Gauge.builder("notes.import.files", importer, last -> files.apply(last.lastReport()).size())
			.tag("outcome", outcome)
			.description("Files of the notes folder by what the last import did with them")
			.register(registry);
	}

}
