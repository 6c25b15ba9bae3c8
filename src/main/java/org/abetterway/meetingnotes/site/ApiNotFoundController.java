package org.abetterway.meetingnotes.site;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * An address under {@code /api/} that names no resource: a 404 as JSON, like every other error of the API, rather
 * than the readers' 404 page. Any more specific mapping wins over this one. Not an operation of the API, so not in its
 * OpenAPI description, which says in general that such an address is a 404.
 */
@Hidden
@RestController
class ApiNotFoundController {

	@RequestMapping("/api/**")
	void unknown(HttpServletRequest request) {
		throw new ResponseStatusException(HttpStatus.NOT_FOUND,
				"No API resource at " + ApiError.quote(request.getRequestURI()) + "; see /api/meetings, /api/key-points, "
						+ "/api/search, /api/themes and /api/speakers, all described at /v3/api-docs");
	}

}
