package org.abetterway.meetingnotes.theme;

import io.swagger.v3.oas.annotations.media.Schema;

import org.abetterway.meetingnotes.meeting.Theme;

/**
 * A theme in the JSON API, with how many key points carry it.
 */
@Schema(name = "Theme", description = "A theme, with how many key points carry it")
record ThemeJson(String slug, String name, @Schema(nullable = true) String description, long keyPointCount) {

	static ThemeJson of(ThemeCount count) {
		Theme theme = count.theme();
		return new ThemeJson(theme.getSlug(), theme.getName(), theme.getDescription(), count.keyPointCount());
	}

}
