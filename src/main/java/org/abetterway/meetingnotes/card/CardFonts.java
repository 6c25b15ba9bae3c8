package org.abetterway.meetingnotes.card;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Liberation Sans, read from its jar rather than asked of the system: a fresh server may have no fonts at all, and
 * the same font everywhere draws the same card, byte for byte, on every instance.
 */
final class CardFonts {

	static final Font REGULAR = load("liberation/LiberationSans-Regular.ttf");

	static final Font BOLD = load("liberation/LiberationSans-Bold.ttf");

	private CardFonts() {
	}

	private static Font load(String path) {
		try (InputStream in = CardFonts.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("No font " + path + " on the classpath (from openpdf-fonts-extra)");
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("The font " + path + " could not be read", ex);
		}
	}

}
