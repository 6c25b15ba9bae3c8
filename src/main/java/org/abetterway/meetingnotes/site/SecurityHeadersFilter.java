package org.abetterway.meetingnotes.site;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public, read-only site's protective headers, and a 405 for any method a reader's browser never needs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final Set<String> ALLOWED_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	/** The API's errors are JSON, this one too. */
	private static final String API_METHOD_NOT_ALLOWED = "{\"status\":405,\"error\":\"Method Not Allowed\","
			+ "\"message\":\"The API is read-only: use GET\"}";

	/** The protective headers, for this filter and for the pages of requests Tomcat refuses before any filter. */
	static void addHeaders(HttpServletResponse response) {
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		addHeaders(response);
		if (!ALLOWED_METHODS.contains(request.getMethod())) {
			response.setHeader(HttpHeaders.ALLOW, String.join(", ", ALLOWED_METHODS.stream().sorted().toList()));
			if (request.getRequestURI().startsWith("/api/")) {
				response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.getWriter().write(API_METHOD_NOT_ALLOWED);
				return;
			}
			response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			return;
		}
		chain.doFilter(request, response);
	}

}
