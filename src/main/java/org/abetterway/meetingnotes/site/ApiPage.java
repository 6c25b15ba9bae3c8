package org.abetterway.meetingnotes.site;

import java.util.List;

import org.springframework.data.domain.Page;

/**
 * The envelope of every paged list of the JSON API: {@code {"total", "page", "size", "items"}}; {@link Paging} says
 * which pages may be asked for.
 */
public record ApiPage<T>(long total, int page, int size, List<T> items) {

	public static <T> ApiPage<T> of(Page<?> page, List<T> items) {
		return new ApiPage<>(page.getTotalElements(), page.getNumber(), page.getSize(), items);
	}

}
