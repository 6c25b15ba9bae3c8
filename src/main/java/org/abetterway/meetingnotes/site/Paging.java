package org.abetterway.meetingnotes.site;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one paging rule of every list, pages and API alike: pages from 0 to {@value #LAST_PAGE}, from 1 to
 * {@value #MAX_SIZE} items a page, {@value #DEFAULT_SIZE} unless asked. The API answers a page or size out of range
 * with a 400; a page for readers brings it into range instead, as someone who edits an address still wants a page.
 */
public final class Paging {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 500;

	/** Far beyond any real list, and low enough that no offset overflows. */
	public static final int LAST_PAGE = 10_000;

	private Paging() {
	}

	/** The page asked for, or a 400 when {@code page} or {@code size} is out of range. */
	public static PageRequest checked(int page, int size) {
		if (page < 0 || page > LAST_PAGE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be between 0 and " + LAST_PAGE);
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be between 1 and " + MAX_SIZE);
		}
		return PageRequest.of(page, size);
	}

	/** The page asked for, brought into range. */
	public static PageRequest clamped(int page, int size) {
		return PageRequest.of(Math.min(Math.max(page, 0), LAST_PAGE), Math.min(Math.max(size, 1), MAX_SIZE));
	}

}
