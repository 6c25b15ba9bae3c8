package org.abetterway.meetingnotes.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentences of a key point that carry an idea of their own: a long point holds several ideas, and one vector for
 * all of them blurs each, so each sentence is embedded too.
 */
final class Sentences {

	/** Shorter sentences ("Resources.", "Yes.") say too little to be searched for alone. */
	static final int MINIMUM_WORDS = 3;

	/** Enough for any real key point; a pathological one is still searched by its first sentences and as a whole. */
	static final int MAXIMUM = 24;

	private Sentences() {
	}

	/**
	 * The sentences of a key point's title and text with enough words, in order; none when there is only one, as the
	 * whole point's vector already says it.
	 */
	static List<String> of(String title, String text) {
		List<String> sentences = new ArrayList<>();
		if (title != null && words(title) >= MINIMUM_WORDS) {
			sentences.add(title.strip());
		}
		if (text != null) {
			BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.UK);
			breaks.setText(text);
			for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE
					&& sentences.size() < MAXIMUM; start = end, end = breaks.next()) {
				String sentence = text.substring(start, end).strip();
				if (words(sentence) >= MINIMUM_WORDS) {
					sentences.add(sentence);
				}
			}
		}
		return sentences.size() < 2 ? List.of() : sentences;
	}

	private static int words(String text) {
		int words = 0;
		boolean inWord = false;
		for (int i = 0; i < text.length(); i++) {
			boolean letter = Character.isLetterOrDigit(text.charAt(i));
			words += letter && !inWord ? 1 : 0;
			inWord = letter;
		}
		return words;
	}

}
