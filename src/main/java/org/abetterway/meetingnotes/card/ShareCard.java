package org.abetterway.meetingnotes.card;

import org.jspecify.annotations.Nullable;

/**
 * What one card shows, and so what it is cached by: drawn again only when one of these words changes.
 *
 * @param kicker what the page is ("Meeting", "Key point"), small above the title; empty on the home page's
 * @param title the page's title, or a key point's own words, as large as fits
 * @param subtitle the meeting's question, the theme's description, a point's meeting; empty for none
 */
record ShareCard(String kicker, String title, String subtitle) {

	static ShareCard of(String kicker, String title, @Nullable String subtitle) {
		return new ShareCard(kicker, title, subtitle == null ? "" : subtitle);
	}

}
