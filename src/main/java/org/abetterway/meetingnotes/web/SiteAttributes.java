package org.abetterway.meetingnotes.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.abetterway.meetingnotes.notes.NotesProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the layout needs on every page: the site's name and the page's absolute canonical address.
 */
// Enabled here too so that every @WebMvcTest slice, which includes this advice, has the properties.
@ControllerAdvice
@EnableConfigurationProperties(NotesProperties.class)
class SiteAttributes {

	private final NotesProperties notes;

	SiteAttributes(NotesProperties notes) {
		this.notes = notes;
	}

	@ModelAttribute("siteName")
	String siteName() {
		return notes.siteName();
	}

	/** The configured base address and the path, without the query; none for error pages. */
	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
			return null;
		}
		String baseUrl = notes.baseUrl();
		if (baseUrl == null || baseUrl.isBlank()) {
			return ServletUriComponentsBuilder.fromRequestUri(request).replaceQuery(null).toUriString();
		}
		return baseUrl.strip().replaceAll("/+$", "") + request.getRequestURI();
	}

}
