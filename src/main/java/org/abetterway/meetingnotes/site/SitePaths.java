package org.abetterway.meetingnotes.site;

/**
 * The public address of everything a reader can link to, as a path; {@link SiteUrls} makes it absolute.
 */
public final class SitePaths {

	private SitePaths() {
	}

	public static String meeting(String slug) {
		return "/meetings/" + slug;
	}

	public static String keyPoint(String meetingSlug, String anchor) {
		return meeting(meetingSlug) + "#" + anchor;
	}

	public static String speaker(String slug) {
		return "/speakers/" + slug;
	}

	public static String theme(String slug) {
		return "/themes/" + slug;
	}

}
