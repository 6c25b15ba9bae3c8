package org.abetterway.meetingnotes.notes;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * When the stored notes last changed. Pages, API answers and caches made before then are stale; kept apart from the
 * importer so that web filters can read it without waiting for the database.
 */
@Component
public class NotesVersion {

	private volatile Instant lastChange = Instant.now();

	public Instant lastChange() {
		return lastChange;
	}

	void changed(Instant when) {
		this.lastChange = when;
	}

}
