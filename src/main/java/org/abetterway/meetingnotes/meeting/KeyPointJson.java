package org.abetterway.meetingnotes.meeting;

import java.util.List;


/**
 * A key point as the JSON API shows it (the {@code KP} of the API contract); {@code url} is its anchor on the
 * meeting page.
 */
public record KeyPointJson(String anchor, int position, String section, String title, String text,
		List<String> themes, String url) {

	/** Needs the key point's themes and meeting loaded. */
	public static KeyPointJson of(KeyPoint keyPoint) {
		return new KeyPointJson(keyPoint.getAnchor(), keyPoint.getPosition(), keyPoint.getSection(),
				keyPoint.getTitle(), keyPoint.getText(), keyPoint.getThemes().stream().map(Theme::getSlug).toList(),
				keyPoint.getUrl());
	}

}
