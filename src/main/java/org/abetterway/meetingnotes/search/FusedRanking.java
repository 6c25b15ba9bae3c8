package org.abetterway.meetingnotes.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.springframework.stereotype.Component;

/**
 * One ranking of the key points found by the reader's words and those close to the query in meaning. Every point is
 * ranked by its closeness in meaning, and a point that has the reader's words gets a lift for them, the more so the
 * better they match and the fewer of the query's words were left out: two words shared by chance do not outrank the
 * point that answers the question. Points found by meaning alone are shown when the query is about something the
 * notes discuss and they are close to it as the query's own closest points go, a page of them at most. A query about
 * nothing the notes discuss finds nothing, not even the points that share one of its words by chance.
 */
@Component
class FusedRanking {

	/** How many key points found by meaning alone are shown at most: a page of results. */
	static final int MEANING_RESULTS = 20;

	private final SearchSettings settings;

	FusedRanking(SearchSettings settings) {
		this.settings = settings;
	}

	/**
	 * A key point found by its words, and how well.
	 *
	 * @param score the words' score, which compares with the other results of the same query only
	 * @param coverage the share of the reader's words it has, from 0 to 1
	 */
	record WordHit(long id, float score, double coverage) {

		WordHit(Long id, Float score) {
			this(id, score, 1);
		}

		WordHit covering(double share) {
			return new WordHit(id, score, share);
		}

	}

	/**
	 * @param byWords the words' best results, best first
	 * @param nearest the key points closest in meaning to the query
	 * @param elsewhere how close the query is to the nearest subject the notes never discuss
	 * @param meaningOf how close in meaning a point found by its words is to the query
	 */
	Fused rank(List<WordHit> byWords, MeaningIndex.Nearest nearest, float elsewhere, ToDoubleFunction<Long> meaningOf) {
		List<MeaningIndex.Scored> close = onTopic(nearest, elsewhere);
		if (close.isEmpty() && byWords.stream().noneMatch(hit -> hit.coverage() >= 1)) {
			// a query about nothing the notes discuss, and no point has all its words: those with some have them by chance
			return new Fused(List.of(), false);
		}
		List<KeyPointHits.Ranked> ranked = new ArrayList<>();
		Set<Long> words = new HashSet<>();
		float best = byWords.isEmpty() ? 1 : Math.max(byWords.get(0).score(), Float.MIN_NORMAL);
		for (WordHit hit : byWords) {
			words.add(hit.id());
			double meaning = meaningOf.applyAsDouble(hit.id());
			double lift = settings.wordsWeight() * hit.coverage() * hit.score() / best;
			ranked.add(new KeyPointHits.Ranked(hit.id(), (float) ((Double.isNaN(meaning) ? 0 : meaning) + lift), true));
		}
		int alone = 0;
		for (MeaningIndex.Scored scored : close) {
			if (alone < MEANING_RESULTS && !words.contains(scored.id())) {
				ranked.add(new KeyPointHits.Ranked(scored.id(), scored.score(), false));
				alone++;
			}
		}
		// a stable sort: on a tie, the words' order, then the meaning's
		ranked.sort(Comparator.comparingDouble((KeyPointHits.Ranked hit) -> -hit.score()));
		return new Fused(ranked, true);
	}

	/**
	 * @param ranked the words' best results and the points found by meaning alone, best first
	 * @param wordsKept whether the words' results stand: not for a query about nothing the notes discuss of which no
	 * key point has every word
	 */
	record Fused(List<KeyPointHits.Ranked> ranked, boolean wordsKept) {
	}

	/**
	 * The closest points, if the query is about something the notes discuss: its closest point is similar enough, and
	 * closer than any subject they never discuss, by a margin when it is only loosely close; and of them, those near
	 * the closest as this query's similarities spread.
	 */
	List<MeaningIndex.Scored> onTopic(MeaningIndex.Nearest nearest, float elsewhere) {
		if (nearest.best().isEmpty()) {
			return List.of();
		}
		float top = nearest.best().get(0).score();
		boolean about = top >= settings.minimumSimilarity() ? top > elsewhere
				: top >= settings.looseSimilarity() && top >= elsewhere + settings.elsewhereMargin();
		if (!about) {
			return List.of();
		}
		float floor = top - settings.spreads() * nearest.spread();
		return nearest.best().stream().filter(scored -> scored.score() >= floor).toList();
	}

}
