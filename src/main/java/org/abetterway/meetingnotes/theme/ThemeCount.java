package org.abetterway.meetingnotes.theme;

import org.abetterway.meetingnotes.meeting.Theme;

/**
 * A theme and how many key points carry it.
 */
public record ThemeCount(Theme theme, long keyPointCount) {
}
