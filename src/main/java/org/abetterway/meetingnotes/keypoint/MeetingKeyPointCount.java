package org.abetterway.meetingnotes.keypoint;

/**
 * How many key points a meeting has.
 */
public record MeetingKeyPointCount(Long meetingId, long keyPointCount) {
}
