package org.abetterway.meetingnotes.meeting;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.abetterway.meetingnotes.meeting.MeetingQueries.MeetingSummary;

/**
 * A meeting in the JSON API's list: who spoke, the themes of its key points and how many there are.
 */
@Schema(name = "MeetingSummary", description = "A meeting in the list of meetings")
record MeetingSummaryJson(String slug, String title, @Schema(nullable = true) LocalDate date,
		@Schema(nullable = true) String question, @Schema(nullable = true) String series, List<SpeakerName> speakers,
		@Schema(description = "The slugs of its key points' themes, in the order of the themes file")
		List<String> themes,
		long keyPointCount, @Schema(description = "The meeting's page") String url) {

	static MeetingSummaryJson of(MeetingSummary summary) {
		Meeting meeting = summary.meeting();
		List<String> themes = summary.themesInListOrder().stream().map(Theme::getSlug).toList();
		List<SpeakerName> speakers = meeting.getSpeakers().stream()
			.map(speaker -> new SpeakerName(speaker.getSlug(), speaker.getName()))
			.toList();
		return new MeetingSummaryJson(meeting.getSlug(), meeting.getTitle(), meeting.getDate(),
				meeting.getQuestion(), meeting.getSeries(), speakers, themes, summary.keyPointCount(), meeting.getUrl());
	}

	@Schema(description = "A speaker at a meeting")
	record SpeakerName(String slug, String name) {
	}

}
