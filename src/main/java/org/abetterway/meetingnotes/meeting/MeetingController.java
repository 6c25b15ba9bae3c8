package org.abetterway.meetingnotes.meeting;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.abetterway.meetingnotes.meeting.MeetingQueries.MeetingDetail;
import org.abetterway.meetingnotes.meeting.MeetingQueries.MeetingSummary;
import org.abetterway.meetingnotes.site.NotFoundException;
import org.abetterway.meetingnotes.site.Paging;
import org.abetterway.meetingnotes.site.SitePaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class MeetingController {

	private final MeetingQueries meetings;

	private final RelatedMeetings related;

	private final MeetingJsonLd jsonLd;

	private final ObjectProvider<Recurrences> recurrences;

	MeetingController(MeetingQueries meetings, RelatedMeetings related, MeetingJsonLd jsonLd,
			ObjectProvider<Recurrences> recurrences) {
		this.meetings = meetings;
		this.related = related;
		this.jsonLd = jsonLd;
		this.recurrences = recurrences;
	}

	@GetMapping("/")
	ModelAndView meetings(@RequestParam(defaultValue = "0") int page) {
		Page<MeetingSummary> listings = meetings.newestFirst(Paging.clamped(page, Paging.DEFAULT_SIZE));
		return new ModelAndView("meetings/list",
				Map.of("listings", listings.getContent(), "page", listings, "pageUrl", "/", "feedUrl", "/feed.atom"));
	}

	@GetMapping("/meetings/{slug}")
	ModelAndView meeting(@PathVariable String slug, HttpServletRequest request) {
		Optional<MeetingDetail> found = meetings.bySlug(slug);
		if (found.isEmpty()) {
			return movedTo(meetings.movedFrom(slug).orElseThrow(() -> new NotFoundException("no meeting " + slug)));
		}
		Meeting meeting = found.get().meeting();
		List<KeyPoint> points = found.get().keyPoints();
		List<KeyPointSection> sections = KeyPointSection.of(points);
		Map<Long, Recurrences.Recurrence> recurring = recurrences.getIfAvailable(() -> Recurrences.NONE)
			.ofKeyPoints(points.stream().map(KeyPoint::getId).toList());
		return new ModelAndView("meetings/meeting", Map.of("recurrences", recurring, "meeting", meeting, "sections", sections, "contents",
				KeyPointSection.worthListing(sections), "themes", MeetingTheme.of(meeting, points), "series",
				meetings.neighboursInSeries(meeting), "sourceUrl", SitePaths.meetingSource(meeting.getSlug()),
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
