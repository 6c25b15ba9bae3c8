package org.abetterway.meetingnotes.notes;

import java.time.Instant;
import java.util.List;

/**
 * What one import of the notes folder did, and the problems an editor has to fix.
 */
public record ImportReport(Instant finishedAt, List<String> imported, List<String> unchanged, List<String> removed,
		List<NotesProblem> problems) {

	public boolean changedAnything() {
		return !imported.isEmpty() || !removed.isEmpty();
	}

	@Override
	public String toString() {
		return "imported " + imported.size() + ", unchanged " + unchanged.size() + ", removed " + removed.size()
				+ ", problems " + problems.size();
	}

}
