package org.abetterway.meetingnotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;

/**
 * The words in the index: whether a word is there at all, and which indexed word a misspelling was meant to be.
 */
class Vocabulary {

	/** The stemmed fields a reader's word is looked for in. */
	static final List<String> STEMMED_FIELDS = List.of(SearchFields.TEXT, SearchFields.TITLE, SearchFields.SECTION,
			SearchFields.MEETING_TITLE, SearchFields.THEME_NAME, SearchFields.THEME_DESCRIPTION);

	/** The exact fields that spelling suggestions come from: the words of the notes themselves. */
	static final List<String> EXACT_FIELDS = List.of(SearchFields.TEXT + SearchFields.EXACT_SUFFIX,
			SearchFields.TITLE + SearchFields.EXACT_SUFFIX, SearchFields.SECTION + SearchFields.EXACT_SUFFIX,
			SearchFields.MEETING_TITLE + SearchFields.EXACT_SUFFIX);

	private final IndexReader reader;

	Vocabulary(IndexReader reader) {
		this.reader = reader;
	}

	/** Whether some key point has one of these stemmed words, or a speaker has this exact name part. */
	boolean knows(List<String> stems, List<String> exactWords) {
		try {
			for (String stem : stems) {
				for (String field : STEMMED_FIELDS) {
					if (reader.docFreq(new Term(field, stem)) > 0) {
						return true;
					}
				}
			}
			for (String word : exactWords) {
				if (reader.docFreq(new Term(SearchFields.SPEAKER_NAME, word)) > 0) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many key points have the most common of these stemmed words in their text: how little it says. */
	int frequency(List<String> stems) {
		try {
			int most = 0;
			for (String stem : stems) {
				most = Math.max(most, reader.docFreq(new Term(SearchFields.TEXT, stem)));
			}
			return most;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Two indexed words that were typed as one ("coproduction" for "co production"), if there are such. */
	Optional<String> split(String word) {
		if (word.length() > 30 || !word.chars().allMatch(Character::isLetter)) {
			return Optional.empty();
		}
		String best = null;
		int bestFrequency = 0;
		try {
			for (int i = 2; i <= word.length() - 2; i++) {
				String left = word.substring(0, i);
				String right = word.substring(i);
				int frequency = Math.min(exactFrequency(left), exactFrequency(right));
				if (frequency > bestFrequency) {
					best = left + " " + right;
					bestFrequency = frequency;
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Optional.ofNullable(best);
	}

	private int exactFrequency(String word) throws IOException {
		int frequency = 0;
		for (String field : EXACT_FIELDS) {
			frequency += reader.docFreq(new Term(field, word));
		}
		return frequency;
	}

	/** An indexed word a few typing slips away from one that is not indexed. */
	record NearMiss(String word, int distance) {
	}

	/**
	 * The indexed word closest to a word that is not in the index, starting with the same letter; among equally
	 * close ones, the most used. One slip away is tried first: it is far cheaper to look for.
	 */
	Optional<NearMiss> closest(String word) {
		if (word.length() < 4 || word.length() > 40) {
			return Optional.empty();
		}
		for (int edits = 1; edits <= maxEdits(word); edits++) {
			Optional<NearMiss> found = closest(word, edits);
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	private Optional<NearMiss> closest(String word, int edits) {
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		int bestFrequency = 0;
		// built once for all fields: building it costs more than searching with it
		CompiledAutomaton nearMisses = FuzzyQuery.getFuzzyAutomaton(word, edits, 1, true);
		try {
			for (String field : EXACT_FIELDS) {
				Terms terms = MultiTerms.getTerms(reader, field);
				if (terms == null) {
					continue;
				}
				TermsEnum candidates = terms.intersect(nearMisses, null);
				for (BytesRef bytes = candidates.next(); bytes != null; bytes = candidates.next()) {
					String candidate = bytes.utf8ToString();
					int distance = EditDistance.between(word, candidate);
					int frequency = candidates.docFreq();
					if (distance < bestDistance || distance == bestDistance && frequency > bestFrequency) {
						best = candidate;
						bestDistance = distance;
						bestFrequency = frequency;
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return best == null ? Optional.empty() : Optional.of(new NearMiss(best, bestDistance));
	}

	/** How far a misspelling may be from its word: one slip in a short word, two in a long one. */
	static int maxEdits(String word) {
		if (word.length() < 4) {
			return 0;
		}
		return word.length() < 7 ? 1 : 2;
	}

}
