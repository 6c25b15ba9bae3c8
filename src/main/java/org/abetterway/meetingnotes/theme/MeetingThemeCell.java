package org.abetterway.meetingnotes.theme;

/**
 * How many of one meeting's key points carry one theme.
 */
public record MeetingThemeCell(Long meetingId, Long themeId, long keyPointCount) {
}
