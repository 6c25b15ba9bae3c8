package org.abetterway.meetingnotes.speaker;

import java.util.List;
import java.util.Map;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingKeyPoints;
import org.abetterway.meetingnotes.meeting.MeetingQueries;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.abetterway.meetingnotes.site.NotFoundException;
import org.abetterway.meetingnotes.site.Paging;
import org.abetterway.meetingnotes.site.SitePaths;
import org.abetterway.meetingnotes.theme.ThemeMap;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class SpeakerController {

	/** Speakers a page of the list shows. */
	static final int SPEAKERS_PER_PAGE = 50;

	/**
	 * Meetings a speaker's page shows, with their key points: a speaker at 400 of 2,000 meetings had a page of 5 MB
	 * listing 6,000 key points.
	 */
	static final int MEETINGS_PER_PAGE = 20;

	private final SpeakerQueries speakers;

	private final MeetingQueries meetings;

	private final KeyPointRepository keyPoints;

	private final ThemeRepository themes;

	SpeakerController(SpeakerQueries speakers, MeetingQueries meetings, KeyPointRepository keyPoints,
			ThemeRepository themes) {
		this.speakers = speakers;
		this.meetings = meetings;
		this.keyPoints = keyPoints;
		this.themes = themes;
	}

	@GetMapping("/speakers")
	ModelAndView speakers(@RequestParam(defaultValue = "0") int page) {
		Page<SpeakerMeetingCount> counts = speakers.countMeetings(Paging.clamped(page, SPEAKERS_PER_PAGE));
		return new ModelAndView("speakers/list", Map.of("speakers", counts, "pageUrl", "/speakers"));
	}

	@GetMapping("/speakers/{slug}")
	ModelAndView speaker(@PathVariable String slug, @RequestParam(defaultValue = "0") int page) {
		Speaker speaker = speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("no speaker " + slug));
		Page<Meeting> spokenAt = meetings.spokenAtBy(slug, Paging.clamped(page, MEETINGS_PER_PAGE));
		List<KeyPoint> points = keyPoints.findWithThemesByMeetingIn(spokenAt.getContent());
		return new ModelAndView("speakers/speaker", Map.of("speaker", speaker, "meetings", spokenAt, "groups",
				MeetingKeyPoints.of(points), "map",
				ThemeMap.ofKeyPoints(spokenAt.getContent(), themes.findAllByOrderByPosition(), points), "pageUrl",
				SitePaths.speaker(slug), "feedUrl", SitePaths.speakerFeed(slug)));
	}

}
