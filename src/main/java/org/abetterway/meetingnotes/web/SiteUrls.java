package org.abetterway.meetingnotes.web;

import jakarta.servlet.http.HttpServletRequest;

import org.abetterway.meetingnotes.notes.NotesProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for canonical links, feeds and the sitemap: {@code notes.base-url} when it is set, so that
 * links name the public site whatever proxy they came through, else the request's own scheme and host.
 */
@Component
public class SiteUrls {

	private final String baseUrl;

	public SiteUrls(NotesProperties properties) {
		String configured = properties.baseUrl() == null ? "" : properties.baseUrl().strip();
		this.baseUrl = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
	}

	/** The site's root, without a trailing slash. */
	public String base(HttpServletRequest request) {
		if (!baseUrl.isEmpty()) {
			return baseUrl;
		}
		return ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
	}

	/** An absolute URL for a path such as {@code /meetings/x}. */
	public String absolute(HttpServletRequest request, String path) {
		return base(request) + path;
	}

}
