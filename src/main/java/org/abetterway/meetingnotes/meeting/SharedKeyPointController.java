package org.abetterway.meetingnotes.meeting;

import java.util.Map;

import org.abetterway.meetingnotes.site.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * A key point's own page, the address its "Copy link" control copies. Link previews ignore the {@code #anchor} of
 * a link into a meeting and show the meeting; pasted, this address previews the point itself, with its card. A reader
 * who opens it reads the point and goes on to it in its meeting with one link.
 */
// A page, not a redirect to the meeting: link previews follow redirects, and would show the meeting again.
@Controller
class SharedKeyPointController {

	private final KeyPointRepository keyPoints;

	SharedKeyPointController(KeyPointRepository keyPoints) {
		this.keyPoints = keyPoints;
	}

	@GetMapping("/meetings/{slug}/key-points/{anchor}")
	ModelAndView shared(@PathVariable String slug, @PathVariable String anchor) {
		KeyPoint point = keyPoints.findWithMeetingAndThemes(slug, anchor)
			.orElseThrow(() -> new NotFoundException("no key point " + anchor + " in " + slug));
		return new ModelAndView("key-points/shared", Map.of("point", point, "meeting", point.getMeeting()));
	}

}
