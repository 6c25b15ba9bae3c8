package org.abetterway.meetingnotes.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.abetterway.meetingnotes.meeting.MeetingQueries.MeetingSummary;
import org.abetterway.meetingnotes.site.ApiDocs;
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

@Tag(name = "Meetings", description = "The meetings, newest first, and each one with its key points")
@RestController
class MeetingApiController {

	private final MeetingQueries meetings;

	MeetingApiController(MeetingQueries meetings) {
		this.meetings = meetings;
	}

	@GetMapping("/api/meetings")
	@Operation(operationId = "listMeetings", summary = "The meetings, a page at a time",
			description = "Newest first, undated meetings last, then by file name: the home page's order.")
	@ApiResponse(responseCode = "200", description = "One page of meetings")
	@ApiDocs.Paged
	ApiPage<MeetingSummaryJson> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		Page<MeetingSummary> summaries = meetings.newestFirst(Paging.checked(page, size));
		return ApiPage.of(summaries, summaries.map(MeetingSummaryJson::of).getContent());
	}

	/** A meeting by its slug; a slug it used to have redirects to the current one. */
	@GetMapping("/api/meetings/{slug}")
	@Operation(operationId = "getMeeting", summary = "One meeting, with its speakers and key points")
	@ApiResponse(responseCode = "200", description = "The meeting; its key points in the order of its notes")
	@ApiResponse(responseCode = "301", description = "The slug is one the meeting used to have", content = @Content,
			headers = @Header(name = "Location", description = "The meeting's address with its current slug",
					schema = @Schema(type = "string", example = "/api/meetings/joining-forces-unequal-alliances")))
	@ApiDocs.NotFound
	ResponseEntity<MeetingJson> show(@Parameter(description = "The meeting's slug, as in its `url`",
			example = "joining-forces-unequal-alliances") @PathVariable String slug) {
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
