package org.abetterway.meetingnotes.search;

/**
 * Names of the fields in the key point index.
 */
final class SearchFields {

	static final String EXACT_SUFFIX = "_exact";

	static final String ANCHOR = "anchor";

	static final String POSITION = "position";

	static final String TEXT = "text";

	static final String TITLE = "title";

	static final String SECTION = "section";

	static final String SLUG = "slug";

	static final String NAME = "name";

	static final String DESCRIPTION = "description";

	static final String MEETING_SLUG = "meeting.slug";

	static final String MEETING_TITLE = "meeting.title";

	static final String SPEAKER_SLUG = "meeting.speakers.slug";

	static final String SPEAKER_NAME = "meeting.speakers.name";

	static final String THEME_SLUG = "themes.slug";

	static final String THEME_NAME = "themes.name";

	static final String THEME_DESCRIPTION = "themes.description";

	private SearchFields() {
	}

}
