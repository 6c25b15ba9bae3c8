package org.abetterway.meetingnotes.meeting;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A key point as the JSON API shows it; {@code url} is its anchor on the meeting page.
 */
@Schema(name = "KeyPoint", description = "A key point of a meeting")
public record KeyPointJson(@Schema(description = "Its anchor on the meeting page") String anchor,
		@Schema(description = "Its place in the meeting's notes, from 1") int position,
		@Schema(nullable = true, description = "The heading it comes under") String section,
		@Schema(nullable = true) String title, String text,
		@Schema(description = "The slugs of its themes (one to three), in the order of the themes file")
		List<String> themes,
		@Schema(description = "The key point on the meeting page") String url) {

	/** Needs the key point's themes and meeting loaded. */
	public static KeyPointJson of(KeyPoint keyPoint) {
		return new KeyPointJson(keyPoint.getAnchor(), keyPoint.getPosition(), keyPoint.getSection(),
				keyPoint.getTitle(), keyPoint.getText(), keyPoint.getThemes().stream().map(Theme::getSlug).toList(),
				keyPoint.getUrl());
	}

}
