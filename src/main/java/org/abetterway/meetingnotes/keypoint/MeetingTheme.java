package org.abetterway.meetingnotes.keypoint;

/**
 * A theme that at least one of a meeting's key points carries.
 */
public record MeetingTheme(Long meetingId, String themeSlug) {
}
