package org.abetterway.meetingnotes.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.abetterway.meetingnotes.site.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class MeetingController {

	static final int PAGE_SIZE = 20;

	/** Far beyond any real list; keeps a hostile page number from overflowing the offset. */
	private static final int LAST_PAGE = 100_000;

	private final MeetingRepository meetings;

	private final KeyPointRepository keyPoints;

	private final ThemeRepository themes;

	private final RelatedMeetings related;

	private final MeetingJsonLd jsonLd;

	MeetingController(MeetingRepository meetings, KeyPointRepository keyPoints, ThemeRepository themes,
			RelatedMeetings related, MeetingJsonLd jsonLd) {
		this.meetings = meetings;
		this.keyPoints = keyPoints;
		this.themes = themes;
		this.related = related;
		this.jsonLd = jsonLd;
	}

	@GetMapping("/")
	ModelAndView meetings(@RequestParam(defaultValue = "0") int page) {
		Page<Long> ids = meetings.findIdsNewestFirst(PageRequest.of(Math.min(Math.max(page, 0), LAST_PAGE), PAGE_SIZE));
		List<MeetingListing> listings = List.of();
		if (!ids.isEmpty()) {
			Map<Long, List<Theme>> themesByMeeting = themes.countKeyPointsByMeetingIdIn(ids.getContent()).stream()
				.collect(Collectors.groupingBy(MeetingThemeCount::meetingId,
						Collectors.mapping(MeetingThemeCount::theme, Collectors.toList())));
			listings = meetings.findWithSpeakersByIdIn(ids.getContent()).stream()
				.map(meeting -> new MeetingListing(meeting, themesByMeeting.getOrDefault(meeting.getId(), List.of())))
				.toList();
		}
		return new ModelAndView("meetings/list", Map.of("listings", listings, "page", ids, "pageUrl", "/"));
	}

	@GetMapping("/meetings/{slug}")
	ModelAndView meeting(@PathVariable String slug, HttpServletRequest request) {
		Optional<Meeting> found = meetings.findWithSpeakersBySlug(slug);
		if (found.isEmpty()) {
			return movedTo(meetings.findByOldSlug(slug)
				.orElseThrow(() -> new NotFoundException("no meeting " + slug)));
		}
		Meeting meeting = found.get();
		List<KeyPoint> points = keyPoints.findWithThemesByMeeting(meeting);
		return new ModelAndView("meetings/meeting", Map.of("meeting", meeting, "sections", KeyPointSection.of(points),
				"related", related.of(meeting, points), "structuredData", jsonLd.of(meeting, points, request)));
	}

	/** Links to a meeting's old address keep working, and tell search engines the new one. */
	private static ModelAndView movedTo(Meeting meeting) {
		RedirectView redirect = new RedirectView(meeting.getUrl());
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		redirect.setExposeModelAttributes(false);
		return new ModelAndView(redirect);
	}

}
