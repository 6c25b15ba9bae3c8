package org.abetterway.meetingnotes.theme;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Chooses a key point's themes from the words that suggest each theme, as written in {@code themes.yml}.
 * A key point gets the themes whose words it uses, most used first, at most three; the fallback theme if none.
 */
public final class ThemeTagger {

	public static final int MAX_THEMES = 3;

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{Alnum}]+");

	private final Map<String, ThemeDefinition> themes;

	private final String fallback;

	public ThemeTagger(List<ThemeDefinition> themes, String fallback) {
		this.themes = new LinkedHashMap<>();
		themes.forEach(theme -> this.themes.put(theme.slug(), theme));
		if (!this.themes.containsKey(fallback)) {
			throw new IllegalArgumentException("the fallback theme '" + fallback + "' is not in the list");
		}
		this.fallback = fallback;
	}

	public List<ThemeDefinition> themes() {
		return List.copyOf(themes.values());
	}

	public Optional<ThemeDefinition> find(String slug) {
		return Optional.ofNullable(themes.get(slug));
	}

	/** The slugs of the themes the words of a key point suggest, best first. */
	public List<String> tag(String... texts) {
		List<String> words = new ArrayList<>();
		for (String text : texts) {
			words.addAll(words(text));
		}
		List<ThemeDefinition> ordered = new ArrayList<>(themes.values());
		int[] scores = ordered.stream().mapToInt(theme -> score(theme, words)).toArray();
		List<String> chosen = IntStream.range(0, ordered.size())
			.filter(i -> scores[i] > 0)
			.boxed()
			.sorted(Comparator.comparingInt((Integer i) -> -scores[i]).thenComparingInt(i -> i))
			.limit(MAX_THEMES)
			.map(i -> ordered.get(i).slug())
			.toList();
		return chosen.isEmpty() ? List.of(fallback) : chosen;
	}

	private static int score(ThemeDefinition theme, List<String> words) {
		int score = 0;
		for (int start = 0; start < words.size(); start++) {
			for (List<String> phrase : theme.phrases()) {
				if (matchesAt(phrase, words, start)) {
					score++;
					break;
				}
			}
		}
		return score;
	}

	private static boolean matchesAt(List<String> phrase, List<String> words, int start) {
		if (start + phrase.size() > words.size()) {
			return false;
		}
		for (int i = 0; i < phrase.size(); i++) {
			String pattern = phrase.get(i);
			String word = words.get(start + i);
			boolean matches = pattern.endsWith("*") ? word.startsWith(pattern.substring(0, pattern.length() - 1))
					: word.equals(pattern);
			if (!matches) {
				return false;
			}
		}
		return true;
	}

	/** Lower-case words, accents and quotes folded, split at every character that is not a letter or digit. */
	static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
			.toLowerCase(Locale.ROOT);
		return Arrays.stream(NOT_WORD.split(folded)).filter(word -> !word.isEmpty()).toList();
	}

	/**
	 * One theme as the editors describe it.
	 *
	 * @param phrases the words that suggest the theme, each a list of one or more words; a trailing {@code *}
	 * matches any ending
	 */
	public record ThemeDefinition(String slug, String name, String description, List<List<String>> phrases) {

		public static List<String> phrase(String entry) {
			return Arrays.stream(entry.toLowerCase(Locale.ROOT).trim().split("[^\\p{Alnum}*]+"))
				.filter(word -> !word.isEmpty())
				.toList();
		}

	}

}
