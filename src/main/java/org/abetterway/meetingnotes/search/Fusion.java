package org.abetterway.meetingnotes.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One ranking from two: the key points found by their words and those found by their meaning, each list best
 * first. A key point scores by its place in each list it is in (reciprocal rank fusion), so that neither side's own
 * scores, which do not compare, can drown the other; a key point both sides found comes before either side's alone.
 */
final class Fusion {

	/** Damps the lead of a first place over the next few; small, as only the first few places matter here. */
	static final int DAMPING = 2;

	private Fusion() {
	}

	/** A key point in the fused ranking, and which sides found it. */
	record Ranked(long id, double score, boolean byWords, boolean byMeaning) {
	}

	/**
	 * @param byWords ids best first, as the words matched
	 * @param byMeaning ids best first, by closeness of meaning
	 * @param meaningWeight how much a place among the meaning's results counts against one among the words'
	 */
	static List<Ranked> fuse(List<Long> byWords, List<Long> byMeaning, double meaningWeight) {
		Map<Long, double[]> scores = new LinkedHashMap<>();
		Map<Long, boolean[]> sides = new LinkedHashMap<>();
		for (int rank = 0; rank < byWords.size(); rank++) {
			scores.computeIfAbsent(byWords.get(rank), id -> new double[1])[0] += 1.0 / (DAMPING + rank + 1);
			sides.computeIfAbsent(byWords.get(rank), id -> new boolean[2])[0] = true;
		}
		for (int rank = 0; rank < byMeaning.size(); rank++) {
			scores.computeIfAbsent(byMeaning.get(rank), id -> new double[1])[0] += meaningWeight / (DAMPING + rank + 1);
			sides.computeIfAbsent(byMeaning.get(rank), id -> new boolean[2])[1] = true;
		}
		List<Ranked> ranked = new ArrayList<>();
		scores.forEach((id, score) -> ranked.add(new Ranked(id, score[0], sides.get(id)[0], sides.get(id)[1])));
		// a stable sort: on a tie, the order the words found them in, then the meaning's
		ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
		return ranked;
	}

}
