package org.abetterway.meetingnotes.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.Theme;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Search results as a reader sees them: key points read from the index in the order they were ranked, their matched
 * words marked, and the themes of all the results counted.
 */
final class KeyPointHits {

	private KeyPointHits() {
	}

	/** One key point to show: its place in a ranking and whether its words were matched. */
	record Ranked(long id, float score, boolean byWords) {
	}

	/** The key points of a page of a ranking, read from the index in the ranking's order. */
	static List<SearchHit> read(SearchSession session, List<Ranked> page, @Nullable MatchHighlighter highlighter,
			Map<String, Theme> themesBySlug) {
		if (page.isEmpty()) {
			return List.of();
		}
		Map<Long, IndexedKeyPoint> byId = new HashMap<>();
		session.search(KeyPoint.class)
			.select(IndexedKeyPoint.class)
			.where(f -> f.id().matchingAny(page.stream().map(Ranked::id).toList()))
			.fetchHits(page.size())
			.forEach(point -> byId.put(point.id(), point));
		return page.stream().filter(ranked -> byId.containsKey(ranked.id()))
			.map(ranked -> hit(byId.get(ranked.id()), ranked.byWords() ? highlighter : null, ranked.score(),
					!ranked.byWords(), themesBySlug))
			.toList();
	}

	/** A key point as a search shows it; its words marked by the highlighter, if any. */
	static SearchHit hit(IndexedKeyPoint point, @Nullable MatchHighlighter highlighter, float score,
			boolean byMeaningAlone, Map<String, Theme> themesBySlug) {
		List<Theme> themes = point.themes().stream().map(themesBySlug::get).filter(Objects::nonNull).toList();
		String highlight = highlighter == null ? HtmlUtils.htmlEscape(point.text()) : highlighter.highlight(point.text());
		return new SearchHit(point.id(), point.anchor(), point.position(), point.section(), point.title(), point.text(),
				themes, point.meetingSlug(), point.meetingTitle(), highlight, score, byMeaningAlone);
	}

	/** The themes of the results, most results first; a theme the reader ticked stays even with none. */
	static List<ThemeFacet> facets(Map<String, Long> counts, List<String> selected, Map<String, Theme> themesBySlug) {
		List<ThemeFacet> facets = new ArrayList<>();
		for (Theme theme : themesBySlug.values()) {
			long count = counts.getOrDefault(theme.getSlug(), 0L);
			boolean ticked = selected.contains(theme.getSlug());
			if (count > 0 || ticked) {
				facets.add(new ThemeFacet(theme.getSlug(), theme.getName(), count, ticked));
			}
		}
		facets.sort(Comparator.comparingLong(ThemeFacet::count).reversed());
		return facets;
	}

}
