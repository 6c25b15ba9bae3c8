package org.abetterway.meetingnotes.theme;

/**
 * A theme and how many key points carry it.
 */
public record ThemeCount(Theme theme, long keyPointCount) {
}
