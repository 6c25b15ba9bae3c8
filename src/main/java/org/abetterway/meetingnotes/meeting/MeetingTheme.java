package org.abetterway.meetingnotes.meeting;

/**
 * A theme that at least one of a meeting's key points carries.
 */
public record MeetingTheme(Long meetingId, String themeSlug) {
}
