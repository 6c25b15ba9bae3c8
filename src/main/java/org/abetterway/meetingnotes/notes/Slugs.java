package org.abetterway.meetingnotes.notes;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns titles, names and sentences into URL-safe slugs and words.
 */
public final class Slugs {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{Alnum}]+");

	private static final Pattern APOSTROPHES = Pattern.compile("['’‘]");

	private Slugs() {
	}

	/** "Joining Forces: Levelling Up!" becomes "joining-forces-levelling-up". */
	public static String slugify(String text) {
		return String.join("-", words(text));
	}

	/** The lower-case ASCII words of a text, accents folded, apostrophes joined ("don't" is "dont"). */
	public static List<String> words(String text) {
		if (text == null) {
			return List.of();
		}
		String folded = APOSTROPHES.matcher(foldAccents(text)).replaceAll("").toLowerCase(Locale.ROOT);
		return Arrays.stream(NOT_WORD.matcher(folded).replaceAll(" ").trim().split(" "))
			.filter(word -> !word.isEmpty())
			.toList();
	}

	/** "Café" becomes "Cafe"; plain ASCII, most of what editors write, is returned as it is. */
	public static String foldAccents(String text) {
		if (text.chars().allMatch(c -> c < 0x80)) {
			return text;
		}
		return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
	}

}
