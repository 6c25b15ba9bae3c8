package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * How the words' results and the points close in meaning are ranked together, on crafted scores.
 */
class FusedRankingTests {

	/** A query no closer to any subject the notes never discuss than to unrelated text. */
	private static final float NOTHING_ELSEWHERE = 0.3f;

	private final FusedRanking ranking = new FusedRanking(new SearchSettings(0.5f, 0.06f, 3f, 0.6f, 0.55f, 0.05f));

	@Test
	void aPointThatSharesSomeWordsDoesNotOutrankThePointTheModelPlacesFirst() {
		Map<Long, Double> meaning = Map.of(1L, 0.55, 2L, 0.80);
		FusedRanking.Fused fused = ranking.rank(List.of(new FusedRanking.WordHit(1, 12f, 0.5)),
				nearest(0.05f, 2, 0.80f, 1, 0.55f), NOTHING_ELSEWHERE, meaning::get);
		assertThat(ids(fused)).containsExactly(2L, 1L);
		assertThat(fused.ranked().get(0).byWords()).isFalse();
	}

	@Test
	void aPointWithEveryWordAndCloseInMeaningComesFirst() {
		Map<Long, Double> meaning = Map.of(1L, 0.78, 2L, 0.80);
		FusedRanking.Fused fused = ranking.rank(List.of(new FusedRanking.WordHit(1, 12f, 1)),
				nearest(0.05f, 2, 0.80f, 1, 0.78f), NOTHING_ELSEWHERE, meaning::get);
		assertThat(ids(fused)).containsExactly(1L, 2L);
	}

	@Test
	void closeEnoughIsJudgedAgainstTheQuerysBestMatchAndSpread() {
		// three spreads of 0.03 below the best, 0.80, is 0.71: the point at 0.70 is not shown
		FusedRanking.Fused tight = ranking.rank(List.of(), nearest(0.03f, 1, 0.80f, 2, 0.72f, 3, 0.70f),
				NOTHING_ELSEWHERE, id -> Double.NaN);
		assertThat(ids(tight)).containsExactly(1L, 2L);
		// the same scores for a query whose similarities spread wider: it is
		FusedRanking.Fused wide = ranking.rank(List.of(), nearest(0.06f, 1, 0.80f, 2, 0.72f, 3, 0.70f),
				NOTHING_ELSEWHERE, id -> Double.NaN);
		assertThat(ids(wide)).containsExactly(1L, 2L, 3L);
	}

	@Test
	void noMoreThanAPageOfPointsIsFoundByMeaningAlone() {
		List<Object> scores = new ArrayList<>();
		for (int id = 1; id <= 30; id++) {
			scores.add(id);
			scores.add(0.80f - id * 0.001f);
		}
		FusedRanking.Fused fused = ranking.rank(List.of(), nearest(0.05f, scores.toArray()), NOTHING_ELSEWHERE,
				id -> 0.0);
		assertThat(fused.ranked()).hasSize(FusedRanking.MEANING_RESULTS);
	}

	@Test
	void aQueryAboutNothingTheNotesDiscussKeepsOnlyPointsWithAllItsWords() {
		MeaningIndex.Nearest offTopic = nearest(0.03f, 1, 0.52f, 2, 0.50f);
		FusedRanking.Fused partly = ranking.rank(List.of(new FusedRanking.WordHit(2, 5f, 0.5)), offTopic,
				NOTHING_ELSEWHERE, id -> 0.5);
		assertThat(partly.ranked()).isEmpty();
		assertThat(partly.wordsKept()).isFalse();
		FusedRanking.Fused wholly = ranking.rank(List.of(new FusedRanking.WordHit(2, 5f, 1)), offTopic,
				NOTHING_ELSEWHERE, id -> 0.5);
		assertThat(ids(wholly)).containsExactly(2L);
		assertThat(wholly.wordsKept()).isTrue();
	}

	@Test
	void aQueryLooselyCloseToTheNotesIsAboutThemOnlyIfItIsClearlyCloserToThemThanToAnythingElse() {
		MeaningIndex.Nearest loose = nearest(0.03f, 1, 0.58f, 2, 0.57f);
		assertThat(ids(ranking.rank(List.of(), loose, 0.50f, id -> Double.NaN))).containsExactly(1L, 2L);
		assertThat(ranking.rank(List.of(), loose, 0.55f, id -> Double.NaN).ranked())
			.as("closer to the notes, but not by the margin").isEmpty();
		assertThat(ranking.rank(List.of(), nearest(0.03f, 1, 0.54f), 0.30f, id -> Double.NaN).ranked())
			.as("too far from everything in the notes").isEmpty();
	}

	@Test
	void aQueryCloserToASubjectTheNotesNeverDiscussIsNotAboutThem() {
		MeaningIndex.Nearest close = nearest(0.04f, 1, 0.61f, 2, 0.60f);
		assertThat(ids(ranking.rank(List.of(), close, 0.60f, id -> Double.NaN))).containsExactly(1L, 2L);
		assertThat(ranking.rank(List.of(), close, 0.77f, id -> Double.NaN).ranked()).isEmpty();
	}

	/** Nearest key points from pairs of id and score, best first, and the spread of all the query's similarities. */
	private static MeaningIndex.Nearest nearest(float spread, Object... idsAndScores) {
		List<MeaningIndex.Scored> best = new ArrayList<>();
		for (int i = 0; i < idsAndScores.length; i += 2) {
			best.add(new MeaningIndex.Scored(((Number) idsAndScores[i]).longValue(), (Float) idsAndScores[i + 1]));
		}
		return new MeaningIndex.Nearest(best, spread);
	}

	private static List<Long> ids(FusedRanking.Fused fused) {
		return fused.ranked().stream().map(KeyPointHits.Ranked::id).toList();
	}

}
