package org.abetterway.meetingnotes.speaker;

/**
 * A speaker and how many meetings they spoke at.
 */
public record SpeakerMeetingCount(Speaker speaker, long meetingCount) {
}
