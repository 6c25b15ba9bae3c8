package org.abetterway.meetingnotes.meeting;

/**
 * A theme and how many of one meeting's key points carry it.
 */
public record MeetingThemeCount(Long meetingId, Theme theme, long keyPointCount) {
}
