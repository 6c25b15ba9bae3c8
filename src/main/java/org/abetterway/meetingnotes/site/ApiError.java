package org.abetterway.meetingnotes.site;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The body of every error the JSON API answers: {@code {"status": 404, "error": "Not Found", "message": "…"}}.
 */
@Schema(description = "An error: its HTTP status, the status's phrase and what went wrong.")
public record ApiError(@Schema(description = "The HTTP status code", example = "404") int status,
		@Schema(description = "The status's reason phrase", example = "Not Found") String error,
		@Schema(description = "What went wrong, in words a person can act on; values from the request are quoted "
				+ "and cut to 80 characters", example = "No meeting with slug 'no-such-meeting'") String message) {

	private static final int QUOTED_LENGTH = 80;

	/** An error whose message, when missing, is the status's own phrase. */
	public static ApiError of(HttpStatusCode status, String message) {
		HttpStatus known = HttpStatus.resolve(status.value());
		String error = known != null ? known.getReasonPhrase() : "Error";
		return new ApiError(status.value(), error, message != null ? message : error);
	}

	/** A value from the request, quoted for a message and cut short, since it may be anything. */
	public static String quote(String value) {
		return "'" + (value.length() <= QUOTED_LENGTH ? value : value.substring(0, QUOTED_LENGTH) + "…") + "'";
	}

}
