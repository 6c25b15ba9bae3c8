package org.abetterway.meetingnotes.site;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for canonical links, feeds and the sitemap: {@code notes.base-url} when it is set, so that
 * links name the public site whatever proxy they came through, else the request's own scheme and host.
 */
// Not a @Component: SiteAttributes and ErrorPages import it, so that every @WebMvcTest slice has it too.
public class SiteUrls {

	private final String baseUrl;

	public SiteUrls(SiteProperties properties) {
		String configured = properties.baseUrl() == null ? "" : properties.baseUrl().strip();
		this.baseUrl = configured.replaceAll("/+$", "");
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

	/**
	 * The page's own address without its query, which only filters or pages it; on an error page, the address
	 * that was asked for.
	 */
	public String canonical(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = failed instanceof String path ? path : request.getRequestURI();
		return absolute(request, uri.substring(Math.min(request.getContextPath().length(), uri.length())));
	}

}
