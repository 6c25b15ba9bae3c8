package org.abetterway.meetingnotes.meeting;

/**
 * A meeting where a speaker spoke.
 */
public record SharedSpeaker(Long meetingId, String slug, String title, Long speakerId) implements MeetingRow {
}
