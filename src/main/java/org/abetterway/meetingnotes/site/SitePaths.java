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

	/** The card a link to the home page unfurls with, and every page that has none of its own. */
	public static final String HOME_CARD = "/cards/home.png";

	/** The site's logo, a square PNG for search engines. */
	public static final String LOGO = "/logo.png";

	/** Pixels a side of the logo: search engines want at least 112, and scale it down sharper than up. */
	public static final int LOGO_SIZE = 512;

	/** Appended to the address of a page that has a card of its own: a meeting, key point, theme or speaker. */
	private static final String CARD = "/card.png";

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

	/** A key point's own page, to share: its link previews quote the point, which a fragment cannot do. */
	public static String sharedKeyPoint(String meetingSlug, String anchor) {
		return meeting(meetingSlug) + "/key-points/" + anchor;
	}

	public static String meetingCard(String slug) {
		return meeting(slug) + CARD;
	}

	public static String keyPointCard(String meetingSlug, String anchor) {
		return sharedKeyPoint(meetingSlug, anchor) + CARD;
	}

	public static String themeCard(String slug) {
		return theme(slug) + CARD;
	}

	public static String speakerCard(String slug) {
		return speaker(slug) + CARD;
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
