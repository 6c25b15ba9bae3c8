package org.abetterway.meetingnotes.meeting;

/**
 * A meeting whose key points carry a theme, and how many of them do.
 */
public record SharedTheme(Long meetingId, String slug, String title, Long themeId, long keyPointCount)
		implements MeetingRow {
}
