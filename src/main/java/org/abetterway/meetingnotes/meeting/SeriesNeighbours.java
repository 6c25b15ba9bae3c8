package org.abetterway.meetingnotes.meeting;

import java.util.List;

/**
 * The meetings before and after one meeting in its series, either of them null at an end of the series.
 */
public record SeriesNeighbours(String series, SeriesMeeting previous, SeriesMeeting next) {

	static final SeriesNeighbours NONE = new SeriesNeighbours(null, null, null);

	/** The neighbours of the meeting with this slug in its series, listed in order. */
	static SeriesNeighbours of(String series, List<SeriesMeeting> inOrder, String slug) {
		for (int i = 0; i < inOrder.size(); i++) {
			if (inOrder.get(i).slug().equals(slug)) {
				return new SeriesNeighbours(series, i > 0 ? inOrder.get(i - 1) : null,
						i + 1 < inOrder.size() ? inOrder.get(i + 1) : null);
			}
		}
		return NONE;
	}

	public boolean isEmpty() {
		return previous == null && next == null;
	}

}
