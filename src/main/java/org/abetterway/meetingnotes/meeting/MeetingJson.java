package org.abetterway.meetingnotes.meeting;

import java.time.LocalDate;
import java.util.List;


/**
 * One meeting in the JSON API, with its speakers and key points; {@code summary} keeps its paragraphs
 * separated by blank lines.
 */
record MeetingJson(String slug, String title, LocalDate date, String question, String series, String summary,
		List<SpeakerWithRole> speakers, List<KeyPointJson> keyPoints, String url) {

	/** Needs the meeting's speakers, and the key points' meeting and themes, loaded. */
	static MeetingJson of(Meeting meeting, List<KeyPoint> keyPoints) {
		List<SpeakerWithRole> speakers = meeting.getSpeakers().stream()
			.map(speaker -> new SpeakerWithRole(speaker.getSlug(), speaker.getName(), speaker.getRole(),
					speaker.getOrganisation()))
			.toList();
		return new MeetingJson(meeting.getSlug(), meeting.getTitle(), meeting.getDate(), meeting.getQuestion(),
				meeting.getSeries(), meeting.getSummary(), speakers, keyPoints.stream().map(KeyPointJson::of).toList(),
				meeting.getUrl());
	}

	record SpeakerWithRole(String slug, String name, String role, String organisation) {
	}

}
