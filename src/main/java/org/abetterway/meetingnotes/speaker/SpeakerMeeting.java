package org.abetterway.meetingnotes.speaker;

/**
 * A meeting a speaker spoke at.
 */
public record SpeakerMeeting(Long speakerId, String meetingSlug) {
}
