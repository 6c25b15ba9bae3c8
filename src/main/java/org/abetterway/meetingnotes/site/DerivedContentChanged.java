package org.abetterway.meetingnotes.site;

import java.time.Instant;

/**
 * Something the pages show that is computed from the notes after an import, and not during it (the ideas raised in
 * several meetings), has been computed again: pages made before are stale. The notes themselves are unchanged since
 * the last {@link ContentChanged}; the page cache listens.
 *
 * @param changedAt when it changed: a version of the site within this process
 */
public record DerivedContentChanged(Instant changedAt) {
}
