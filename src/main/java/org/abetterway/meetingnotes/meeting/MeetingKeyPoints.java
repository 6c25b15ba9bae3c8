package org.abetterway.meetingnotes.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/**
 * Some of one meeting's key points, for pages that list key points from many meetings.
 */
public record MeetingKeyPoints(Meeting meeting, List<KeyPoint> keyPoints) {

	/** Groups key points by meeting, meetings in the order they first appear. */
	public static List<MeetingKeyPoints> of(List<KeyPoint> points) {
		Map<Meeting, List<KeyPoint>> byMeeting = new LinkedHashMap<>();
		for (KeyPoint point : points) {
			byMeeting.computeIfAbsent(point.getMeeting(), m -> new ArrayList<>()).add(point);
		}
		return byMeeting.entrySet().stream().map(e -> new MeetingKeyPoints(e.getKey(), e.getValue())).toList();
	}

}
