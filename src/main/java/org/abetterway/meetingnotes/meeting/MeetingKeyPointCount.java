package org.abetterway.meetingnotes.meeting;

/**
 * How many key points a meeting has.
 */
public record MeetingKeyPointCount(Long meetingId, long keyPointCount) {
}
