package org.abetterway.meetingnotes.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public address of everything a reader can link to, as a path; {@link SiteUrls} makes it absolute.
 */
public final class SitePaths {

	private SitePaths() {
	}

	public static String meeting(String slug) {
		return "/meetings/" + slug;
	}

	/** The meeting's notes as the editors wrote them. */
	public static String meetingSource(String slug) {
		return meeting(slug) + ".md";
	}

	public static String keyPoint(String meetingSlug, String anchor) {
		return meeting(meetingSlug) + "#" + anchor;
	}

	/** The key points of one meeting that carry one theme. */
	public static String keyPointsOf(String themeSlug, String meetingSlug) {
		return UriComponentsBuilder.fromPath("/key-points").queryParam("theme", themeSlug)
			.queryParam("meeting", meetingSlug).encode().toUriString();
	}

	public static String speaker(String slug) {
		return "/speakers/" + slug;
	}

	public static String speakerFeed(String slug) {
		return speaker(slug) + "/feed.atom";
	}

	/** The feed of a search: its words, its themes, and the speaker and meeting it is narrowed to, if any. */
	public static String searchFeed(String query, List<String> themes, String speaker, String meeting) {
		StringJoiner params = new StringJoiner("&", "/search/feed.atom?", "").setEmptyValue("/search/feed.atom");
		if (query != null && !query.isBlank()) {
			params.add("q=" + encode(query.strip()));
		}
		themes.forEach(slug -> params.add("theme=" + encode(slug)));
		if (speaker != null) {
			params.add("speaker=" + encode(speaker));
		}
		if (meeting != null) {
			params.add("meeting=" + encode(meeting));
		}
		return params.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public static String theme(String slug) {
		return "/themes/" + slug;
	}

	public static String themeFeed(String slug) {
		return theme(slug) + "/feed.atom";
	}

}
