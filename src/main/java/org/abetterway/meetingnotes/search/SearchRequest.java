package org.abetterway.meetingnotes.search;

import java.util.List;

/**
 * A reader's search: the words typed, the filters ticked and the page wanted.
 *
 * @param query the words as typed; blank to list every key point that passes the filters
 * @param themes slugs of themes a key point must all carry
 * @param speaker slug of a speaker at the key point's meeting, or null
 * @param meeting slug of the key point's meeting, or null
 */
public record SearchRequest(String query, List<String> themes, String speaker, String meeting, int page, int size) {

	/** More themes than this are ignored: there are not that many, and each one narrows the results. */
	static final int MAX_THEMES = 20;

	public SearchRequest {
		query = query == null ? "" : query;
		themes = themes == null ? List.of()
				: themes.stream().filter(slug -> slug != null && !slug.isBlank()).map(String::strip).distinct()
					.limit(MAX_THEMES).toList();
		speaker = speaker == null || speaker.isBlank() ? null : speaker.strip();
		meeting = meeting == null || meeting.isBlank() ? null : meeting.strip();
	}

	boolean hasFilters() {
		return !themes.isEmpty() || speaker != null || meeting != null;
	}

}
