package org.abetterway.meetingnotes.theme;

import java.util.List;
import java.util.Map;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.MeetingKeyPoints;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.site.NotFoundException;
import org.abetterway.meetingnotes.site.SitePaths;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

@Controller
class ThemeController {

	private final ThemeQueries themes;

	private final KeyPointRepository keyPoints;

	ThemeController(ThemeQueries themes, KeyPointRepository keyPoints) {
		this.themes = themes;
		this.keyPoints = keyPoints;
	}

	@GetMapping("/themes")
	ModelAndView themes() {
		List<ThemeCount> counts = themes.countKeyPoints();
		ThemeMap map = ThemeMap.of(themes.findAllMeetingsNewestFirst(), counts.stream().map(ThemeCount::theme).toList(),
				themes.countKeyPointsByMeetingAndTheme());
		return new ModelAndView("themes/list", Map.of("themes", counts, "map", map));
	}

	@GetMapping("/themes/{slug}")
	ModelAndView theme(@PathVariable String slug) {
		Theme theme = themes.findBySlug(slug).orElseThrow(() -> new NotFoundException("no theme " + slug));
		List<KeyPoint> points = keyPoints.findWithThemesByTheme(slug);
		return new ModelAndView("themes/theme", Map.of("theme", theme, "keyPointCount", points.size(), "groups",
				MeetingKeyPoints.of(points), "feedUrl", SitePaths.themeFeed(slug)));
	}

}
