package org.abetterway.meetingnotes.site;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The helpful 404 page for unknown addresses and unknown slugs, and a 400 for a query string that cannot be read.
 * Other errors fall through to Spring Boot's error controller, which renders {@code templates/error.html} without
 * details.
 */
// Enabled here too so that every @WebMvcTest slice, which includes this advice, has the properties.
@ControllerAdvice
@EnableConfigurationProperties(SiteProperties.class)
@Import(SiteUrls.class)
class ErrorPages {

	private final SiteProperties notes;

	private final SiteUrls urls;

	ErrorPages(SiteProperties notes, SiteUrls urls) {
		this.notes = notes;
		this.urls = urls;
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class, NoHandlerFoundException.class })
	ModelAndView notFound(HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		// Exception handlers do not get the @ModelAttribute values of SiteAttributes.
		page.addObject("siteName", notes.siteName());
		page.addObject("canonicalUrl", urls.canonical(request));
		return page;
	}

	/**
	 * {@code ?q=%ff}: Tomcat cannot decode the query string. A 400 page like any other bad request, without the
	 * stack trace the container would log for an exception it is handed.
	 */
	@ExceptionHandler(InvalidParameterException.class)
	void undecodableQuery(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}

}
