package org.abetterway.meetingnotes.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The share card a link to a page unfurls with, for the layout's {@code og:image}: a meeting's, key point's, theme's
 * or speaker's page has its own, any other page the home page's.
 *
 * @param url absolute, as link previews need it
 * @param alt what the card says, for a page whose own title it does not show; null for the page's own card
 */
public record PageCard(String url, @Nullable String alt) {

	public static final int WIDTH = 1200;

	public static final int HEIGHT = 630;

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

	/** The card of the page this request is answered by, found from the route its controller mapped. */
	static PageCard of(HttpServletRequest request, SiteUrls urls, String siteName) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		@SuppressWarnings("unchecked")
		Map<String, String> names = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String own = pattern == null || names == null ? null : switch (String.valueOf(pattern)) {
			case "/meetings/{slug}" -> SitePaths.meetingCard(names.get("slug"));
			case "/meetings/{slug}/key-points/{anchor}" -> SitePaths.keyPointCard(names.get("slug"),
					names.get("anchor"));
			case "/themes/{slug}" -> SitePaths.themeCard(names.get("slug"));
			case "/speakers/{slug}" -> SitePaths.speakerCard(names.get("slug"));
			default -> null;
		};
		return own != null ? new PageCard(urls.absolute(request, own), null)
				: new PageCard(urls.absolute(request, SitePaths.HOME_CARD), "Meetings · " + siteName);
	}

}
