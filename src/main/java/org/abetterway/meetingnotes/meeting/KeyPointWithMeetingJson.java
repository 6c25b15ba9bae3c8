package org.abetterway.meetingnotes.meeting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A key point in a list across meetings: the {@code KP} fields plus its meeting's slug and title.
 */
record KeyPointWithMeetingJson(@JsonUnwrapped KeyPointJson keyPoint, String meetingSlug, String meetingTitle) {

	static KeyPointWithMeetingJson of(KeyPoint keyPoint) {
		return new KeyPointWithMeetingJson(KeyPointJson.of(keyPoint), keyPoint.getMeeting().getSlug(),
				keyPoint.getMeeting().getTitle());
	}

}
