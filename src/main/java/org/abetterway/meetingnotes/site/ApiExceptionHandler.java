package org.abetterway.meetingnotes.site;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns every error of the JSON API controllers (the {@code @RestController}s) into an {@link ApiError}, always
 * as JSON and never with a stack trace or an exception's own text.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/** {@code ?page=abc}: the value is not echoed, it may be anything. */
	@ExceptionHandler(TypeMismatchException.class)
	ResponseEntity<ApiError> typeMismatch(TypeMismatchException ex) {
		String name = ex.getPropertyName() != null ? ex.getPropertyName() : "a parameter";
		Class<?> type = ex.getRequiredType();
		boolean number = type != null && (type == int.class || type == long.class
				|| Number.class.isAssignableFrom(type));
		String message = name + (number ? " must be a whole number" : " has a value that is not valid");
		return json(HttpStatus.BAD_REQUEST).body(ApiError.of(HttpStatus.BAD_REQUEST, message));
	}

	/** {@code ?theme=%ff}: Tomcat cannot decode the query string. */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<ApiError> undecodableQuery(InvalidParameterException ex) {
		String message = "The query string could not be read: it must be UTF-8, each % followed by two hex digits";
		return json(HttpStatus.BAD_REQUEST).body(ApiError.of(HttpStatus.BAD_REQUEST, message));
	}

	/** Our own {@code ResponseStatusException}s and Spring MVC's (405, 406…) keep their status; the rest is a 500. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> other(Exception ex) {
		if (ex instanceof ErrorResponse response) {
			ApiError error = ApiError.of(response.getStatusCode(), response.getBody().getDetail());
			return json(response.getStatusCode()).headers(response.getHeaders()).body(error);
		}
		log.error("JSON API request failed", ex);
		String message = "Something went wrong on our side; please try again later";
		return json(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiError.of(HttpStatus.INTERNAL_SERVER_ERROR, message));
	}

	// the content type is set here so that the error is JSON whatever the request's Accept header says
	private static ResponseEntity.BodyBuilder json(HttpStatusCode status) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
	}

}
