package org.abetterway.meetingnotes.notes;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What one import of the notes folder did, and the problems an editor has to fix.
 *
 * @param finishedAt when the import ended; null before the first one
 * @param durationMillis how long it took
 * @param defaults the settings files the folder lacks, {@code themes.yml} or {@code speakers.yml}, in whose place
 * the built-in defaults were used
 */
@Schema(description = "What the last import of the notes folder did, each file by its name in the folder")
public record ImportReport(@Schema(nullable = true, description = "When it ended; null before the first import")
		Instant finishedAt, List<String> imported, List<String> unchanged, List<String> removed,
		List<NotesProblem> problems, @Schema(description = "How long it took, in milliseconds") long durationMillis,
		@Schema(description = "The settings files the folder lacks (themes.yml, speakers.yml), for which the "
				+ "built-in defaults are used: the 13 themes, and no other spellings of speakers' names")
		List<String> defaults) {

	/** Before the notes have been imported at all. */
	public static final ImportReport NONE_YET = new ImportReport(null, List.of(), List.of(), List.of(), List.of(), 0,
			List.of());

	public boolean changedAnything() {
		return !imported.isEmpty() || !removed.isEmpty();
	}

	@Override
	public String toString() {
		return "imported " + imported.size() + ", unchanged " + unchanged.size() + ", removed " + removed.size()
				+ ", problems " + problems.size();
	}

}
