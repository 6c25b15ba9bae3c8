package org.abetterway.meetingnotes.theme;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingKeyPoints;
import org.abetterway.meetingnotes.meeting.Recurrences;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.site.NotFoundException;
import org.abetterway.meetingnotes.site.Paging;
import org.abetterway.meetingnotes.site.SitePaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

@Controller
class ThemeController {

	/**
	 * Meetings a page of the theme map shows: thousands at once made a page of megabytes that took seconds to render
	 * and was too big to cache (src/bench/glance.sh).
	 */
	static final int MAP_ROWS = 50;

	/** Key points a theme's page shows: a theme of 2,000 meetings was 4.4 MB of HTML on one page. */
	static final int THEME_POINTS = 50;

	private final ThemeQueries themes;

	private final KeyPointRepository keyPoints;

	private final ObjectProvider<Recurrences> recurrences;

	ThemeController(ThemeQueries themes, KeyPointRepository keyPoints, ObjectProvider<Recurrences> recurrences) {
		this.themes = themes;
		this.keyPoints = keyPoints;
		this.recurrences = recurrences;
	}

	@GetMapping("/themes")
	ModelAndView themes(@RequestParam(defaultValue = "0") int page) {
		List<ThemeCount> counts = themes.countKeyPoints();
		Page<Meeting> meetings = themes.findMeetingsNewestFirst(Paging.clamped(page, MAP_ROWS));
		List<Long> ids = meetings.map(Meeting::getId).getContent();
		ThemeMap map = ThemeMap.of(meetings.getContent(), counts.stream().map(ThemeCount::theme).toList(),
				ids.isEmpty() ? List.of() : themes.countKeyPointsByMeetingAndTheme(ids));
		return new ModelAndView("themes/list", Map.of("themes", counts, "map", map, "mapPage", meetings));
	}

	@GetMapping("/themes/{slug}")
	ModelAndView theme(@PathVariable String slug, @RequestParam(defaultValue = "0") int page) {
		Theme theme = themes.findBySlug(slug).orElseThrow(() -> new NotFoundException("no theme " + slug));
		Page<KeyPoint> points = keyPoints.findPageWithThemes(Set.of(slug), Paging.clamped(page, THEME_POINTS));
		return new ModelAndView("themes/theme", Map.of("theme", theme, "points", points, "groups",
				MeetingKeyPoints.of(points.getContent()), "pageUrl", SitePaths.theme(slug), "feedUrl",
				SitePaths.themeFeed(slug), "ideas", recurrences.getIfAvailable(() -> Recurrences.NONE).ofTheme(slug)));
	}

}
