package org.abetterway.meetingnotes.meeting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A key point in a list across meetings: the fields of a {@link KeyPointJson} plus its meeting's slug and title.
 */
@Schema(name = "KeyPointWithMeeting", description = "A key point's fields, and its meeting's slug and title")
public record KeyPointWithMeetingJson(@JsonUnwrapped KeyPointJson keyPoint, String meetingSlug, String meetingTitle) {

	public static KeyPointWithMeetingJson of(KeyPoint keyPoint) {
		return new KeyPointWithMeetingJson(KeyPointJson.of(keyPoint), keyPoint.getMeeting().getSlug(),
				keyPoint.getMeeting().getTitle());
	}

}
