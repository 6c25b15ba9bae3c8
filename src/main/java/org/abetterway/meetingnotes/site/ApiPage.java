package org.abetterway.meetingnotes.site;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * The envelope of every paged list of the JSON API: {@code {"total", "page", "size", "items"}}; {@link Paging} says
 * which pages may be asked for.
 */
@Schema(description = "One page of a list.")
public record ApiPage<T>(@Schema(description = "How many items the whole list has") long total,
		@Schema(description = "The page answered, from 0") int page,
		@Schema(description = "How many items a page holds, as asked") int size,
		@Schema(description = "The page's items, in the list's order; none past the end of the list") List<T> items) {

	public static <T> ApiPage<T> of(Page<?> page, List<T> items) {
		return new ApiPage<>(page.getTotalElements(), page.getNumber(), page.getSize(), items);
	}

}
