package org.abetterway.meetingnotes.meeting;

import org.abetterway.meetingnotes.site.SitePaths;

/**
 * A meeting as the foot of another meeting of its series links to it.
 */
public record SeriesMeeting(String slug, String title) {

	public String url() {
		return SitePaths.meeting(slug);
	}

}
