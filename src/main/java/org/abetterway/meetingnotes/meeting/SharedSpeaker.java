package org.abetterway.meetingnotes.meeting;

/**
 * Another meeting where one of a meeting's speakers spoke.
 */
public record SharedSpeaker(Long meetingId, String slug, String title, Long speakerId) {
}
