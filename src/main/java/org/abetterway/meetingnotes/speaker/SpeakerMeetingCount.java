package org.abetterway.meetingnotes.speaker;

import org.abetterway.meetingnotes.meeting.Speaker;

/**
 * A speaker and how many meetings they spoke at.
 */
public record SpeakerMeetingCount(Speaker speaker, long meetingCount) {
}
