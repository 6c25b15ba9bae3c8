package org.abetterway.meetingnotes.site;

import java.time.Instant;

/**
 * The notes the site shows have changed. Published after the change is committed, so that a listener reading the
 * database sees the new notes; caches of anything made from the notes listen to it. The first import publishes it
 * too, changed or not, so that listeners learn when the notes they start with last changed.
 * <p>
 * Heard in this order, where it matters: the search index commits the import's documents ({@code SearchIndexing},
 * first), the meaning index reads the stored vectors ({@code MeaningIndex}, second), then in any order related meetings,
 * the notes' date, the vectors file and the recurring ideas (which gather on a thread of their own and announce
 * {@code DerivedContentChanged} when done), and last the page cache forgets its pages ({@code PageCacheFilter}), so
 * that no page is cached again from what the earlier listeners had not yet refreshed.
 *
 * @param changedAt when the change was made: a version of the site within this process
 * @param notesChangedAt when the notes themselves last changed (the newest meeting, {@code themes.yml},
 * {@code speakers.yml} or the folder's list of files), the same on every instance and after every restart; null while
 * there are none
 */
public record ContentChanged(Instant changedAt, Instant notesChangedAt) {
}
