package org.abetterway.meetingnotes.web;

import jakarta.servlet.http.HttpServletRequest;

import org.abetterway.meetingnotes.notes.NotesProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The helpful 404 page for unknown addresses and unknown slugs. Other errors fall through to Spring Boot's error
 * controller, which renders {@code templates/error.html} without details.
 */
// Enabled here too so that every @WebMvcTest slice, which includes this advice, has the properties.
@ControllerAdvice
@EnableConfigurationProperties(NotesProperties.class)
@Import(SiteUrls.class)
class ErrorPages {

	private final NotesProperties notes;

	private final SiteUrls urls;

	ErrorPages(NotesProperties notes, SiteUrls urls) {
		this.notes = notes;
		this.urls = urls;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	ModelAndView notFound(HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		// Exception handlers do not get the @ModelAttribute values of SiteAttributes.
		page.addObject("siteName", notes.siteName());
		page.addObject("canonicalUrl", urls.canonical(request));
		return page;
	}

}
