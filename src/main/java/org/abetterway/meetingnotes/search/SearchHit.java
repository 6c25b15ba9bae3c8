package org.abetterway.meetingnotes.search;

import java.util.List;

import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.site.SitePaths;

/**
 * One key point found, read from the index, with its matched words marked.
 *
 * @param id the key point's id in the index
 *
 * @param highlight the key point's text, HTML-escaped, with the matched words in {@code <mark>}
 * @param byMeaningAlone found by its meaning, none of the words asked for: nothing is marked
 */
public record SearchHit(long id, String anchor, int position, String section, String title, String text, List<Theme> themes,
		String meetingSlug, String meetingTitle, String highlight, float score, boolean byMeaningAlone) {

	public String getUrl() {
		return SitePaths.keyPoint(meetingSlug, anchor);
	}

}
