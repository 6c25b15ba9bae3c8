package org.abetterway.meetingnotes.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.site.SitePaths;

/**
 * Meetings against themes at a glance: for each meeting and theme, how many of the meeting's key points carry the
 * theme, with a shade from 0 (none) to {@value #SHADES} (the most in the map).
 */
public record ThemeMap(List<Theme> themes, List<Row> rows) {

	/** How many shades a non-empty cell can take. */
	public static final int SHADES = 4;

	/** The map of these meetings, in this order, from counts of key points by meeting id and theme id. */
	public static ThemeMap of(List<Meeting> meetings, List<Theme> themes, List<MeetingThemeCell> counts) {
		Map<Long, Map<Long, Long>> byMeeting = new HashMap<>();
		for (MeetingThemeCell count : counts) {
			byMeeting.computeIfAbsent(count.meetingId(), id -> new HashMap<>()).put(count.themeId(),
					count.keyPointCount());
		}
		long most = counts.stream().mapToLong(MeetingThemeCell::keyPointCount).max().orElse(0);
		List<Row> rows = new ArrayList<>();
		for (Meeting meeting : meetings) {
			Map<Long, Long> row = byMeeting.getOrDefault(meeting.getId(), Map.of());
			rows.add(new Row(meeting, themes.stream()
				.map(theme -> Cell.of(meeting, theme, row.getOrDefault(theme.getId(), 0L), most))
				.toList()));
		}
		return new ThemeMap(themes, rows);
	}

	/** The map of these meetings from their key points, loaded with their themes. */
	public static ThemeMap ofKeyPoints(List<Meeting> meetings, List<Theme> themes, List<KeyPoint> points) {
		Map<List<Long>, Long> counts = new HashMap<>();
		for (KeyPoint point : points) {
			for (Theme theme : point.getThemes()) {
				counts.merge(List.of(point.getMeeting().getId(), theme.getId()), 1L, Long::sum);
			}
		}
		return of(meetings, themes, counts.entrySet().stream()
			.map(count -> new MeetingThemeCell(count.getKey().get(0), count.getKey().get(1), count.getValue()))
			.toList());
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

	/** One meeting's row: a cell for each theme, in the order of the columns. */
	public record Row(Meeting meeting, List<Cell> cells) {
	}

	/**
	 * How many of a meeting's key points carry a theme, and where to read them.
	 *
	 * @param url the key points counted, or null when there are none
	 */
	public record Cell(Theme theme, long count, int shade, String url) {

		static Cell of(Meeting meeting, Theme theme, long count, long most) {
			if (count == 0) {
				return new Cell(theme, 0, 0, null);
			}
			int shade = (int) Math.max(1, Math.ceil((double) SHADES * count / most));
			return new Cell(theme, count, shade, SitePaths.keyPointsOf(theme.getSlug(), meeting.getSlug()));
		}

	}

}
