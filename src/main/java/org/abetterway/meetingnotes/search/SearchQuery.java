package org.abetterway.meetingnotes.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed, read the way people write searches: words, {@code "exact phrases"}, {@code -excluded}
 * words and {@code OR} between alternatives. Nothing typed is ever handed to a query parser, so no input is
 * an error; characters that mean nothing here are simply words or spaces.
 *
 * @param text the input as read: cleaned up and cut to length
 * @param groups each group is one thing the reader asks for, with its alternatives (more than one after an OR)
 * @param excluded the words and phrases a key point must not contain
 * @param asked every word and phrase asked for, in order, however many: the words' search takes the first
 * {@link #MAX_GROUPS} groups, the model reads the whole question
 */
record SearchQuery(String text, List<List<Clause>> groups, List<Clause> excluded, List<Clause> asked) {

	/** Longer input is cut here: no reader types more, and the query stays cheap. */
	static final int MAX_LENGTH = 500;

	static final int MAX_GROUPS = 12;

	static final int MAX_ALTERNATIVES = 6;

	static final int MAX_EXCLUDED = 6;

	/** A word, or a quoted phrase to match exactly. */
	record Clause(String text, boolean phrase) {
	}

	static SearchQuery parse(String input) {
		String text = clean(input);
		List<List<Clause>> groups = new ArrayList<>();
		List<Clause> excluded = new ArrayList<>();
		List<Clause> asked = new ArrayList<>();
		boolean or = false;
		boolean not = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			boolean minus = (c == '-' || c == '!') && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
			if (minus) {
				i++;
				c = text.charAt(i);
			}
			Clause clause;
			int close = c == '"' ? text.indexOf('"', i + 1) : -1;
			if (close > 0) {
				clause = new Clause(text.substring(i + 1, close).strip(), true);
				i = close + 1;
			}
			else {
				int start = c == '"' ? i + 1 : i;
				int end = start;
				while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
					end++;
				}
				clause = new Clause(text.substring(start, end), false);
				i = Math.max(end, i + 1);
				String word = clause.text();
				if (word.equals("OR") || word.equals("|") || word.equals("||")) {
					or = !groups.isEmpty();
					continue;
				}
				if (word.equals("NOT")) {
					not = true;
					continue;
				}
				if (word.equals("AND") || word.equals("&&") || word.equals("+")) {
					continue;
				}
				if (word.startsWith("+")) {
					clause = new Clause(word.substring(1), false);
				}
			}
			if (clause.text().isBlank()) {
				continue;
			}
			if (minus || not) {
				if (excluded.size() < MAX_EXCLUDED) {
					excluded.add(clause);
				}
			}
			else {
				asked.add(clause);
				if (or && groups.get(groups.size() - 1).size() < MAX_ALTERNATIVES) {
					groups.get(groups.size() - 1).add(clause);
				}
				else if (!or && groups.size() < MAX_GROUPS) {
					groups.add(new ArrayList<>(List.of(clause)));
				}
			}
			or = false;
			not = false;
		}
		return new SearchQuery(text, groups, excluded, asked);
	}

	/**
	 * What the reader means, for search by meaning: every word and phrase asked for, a long question whole, without
	 * operators or excluded words; null when there is nothing to mean, or only quoted phrases, which ask for exact
	 * words.
	 */
	String meaning() {
		if (asked.stream().allMatch(Clause::phrase)) {
			return null;
		}
		return String.join(" ", asked.stream().map(Clause::text).toList());
	}

	boolean isBlank() {
		return groups.isEmpty() && excluded.isEmpty();
	}

	/**
	 * The input without control and invisible characters or broken surrogates, with typographic quotes made
	 * plain and runs of spaces made one, cut to {@link #MAX_LENGTH}.
	 */
	static String clean(String input) {
		if (input == null) {
			return "";
		}
		String text = input.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]+", " ")
			.replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
			.replaceAll("\\s+", " ")
			.strip();
		if (text.length() > MAX_LENGTH) {
			int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
			text = text.substring(0, end).strip();
		}
		return text;
	}

}
