package org.abetterway.meetingnotes.search;

import static org.abetterway.meetingnotes.search.SearchFields.EXACT_SUFFIX;
import static org.abetterway.meetingnotes.search.SearchFields.MEETING_TITLE;
import static org.abetterway.meetingnotes.search.SearchFields.SECTION;
import static org.abetterway.meetingnotes.search.SearchFields.SPEAKER_NAME;
import static org.abetterway.meetingnotes.search.SearchFields.TEXT;
import static org.abetterway.meetingnotes.search.SearchFields.THEME_DESCRIPTION;
import static org.abetterway.meetingnotes.search.SearchFields.THEME_NAME;
import static org.abetterway.meetingnotes.search.SearchFields.TITLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.abetterway.meetingnotes.search.SearchQuery.Clause;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * A reader's query checked against the index's words and turned into a search: known words match in any form,
 * weighted by where they appear (a key point's title, then its section, then its text, then its meeting and
 * themes); words not in the index match their near misses and get a suggested spelling.
 */
final class QueryPlan {

	private enum Kind {

		/** A word the index has, in some form. */
		WORD,
		/** A word the index does not have: a misspelling, most likely. */
		MISSPELT,
		/** Several words typed as one, like "co-production": they must stand together. */
		COMPOUND,
		/** Quoted words, matched exactly as typed. */
		PHRASE,
		/**
		 * Words each too common to search for ("from me to we"), which together are a loose quote: matched as typed,
		 * in their order, a word or two apart.
		 */
		COMMON_WORDS

	}

	/** @param edits for a misspelt word, how many typing slips away its likely target is */
	private record Part(Kind kind, String text, int edits) {

		Part(Kind kind, String text) {
			this(kind, text, 0);
		}

	}

	/**
	 * One thing the reader asked for, with its alternatives.
	 *
	 * @param words the words as typed, to tell the reader which were left out
	 * @param frequency how many key points have its commonest word; misspelt words count as the commonest
	 */
	record Group(List<Part> parts, String words, int frequency) {
	}

	private final List<Group> groups = new ArrayList<>();

	private final List<Part> excluded = new ArrayList<>();

	private final Set<String> stems = new HashSet<>();

	private final List<String> misspelt = new ArrayList<>();

	private final List<List<String>> phrases = new ArrayList<>();

	/** Words in no key point, not even misspelt. */
	private final List<String> unknown = new ArrayList<>();

	private final Analysis analysis;

	private final SearchQuery query;

	private final Predicate<String> meantAsTyped;

	private String corrected;

	private boolean correctedAny;

	private QueryPlan(SearchQuery query, Analysis analysis, Predicate<String> meantAsTyped) {
		this.query = query;
		this.analysis = analysis;
		this.meantAsTyped = meantAsTyped;
		this.corrected = query.text();
	}

	/**
	 * @param meantAsTyped whether a word no key point has is still a word the reader meant, for search by meaning to
	 * read, rather than a misspelling to correct
	 */
	static QueryPlan of(SearchQuery query, Analysis analysis, Vocabulary vocabulary, Predicate<String> meantAsTyped) {
		QueryPlan plan = new QueryPlan(query, analysis, meantAsTyped);
		for (List<Clause> clauses : query.groups()) {
			List<Part> parts = new ArrayList<>();
			int frequency = 0;
			for (Clause clause : clauses) {
				Optional<Part> part = plan.read(clause, vocabulary);
				if (part.isPresent()) {
					parts.add(part.get());
					frequency = Math.max(frequency, switch (part.get().kind()) {
						case WORD -> vocabulary.frequency(analysis.stemmedTerms(clause.text()));
						case MISSPELT -> Integer.MAX_VALUE;
						case COMPOUND, PHRASE, COMMON_WORDS -> 0;
					});
				}
			}
			if (!parts.isEmpty()) {
				String words = String.join(" OR ", clauses.stream()
					.map(clause -> clause.phrase() ? '"' + clause.text() + '"' : clause.text()).toList());
				plan.groups.add(new Group(parts, words, frequency));
			}
		}
		plan.commonWordsAsAQuote();
		for (Clause clause : query.excluded()) {
			if (!analysis.exactTerms(clause.text()).isEmpty()) {
				plan.excluded.add(new Part(clause.phrase() ? Kind.PHRASE : Kind.COMPOUND, clause.text()));
			}
		}
		return plan;
	}

