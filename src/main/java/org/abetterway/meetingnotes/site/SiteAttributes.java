package org.abetterway.meetingnotes.site;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the site's name, its root and the page's absolute canonical address.
 */
// Enabled here too so that every @WebMvcTest slice, which includes this advice, has the properties.
@ControllerAdvice
@EnableConfigurationProperties(SiteProperties.class)
@Import(SiteUrls.class)
class SiteAttributes {

	private final SiteProperties notes;

	private final SiteUrls urls;

	SiteAttributes(SiteProperties notes, SiteUrls urls) {
		this.notes = notes;
		this.urls = urls;
	}

	@ModelAttribute("siteName")
	String siteName() {
		return notes.siteName();
	}

	/** The site's root without a trailing slash, to write out absolute addresses where relative ones will not do. */
	@ModelAttribute("siteUrl")
	String siteUrl(HttpServletRequest request) {
		return urls.base(request);
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		return urls.canonical(request);
	}

}
