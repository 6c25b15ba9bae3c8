package org.abetterway.meetingnotes.search;

import static org.abetterway.meetingnotes.search.SearchFields.EXACT_SUFFIX;

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

	/**
	 * Whether what the query searches for is one quotation: a quoted phrase, or words each too common to search for,
	 * searched for together as a loose quote.
	 */
	boolean quotation() {
		return groups.size() == 1 && groups.get(0).parts().stream()
			.allMatch(part -> part.kind() == Kind.PHRASE || part.kind() == Kind.COMMON_WORDS);
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
				// the words standing together count twice
				String together = String.join(" ", nearby);
				root.should(FieldWeight.anyOf(f, FieldWeight.POINT, "",
						(field, weight) -> f.phrase().field(field).matching(together).slop(2).boost(2 * weight)));
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
		return FieldWeight.anyOf(f, FieldWeight.POINT, part.kind() == Kind.PHRASE ? EXACT_SUFFIX : "",
				(field, weight) -> f.phrase().field(field).matching(part.text()));
	}

	private static PredicateFinalStep part(SearchPredicateFactory f, Part part, boolean descriptions) {
		String text = part.text();
		return switch (part.kind()) {
			case WORD -> FieldWeight.anyOf(f, descriptions ? WORD_FIELDS_AND_DESCRIPTIONS : WORD_FIELDS, "",
					(field, weight) -> f.match().field(field).matching(text).boost(weight));
			case MISSPELT -> FieldWeight.anyOf(f, FieldWeight.POINT_AND_MEETING, "",
					(field, weight) -> f.match().field(field).matching(text).fuzzy(part.edits(), 1)
						.boost(MISSPELT_WEIGHT * weight));
			case COMPOUND -> FieldWeight.anyOf(f, COMPOUND_FIELDS, "",
					(field, weight) -> f.phrase().field(field).matching(text).boost(weight));
			case PHRASE -> FieldWeight.anyOf(f, FieldWeight.POINT_AND_MEETING, EXACT_SUFFIX,
					(field, weight) -> f.phrase().field(field).matching(text).boost(weight));
			case COMMON_WORDS -> FieldWeight.anyOf(f, FieldWeight.POINT_AND_MEETING, EXACT_SUFFIX,
					(field, weight) -> f.phrase().field(field).matching(text).slop(2).boost(weight));
		};
	}

	/** A word is looked for in the key point, its meeting's title, its speakers' names and its themes' names. */
	private static final List<FieldWeight> WORD_FIELDS = List.of(FieldWeight.TEXT, FieldWeight.TITLE,
			FieldWeight.SECTION, FieldWeight.MEETING_TITLE, FieldWeight.THEME_NAME, FieldWeight.SPEAKER_NAME);

	/** A theme's description is a list of topics: searched for a single word only, which it would not mislead. */
	private static final List<FieldWeight> WORD_FIELDS_AND_DESCRIPTIONS = List.of(FieldWeight.TEXT, FieldWeight.TITLE,
			FieldWeight.SECTION, FieldWeight.MEETING_TITLE, FieldWeight.THEME_NAME, FieldWeight.SPEAKER_NAME,
			FieldWeight.THEME_DESCRIPTION);

	/** Words typed as one ("co-production", a person's name) stand together in the key point or a speaker's name. */
	private static final List<FieldWeight> COMPOUND_FIELDS = List.of(FieldWeight.TEXT, FieldWeight.TITLE,
			FieldWeight.SECTION, FieldWeight.MEETING_TITLE, FieldWeight.SPEAKER_NAME);

	/** A near miss of a misspelt word counts a little less than the word itself. */
	private static final float MISSPELT_WEIGHT = 0.8f;

	/** The text with each whole-word occurrence of a word, in any case, replaced. */
	private static String replaceWord(String text, String word, String replacement) {
		Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		return pattern.matcher(text).replaceAll(Matcher.quoteReplacement(replacement));
	}

}
