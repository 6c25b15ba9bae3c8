package org.abetterway.meetingnotes.site;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.server.ResponseStatusException;

/**
 * The helpful 404 page for unknown addresses and unknown slugs, the error page for values a page cannot take, and a
 * 400 for a query string that cannot be read. Other errors fall through to Spring Boot's error controller, which renders {@code templates/error.html} without
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
		return page("error/404", HttpStatus.NOT_FOUND, request);
	}

	/**
	 * A value a page cannot take ({@code ?page=abc}, or a page number past any whole number) or a request a page or a
	 * feed refuses: the site's error page with its status, whatever the request accepts. Left to Spring Boot, a
	 * client that does not ask for HTML first (curl, a feed reader) got JSON.
	 */
	@ExceptionHandler({ TypeMismatchException.class, ResponseStatusException.class })
	ModelAndView refused(Exception ex, HttpServletRequest request) {
		HttpStatusCode status = ex instanceof ResponseStatusException refusal ? refusal.getStatusCode()
				: HttpStatus.BAD_REQUEST;
		if (status.value() == HttpStatus.NOT_FOUND.value()) {
			return notFound(request);
		}
		ModelAndView page = page("error", status, request);
		page.addObject("status", status.value());
		return page;
	}

	private ModelAndView page(String view, HttpStatusCode status, HttpServletRequest request) {
		// Thymeleaf would otherwise label the page by the address's extension: HTML sent as Atom for a feed's error
		request.setAttribute(View.SELECTED_CONTENT_TYPE, MediaType.TEXT_HTML);
		ModelAndView page = new ModelAndView(view, status);
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
