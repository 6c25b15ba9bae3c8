package org.abetterway.meetingnotes.speaker;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SpeakerApiController {

	private final SpeakerQueries speakers;

	SpeakerApiController(SpeakerQueries speakers) {
		this.speakers = speakers;
	}

	/** Everyone, by name, each with their meetings in the home page's order. */
	@GetMapping("/api/speakers")
	List<SpeakerJson> list() {
		Map<Long, List<String>> meetings = speakers.findAllMeetingSlugs().stream()
			.collect(Collectors.groupingBy(SpeakerMeeting::speakerId,
					Collectors.mapping(SpeakerMeeting::meetingSlug, Collectors.toList())));
		return speakers.findAllByOrderByNameAsc().stream()
			.map(speaker -> SpeakerJson.of(speaker,
					meetings.getOrDefault(speaker.getId(), List.of()).stream().distinct().toList()))
			.toList();
	}

}
