package org.abetterway.meetingnotes.notes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
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

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{Alnum}]+");

	private final Map<String, ThemeDefinition> themes;

	private final String fallback;

	private final List<ThemeDefinition> ordered;

	/** The phrases by their first word, so that each word of a text is looked up rather than compared with all. */
	private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();

	private final Map<String, List<Candidate>> byFirstPrefix = new HashMap<>();

	/** The lengths of those first-word prefixes, so that a word is cut only where a prefix might match. */
	private final int[] prefixLengths;

	public ThemeTagger(List<ThemeDefinition> themes, String fallback) {
		this.themes = new LinkedHashMap<>();
		themes.forEach(theme -> this.themes.put(theme.slug(), theme));
		this.ordered = List.copyOf(this.themes.values());
		for (int i = 0; i < ordered.size(); i++) {
			for (List<String> phrase : ordered.get(i).phrases()) {
				String first = phrase.get(0);
				boolean prefix = first.endsWith("*");
				(prefix ? byFirstPrefix : byFirstWord)
					.computeIfAbsent(prefix ? first.substring(0, first.length() - 1) : first, key -> new ArrayList<>())
					.add(new Candidate(i, phrase));
			}
		}
		// a bare "*" has no first letters to look for, and has never matched anything
		this.prefixLengths = byFirstPrefix.keySet().stream().mapToInt(String::length).filter(length -> length > 0)
			.distinct().sorted().toArray();
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
		int[] scores = scores(words);
		List<String> chosen = IntStream.range(0, ordered.size())
			.filter(i -> scores[i] > 0)
			.boxed()
			.sorted(Comparator.comparingInt((Integer i) -> -scores[i]).thenComparingInt(i -> i))
			.limit(MAX_THEMES)
			.map(i -> ordered.get(i).slug())
			.toList();
		return chosen.isEmpty() ? List.of(fallback) : chosen;
	}

	/** For each theme, the number of word positions where one of its phrases starts. */
	private int[] scores(List<String> words) {
		int[] scores = new int[ordered.size()];
		boolean[] counted = new boolean[ordered.size()];
		List<Candidate> candidates = new ArrayList<>();
		for (int start = 0; start < words.size(); start++) {
			String word = words.get(start);
			candidates.clear();
			candidates.addAll(byFirstWord.getOrDefault(word, List.of()));
			for (int length : prefixLengths) {
				if (length > word.length()) {
					break;
				}
				candidates.addAll(byFirstPrefix.getOrDefault(word.substring(0, length), List.of()));
			}
			Arrays.fill(counted, false);
			for (Candidate candidate : candidates) {
				if (!counted[candidate.theme()] && matchesAt(candidate.phrase(), words, start)) {
					counted[candidate.theme()] = true;
					scores[candidate.theme()]++;
				}
			}
		}
		return scores;
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

	private record Candidate(int theme, List<String> phrase) {
	}

	/** Lower-case words, accents and quotes folded, split at every character that is not a letter or digit. */
	static List<String> words(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String folded = Slugs.foldAccents(text).toLowerCase(Locale.ROOT);
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
