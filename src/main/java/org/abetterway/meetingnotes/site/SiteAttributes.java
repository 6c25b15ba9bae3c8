package org.abetterway.meetingnotes.site;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the site's name, its root, the page's absolute canonical address and the card
 * its link previews show.
 */
// Enabled here too so that every @WebMvcTest slice, which includes this advice, has the properties.
@ControllerAdvice
@EnableConfigurationProperties(SiteProperties.class)
@Import(SiteUrls.class)
class SiteAttributes {

	private final SiteProperties notes;

	private final SiteUrls urls;

	private final boolean searchByMeaning;

	SiteAttributes(SiteProperties notes, SiteUrls urls,
			@Value("${notes.search.semantic:true}") boolean searchByMeaning) {
		this.notes = notes;
		this.urls = urls;
		this.searchByMeaning = searchByMeaning;
	}

	/** Whether key points link to the similar points of other meetings, which search by meaning finds. */
	@ModelAttribute("similarPoints")
	boolean similarPoints() {
		return searchByMeaning;
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

	@ModelAttribute("card")
	PageCard card(HttpServletRequest request) {
		return PageCard.of(request, urls, notes.siteName());
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		return urls.canonical(request);
	}

}
