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
import org.abetterway.meetingnotes.site.SitePaths;
import org.abetterway.meetingnotes.theme.ThemeMap;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

@Controller
class SpeakerController {

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
	ModelAndView speakers() {
		return new ModelAndView("speakers/list", Map.of("speakers", speakers.countMeetings()));
	}

	@GetMapping("/speakers/{slug}")
	ModelAndView speaker(@PathVariable String slug) {
		Speaker speaker = speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("no speaker " + slug));
		List<Meeting> spokenAt = meetings.spokenAtBy(slug);
		List<KeyPoint> points = keyPoints.findWithThemesBySpeaker(slug);
		return new ModelAndView("speakers/speaker", Map.of("speaker", speaker, "meetings", spokenAt, "groups",
				MeetingKeyPoints.of(points), "map",
				ThemeMap.ofKeyPoints(spokenAt, themes.findAllByOrderByPosition(), points), "feedUrl",
				SitePaths.speakerFeed(slug)));
	}

}
