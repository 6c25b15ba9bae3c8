package org.abetterway.meetingnotes.feed;

import java.util.List;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.search.SearchHit;
import org.abetterway.meetingnotes.site.SitePaths;

/**
 * A key point as a feed entry, with its meeting, whose date the entry takes.
 */
record PointEntry(Meeting meeting, String anchor, String section, String title, String text, List<Theme> themes) {

	static PointEntry of(KeyPoint point) {
		return new PointEntry(point.getMeeting(), point.getAnchor(), point.getSection(), point.getTitle(),
				point.getText(), point.getThemes());
	}

	static PointEntry of(SearchHit hit, Meeting meeting) {
		return new PointEntry(meeting, hit.anchor(), hit.section(), hit.title(), hit.text(), hit.themes());
	}

	String url() {
		return SitePaths.keyPoint(meeting.getSlug(), anchor);
	}

	/** The point's bold title, or its first words. */
	String headline() {
		return KeyPoint.headline(title, text);
	}

	/** Where the point was made: "From Joining Forces: imbalances and inequalities, Embracing conflict". */
	String place() {
		return "From " + meeting.getTitle() + (section == null || section.isBlank() ? "" : ", " + section);
	}

	/** The whole point, its title first. */
	String content() {
		return KeyPoint.words(title, text);
	}

}
