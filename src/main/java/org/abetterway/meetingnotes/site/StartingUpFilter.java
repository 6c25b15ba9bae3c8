package org.abetterway.meetingnotes.site;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No reader gets part of the site: until the application is ready, which is once its start-up runners (the first
 * import of the notes among them) are done, every page answers 503 with {@code Retry-After}, and so does the API, in
 * JSON. So does an instance that is shutting down, for the requests that still reach it. The actuator's probes, and
 * the static files the "being loaded" page uses, answer throughout.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class StartingUpFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "5";

	private static final String API_UNAVAILABLE = "{\"status\":503,\"error\":\"Service Unavailable\","
			+ "\"message\":\"The notes are being loaded; try again in a few seconds\"}";

	private volatile boolean ready;

	@EventListener
	void readinessChanged(AvailabilityChangeEvent<ReadinessState> change) {
		ready = change.getState() == ReadinessState.ACCEPTING_TRAFFIC;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return ready || path.startsWith("/actuator/") || path.startsWith("/assets/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (ready) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (request.getRequestURI().startsWith("/api/")) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write(API_UNAVAILABLE);
			return;
		}
		response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
	}

}
