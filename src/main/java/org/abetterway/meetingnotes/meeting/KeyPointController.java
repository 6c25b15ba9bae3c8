package org.abetterway.meetingnotes.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.abetterway.meetingnotes.site.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class KeyPointController {

	/** How many unknown theme names the notice repeats back. */
	private static final int UNKNOWN_SHOWN = 5;

	private final KeyPointRepository keyPoints;

	private final ThemeRepository themes;

	private final MeetingRepository meetings;

	KeyPointController(KeyPointRepository keyPoints, ThemeRepository themes, MeetingRepository meetings) {
		this.keyPoints = keyPoints;
		this.themes = themes;
		this.meetings = meetings;
	}

	/**
	 * Key points of any of the chosen themes, from every meeting or from one; unknown theme names and an unknown
	 * meeting are reported and left out.
	 */
	@GetMapping("/key-points")
	String keyPoints(@RequestParam(name = "theme", required = false) List<String> requested,
			@RequestParam(name = "meeting", required = false) String meetingSlug,
			@RequestParam(defaultValue = "0") int page, Model model) {
		List<Theme> all = themes.findAllByOrderByPosition();
		Set<String> chosen = new LinkedHashSet<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (String slug : requested == null ? List.<String>of() : requested) {
			if (slug.isBlank()) {
				continue;
			}
			boolean known = all.stream().anyMatch(theme -> theme.getSlug().equals(slug));
			(known ? chosen : unknown).add(slug);
		}
		boolean meetingAsked = meetingSlug != null && !meetingSlug.isBlank();
		Meeting meeting = meetingAsked ? meetings.findBySlug(meetingSlug.strip()).orElse(null) : null;
		PageRequest wanted = Paging.clamped(page, Paging.DEFAULT_SIZE);
		Page<KeyPoint> points = meeting == null ? keyPoints.findPageWithThemes(chosen, wanted)
				: keyPoints.findPageWithThemes(meeting, chosen, wanted);
		model.addAttribute("themes", all);
		model.addAttribute("chosen", chosen);
		model.addAttribute("chosenThemes", all.stream().filter(theme -> chosen.contains(theme.getSlug())).toList());
		model.addAttribute("unknown", new ArrayList<>(unknown).subList(0, Math.min(unknown.size(), UNKNOWN_SHOWN)));
		model.addAttribute("meeting", meeting);
		model.addAttribute("unknownMeeting", meetingAsked && meeting == null ? meetingSlug : null);
		model.addAttribute("points", points);
		model.addAttribute("pageUrl", url(chosen, meeting));
		model.addAttribute("everyMeetingUrl", url(chosen, null));
		return "key-points/list";
	}

	private static String url(Set<String> themes, Meeting meeting) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/key-points");
		themes.forEach(slug -> url.queryParam("theme", slug));
		if (meeting != null) {
			url.queryParam("meeting", meeting.getSlug());
		}
		return url.encode().toUriString();
	}

}
