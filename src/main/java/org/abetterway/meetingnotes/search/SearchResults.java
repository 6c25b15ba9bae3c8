package org.abetterway.meetingnotes.search;

import java.util.List;

/**
 * One page of a search's results.
 *
 * @param query the words searched for, as cleaned up
 * @param suggestion the query with its unknown words corrected ("Did you mean …?"), or null
 * @param ignored words left out because no key point has them, or none has them together with the others
 */
public record SearchResults(String query, long total, int page, int size, List<SearchHit> hits,
		List<ThemeFacet> facets, String suggestion, List<String> ignored) {

	/** The page number from 0, as the shared pager fragment reads it. */
	public int getNumber() {
		return page;
	}

	public long getTotalPages() {
		return (total + size - 1) / size;
	}

}
