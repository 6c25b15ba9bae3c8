package org.abetterway.meetingnotes.site;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * The parts of the JSON API's OpenAPI description (served at {@code /v3/api-docs}) that the API controllers share:
 * the paging parameters and the error answers, described once here and put on an operation as an annotation.
 */
public final class ApiDocs {

	public static final String PAGE = "The page wanted, from 0 (the first) to " + Paging.LAST_PAGE
			+ "; 0 when left out or empty. A page past the end of the list is a 200 with the `total` and no `items`; "
			+ "a page out of range, or not a whole number, is a 400.";

	public static final String SIZE = "How many items a page holds, from 1 to " + Paging.MAX_SIZE + "; "
			+ Paging.DEFAULT_SIZE + " when left out or empty. A size out of range, or not a whole number, is a 400.";

	public static final String BAD_REQUEST = "A parameter is not valid; the message says which one and why.";

	public static final String NOT_FOUND = "Nothing has this slug; the message quotes it.";

	private ApiDocs() {
	}

	/**
	 * A paged list, answered as an {@link ApiPage}: its {@code page} and {@code size} parameters (the {@link Paging}
	 * rule) and the 400 for a page or size out of range.
	 */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@Parameter(name = "page", in = ParameterIn.QUERY, description = PAGE, schema = @Schema(type = "integer",
			format = "int32", minimum = "0", maximum = "" + Paging.LAST_PAGE, defaultValue = "0"))
	@Parameter(name = "size", in = ParameterIn.QUERY, description = SIZE, schema = @Schema(type = "integer",
			format = "int32", minimum = "1", maximum = "" + Paging.MAX_SIZE, defaultValue = "" + Paging.DEFAULT_SIZE))
	@BadRequest
	public @interface Paged {

	}

	/** A 400 with an {@link ApiError}, for an operation whose parameters are checked. */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@ApiResponse(responseCode = "400", description = BAD_REQUEST,
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
	public @interface BadRequest {

	}

	/** A 404 with an {@link ApiError}, for an operation that looks something up by its slug. */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target({ ElementType.METHOD, ElementType.ANNOTATION_TYPE })
	@ApiResponse(responseCode = "404", description = NOT_FOUND,
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ApiError.class)))
	public @interface NotFound {

	}

}
