package org.abetterway.meetingnotes.speaker;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Speakers", description = "The people who spoke at the meetings")
@RestController
class SpeakerApiController {

	private final SpeakerQueries speakers;

	SpeakerApiController(SpeakerQueries speakers) {
		this.speakers = speakers;
	}

	/** Everyone, by name, each with their meetings in the home page's order. */
	@GetMapping("/api/speakers")
	@Operation(operationId = "listSpeakers", summary = "Everyone who spoke, by name")
	@ApiResponse(responseCode = "200", description = "Every speaker, by name, with the meetings they spoke at")
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
