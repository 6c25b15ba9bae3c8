package org.abetterway.meetingnotes.speaker;

import java.util.Map;

import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.MeetingKeyPoints;
import org.abetterway.meetingnotes.meeting.MeetingQueries;
import org.abetterway.meetingnotes.site.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.abetterway.meetingnotes.meeting.Speaker;

@Controller
class SpeakerController {

	private final SpeakerQueries speakers;

	private final MeetingQueries meetings;

	private final KeyPointRepository keyPoints;

	SpeakerController(SpeakerQueries speakers, MeetingQueries meetings, KeyPointRepository keyPoints) {
		this.speakers = speakers;
		this.meetings = meetings;
		this.keyPoints = keyPoints;
	}

	@GetMapping("/speakers")
	ModelAndView speakers() {
		return new ModelAndView("speakers/list", Map.of("speakers", speakers.countMeetings()));
	}

	@GetMapping("/speakers/{slug}")
	ModelAndView speaker(@PathVariable String slug) {
		Speaker speaker = speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("no speaker " + slug));
		return new ModelAndView("speakers/speaker", Map.of("speaker", speaker, "meetings",
				meetings.spokenAtBy(slug), "groups",
				MeetingKeyPoints.of(keyPoints.findWithThemesBySpeaker(slug))));
	}

}