	private Optional<Part> read(Clause clause, Vocabulary vocabulary) {
		List<String> words = analysis.exactTerms(clause.text());
		if (clause.phrase()) {
			if (words.isEmpty()) {
				return Optional.empty();
			}
			phrases.add(words);
			return Optional.of(new Part(Kind.PHRASE, clause.text()));
		}
		List<String> stemmed = analysis.stemmedTerms(clause.text());
		if (stemmed.isEmpty()) {
			return Optional.empty();
		}
		if (words.size() > 1) {
			stems.addAll(stemmed);
			return Optional.of(new Part(Kind.COMPOUND, clause.text()));
		}
		if (vocabulary.knows(stemmed, words)) {
			stems.addAll(stemmed);
			return Optional.of(new Part(Kind.WORD, clause.text()));
		}
		Optional<String> split = vocabulary.split(words.get(0));
		if (split.isPresent()) {
			stems.addAll(analysis.stemmedTerms(split.get()));
			return Optional.of(new Part(Kind.COMPOUND, split.get()));
		}
		Optional<Vocabulary.NearMiss> closest = meantAsTyped.test(words.get(0)) ? Optional.empty()
				: vocabulary.closest(words.get(0));
		if (closest.isEmpty()) {
			unknown.add(clause.text());
			return Optional.empty();
		}
		corrected = replaceWord(corrected, words.get(0), closest.get().word());
		correctedAny = true;
		misspelt.add(stemmed.get(0));
		return Optional.of(new Part(Kind.MISSPELT, clause.text(), closest.get().distance()));
	}

	/**
	 * A query of common words only, which would search for nothing, searches for them as a loose quote; not one with
	 * an unknown word, or with alternatives ("to OR from"), which are not a quote.
	 */
	private void commonWordsAsAQuote() {
		String words = query.meaning();
		if (!groups.isEmpty() || !unknown.isEmpty() || words == null || analysis.exactTerms(words).isEmpty()
				|| query.groups().stream().anyMatch(clauses -> clauses.size() > 1)) {
			return;
		}
		groups.add(new Group(List.of(new Part(Kind.COMMON_WORDS, words)), words, 0));
	}

	/** Whether the reader typed something, but nothing that can be searched for (only punctuation, say). */
	boolean findsNothing() {
		return groups.isEmpty() && (!query.groups().isEmpty() || !query.excluded().isEmpty() && excluded.isEmpty());
	}

	List<Group> groups() {
		return groups;
	}

	List<String> unknown() {
		return unknown;
	}

	/** The groups without the one whose words are the most common, to try when no key point has them all. */
	static List<Group> withoutCommonest(List<Group> groups) {
		Group commonest = groups.stream().max(Comparator.comparingInt(Group::frequency)).orElseThrow();
		List<Group> rest = new ArrayList<>(groups);
		rest.remove(commonest);
		return rest;
	}

	/** The query with its misspelt words corrected, or null if there were none or no correction was found. */
	String suggestion() {
		return correctedAny ? corrected : null;
	}

	MatchHighlighter highlighter() {
		return new MatchHighlighter(analysis, Set.copyOf(stems), List.copyOf(misspelt), List.copyOf(phrases));
	}

