package org.abetterway.meetingnotes.site;

import java.time.Instant;

/**
 * The notes the site shows have changed. Published after the change is committed, so that a listener reading the
 * database sees the new notes; caches of anything made from the notes listen to it.
 *
 * @param changedAt when the change was made
 */
public record ContentChanged(Instant changedAt) {
}
