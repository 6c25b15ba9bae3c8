package org.abetterway.meetingnotes.meeting;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.abetterway.meetingnotes.site.ApiError;
import org.abetterway.meetingnotes.site.ApiPage;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
class MeetingApiController {

	private final MeetingRepository meetings;

	private final KeyPointRepository keyPoints;

	MeetingApiController(MeetingRepository meetings, KeyPointRepository keyPoints) {
		this.meetings = meetings;
		this.keyPoints = keyPoints;
	}

	@GetMapping("/api/meetings")
	ApiPage<MeetingSummaryJson> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + ApiPage.DEFAULT_SIZE) int size) {
		Page<Long> ids = meetings.findIdsNewestFirst(ApiPage.request(page, size));
		if (ids.isEmpty()) {
			return ApiPage.of(ids, List.of());
		}
		Map<Long, Long> counts = keyPoints.countByMeetingIdIn(ids.getContent()).stream()
			.collect(Collectors.toMap(MeetingKeyPointCount::meetingId, MeetingKeyPointCount::keyPointCount));
		Map<Long, List<String>> themes = keyPoints.findThemesByMeetingIdIn(ids.getContent()).stream()
			.collect(Collectors.groupingBy(MeetingTheme::meetingId,
					Collectors.mapping(MeetingTheme::themeSlug, Collectors.toList())));
		List<MeetingSummaryJson> items = meetings.findWithSpeakersByIdIn(ids.getContent()).stream()
			.map(meeting -> MeetingSummaryJson.of(meeting, themes.getOrDefault(meeting.getId(), List.of()),
					counts.getOrDefault(meeting.getId(), 0L)))
			.toList();
		return ApiPage.of(ids, items);
	}

	/** A meeting by its slug; a slug it used to have redirects to the current one. */
	@GetMapping("/api/meetings/{slug}")
	ResponseEntity<MeetingJson> show(@PathVariable String slug) {
		return meetings.findWithSpeakersBySlug(slug)
			.map(meeting -> ResponseEntity.ok(MeetingJson.of(meeting, keyPoints.findWithThemesByMeeting(meeting))))
			.or(() -> meetings.findByOldSlug(slug).map(MeetingApiController::movedTo))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No meeting with slug " + ApiError.quote(slug)));
	}

	private static ResponseEntity<MeetingJson> movedTo(Meeting meeting) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(UriComponentsBuilder.fromPath("/api/meetings/{slug}").build(meeting.getSlug()))
			.build();
	}

}
