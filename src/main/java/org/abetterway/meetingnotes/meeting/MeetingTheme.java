package org.abetterway.meetingnotes.meeting;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.abetterway.meetingnotes.site.SitePaths;

/**
 * A theme of one meeting: how many of its key points carry it, and the address of those points.
 */
public record MeetingTheme(Theme theme, long keyPointCount, String url) {

	/** The meeting's themes, most carried first, then in the order of the themes file. */
	static List<MeetingTheme> of(Meeting meeting, List<KeyPoint> points) {
		Map<Theme, Long> counts = new LinkedHashMap<>();
		points.forEach(point -> point.getThemes().forEach(theme -> counts.merge(theme, 1L, Long::sum)));
		return counts.entrySet().stream()
			.sorted(Comparator.comparing(Map.Entry<Theme, Long>::getValue).reversed()
				.thenComparing(count -> count.getKey().getPosition()))
			.map(count -> new MeetingTheme(count.getKey(), count.getValue(),
					SitePaths.keyPointsOf(count.getKey().getSlug(), meeting.getSlug())))
			.toList();
	}

}
