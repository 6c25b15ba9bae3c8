package org.abetterway.meetingnotes.meeting;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One meeting in the JSON API, with its speakers and key points; {@code summary} keeps its paragraphs
 * separated by blank lines.
 */
@Schema(name = "Meeting", description = "A meeting with its speakers and key points")
record MeetingJson(String slug, String title, @Schema(nullable = true) LocalDate date,
		@Schema(nullable = true) String question, @Schema(nullable = true) String series,
		@Schema(nullable = true, description = "Its paragraphs separated by a blank line") String summary,
		List<SpeakerWithRole> speakers,
		@Schema(description = "In the order of the meeting's notes") List<KeyPointJson> keyPoints,
		@Schema(description = "The meeting's page") String url) {

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

	@Schema(description = "A speaker at a meeting, with their role and organisation")
	record SpeakerWithRole(String slug, String name, @Schema(nullable = true) String role,
			@Schema(nullable = true) String organisation) {
	}

}
