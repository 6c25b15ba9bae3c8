package org.abetterway.meetingnotes.meeting;

import java.time.LocalDate;
import java.util.List;

import org.abetterway.meetingnotes.meeting.MeetingQueries.MeetingSummary;

/**
 * A meeting in the JSON API's list: who spoke, the themes of its key points and how many there are.
 */
record MeetingSummaryJson(String slug, String title, LocalDate date, String question, String series,
		List<SpeakerName> speakers, List<String> themes, long keyPointCount, String url) {

	static MeetingSummaryJson of(MeetingSummary summary) {
		Meeting meeting = summary.meeting();
		List<String> themes = summary.themesInListOrder().stream().map(Theme::getSlug).toList();
		List<SpeakerName> speakers = meeting.getSpeakers().stream()
			.map(speaker -> new SpeakerName(speaker.getSlug(), speaker.getName()))
			.toList();
		return new MeetingSummaryJson(meeting.getSlug(), meeting.getTitle(), meeting.getDate(),
				meeting.getQuestion(), meeting.getSeries(), speakers, themes, summary.keyPointCount(), meeting.getUrl());
	}

	record SpeakerName(String slug, String name) {
	}

}
