package org.abetterway.meetingnotes.site;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the notes last changed, as the latest import said: every feed's {@code updated}, as it is every answer's
 * {@code Last-Modified}. A date of the notes, never of this process, so every instance serving them says the same.
 */
@Component
public class NotesLastChanged {

	private volatile @Nullable Instant at;

	@EventListener
	void contentChanged(ContentChanged change) {
		at = change.notesChangedAt();
	}

	/** Null until the first import has ended, and while there are no notes. */
	public @Nullable Instant at() {
		return at;
	}

}
