package org.abetterway.meetingnotes.meeting;

import org.abetterway.meetingnotes.meeting.MeetingQueries.MeetingSummary;
import org.abetterway.meetingnotes.site.ApiError;
import org.abetterway.meetingnotes.site.ApiPage;
import org.abetterway.meetingnotes.site.Paging;
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

	private final MeetingQueries meetings;

	MeetingApiController(MeetingQueries meetings) {
		this.meetings = meetings;
	}

	@GetMapping("/api/meetings")
	ApiPage<MeetingSummaryJson> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		Page<MeetingSummary> summaries = meetings.newestFirst(Paging.checked(page, size));
		return ApiPage.of(summaries, summaries.map(MeetingSummaryJson::of).getContent());
	}

	/** A meeting by its slug; a slug it used to have redirects to the current one. */
	@GetMapping("/api/meetings/{slug}")
	ResponseEntity<MeetingJson> show(@PathVariable String slug) {
		return meetings.bySlug(slug)
			.map(detail -> ResponseEntity.ok(MeetingJson.of(detail.meeting(), detail.keyPoints())))
			.or(() -> meetings.movedFrom(slug).map(MeetingApiController::movedTo))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No meeting with slug " + ApiError.quote(slug)));
	}

	private static ResponseEntity<MeetingJson> movedTo(Meeting meeting) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
			.location(UriComponentsBuilder.fromPath("/api/meetings/{slug}").build(meeting.getSlug()))
			.build();
	}

}
