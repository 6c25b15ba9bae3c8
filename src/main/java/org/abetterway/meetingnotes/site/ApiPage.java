package org.abetterway.meetingnotes.site;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The envelope of every paged list of the JSON API: {@code {"total", "page", "size", "items"}}.
 */
public record ApiPage<T>(long total, int page, int size, List<T> items) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 500;

	/** The page asked for, or a 400 when {@code page} or {@code size} is out of range. */
	public static Pageable request(int page, int size) {
		if (page < 0) {
			throw badPaging("page must be 0 or more");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw badPaging("size must be between 1 and " + MAX_SIZE);
		}
		// JPA takes the first row as an int
		if ((long) page * size > Integer.MAX_VALUE) {
			throw badPaging("page is too far: page × size must stay below " + Integer.MAX_VALUE);
		}
		return PageRequest.of(page, size);
	}

	public static <T> ApiPage<T> of(Page<?> page, List<T> items) {
		return new ApiPage<>(page.getTotalElements(), page.getNumber(), page.getSize(), items);
	}

	private static ResponseStatusException badPaging(String message) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST, message);
	}

}