	/**
	 * Key points with all of two groups or more than half of more, ranked higher the more they have and the closer
	 * together plain words stand; none with an excluded word.
	 */
	PredicateFinalStep predicate(SearchPredicateFactory f, List<Group> active) {
		BooleanPredicateClausesStep<?, ?> root = f.bool();
		if (active.isEmpty()) {
			root.must(f.matchAll());
		}
		else {
			BooleanPredicateClausesStep<?, ?> words = f.bool();
			List<String> nearby = new ArrayList<>();
			// a theme's description is a list of topics; with several words, it would match unrelated ones
			boolean descriptions = active.size() == 1;
			for (Group group : active) {
				words.should(group(f, group, descriptions));
				if (group.parts().size() == 1 && group.parts().get(0).kind() == Kind.WORD) {
					nearby.add(group.parts().get(0).text());
				}
			}
			int count = active.size();
			words.minimumShouldMatchNumber(count <= 2 ? count : (int) Math.ceil(count * 0.6));
			root.must(words);
			if (nearby.size() > 1) {
				root.should(f.phrase().field(TEXT).field(TITLE).boost(3).field(SECTION).boost(2)
					.matching(String.join(" ", nearby)).slop(2).boost(2));
			}
		}
		excludeFrom(f, root);
		return root;
	}

	/** Key points with one thing the reader asked for, or one of its alternatives. */
	PredicateFinalStep group(SearchPredicateFactory f, Group group, boolean descriptions) {
		if (group.parts().size() == 1) {
			return part(f, group.parts().get(0), descriptions);
		}
		BooleanPredicateClausesStep<?, ?> alternatives = f.bool();
		group.parts().forEach(part -> alternatives.should(part(f, part, descriptions)));
		return alternatives;
	}

	/** Whether the reader excluded any words ("-word"). */
	boolean excludesAny() {
		return !excluded.isEmpty();
	}

	/** Key points with any excluded word, which search by meaning must not find either. */
	PredicateFinalStep excludedWords(SearchPredicateFactory f) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		excluded.forEach(part -> any.should(excludedPart(f, part)));
		return any;
	}

	private void excludeFrom(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> root) {
		excluded.forEach(part -> root.mustNot(excludedPart(f, part)));
	}

	private static PredicateFinalStep excludedPart(SearchPredicateFactory f, Part part) {
		return part.kind() == Kind.PHRASE
				? f.phrase().field(TEXT + EXACT_SUFFIX).field(TITLE + EXACT_SUFFIX).field(SECTION + EXACT_SUFFIX)
					.matching(part.text())
				: f.phrase().field(TEXT).field(TITLE).field(SECTION).matching(part.text());
	}

	private static PredicateFinalStep part(SearchPredicateFactory f, Part part, boolean descriptions) {
		return switch (part.kind()) {
			case WORD -> {
				var word = f.bool()
					.should(f.match().field(TEXT).field(TITLE).boost(3).field(SECTION).boost(2)
						.field(MEETING_TITLE).boost(0.5f).field(THEME_NAME).boost(0.3f).matching(part.text()))
					.should(f.match().field(SPEAKER_NAME).boost(0.5f).matching(part.text()));
				if (descriptions) {
					word.should(f.match().field(THEME_DESCRIPTION).boost(0.2f).matching(part.text()));
				}
				yield word;
			}
			case MISSPELT -> f.match().field(TEXT).field(TITLE).boost(3).field(SECTION).boost(2)
				.field(MEETING_TITLE).boost(0.5f)
				.matching(part.text()).fuzzy(part.edits(), 1).boost(0.8f);
			case COMPOUND -> f.bool()
				.should(f.phrase().field(TEXT).field(TITLE).boost(3).field(SECTION).boost(2)
					.field(MEETING_TITLE).boost(0.5f).matching(part.text()))
				.should(f.phrase().field(SPEAKER_NAME).boost(0.5f).matching(part.text()));
			case PHRASE -> f.phrase().field(TEXT + EXACT_SUFFIX).field(TITLE + EXACT_SUFFIX).boost(3)
				.field(SECTION + EXACT_SUFFIX).boost(2).field(MEETING_TITLE + EXACT_SUFFIX).boost(0.5f)
				.matching(part.text());
			case COMMON_WORDS -> f.phrase().field(TEXT + EXACT_SUFFIX).field(TITLE + EXACT_SUFFIX).boost(3)
				.field(SECTION + EXACT_SUFFIX).boost(2).field(MEETING_TITLE + EXACT_SUFFIX).boost(0.5f)
				.matching(part.text()).slop(2);
		};
	}

	/** The text with each whole-word occurrence of a word, in any case, replaced. */
	private static String replaceWord(String text, String word, String replacement) {
		Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
	}

}
