package org.abetterway.meetingnotes.meeting;

/**
 * Another meeting whose key points carry one of a meeting's themes, and how many of them do.
 */
public record SharedTheme(Long meetingId, String slug, String title, Long themeId, long keyPointCount) {
}
