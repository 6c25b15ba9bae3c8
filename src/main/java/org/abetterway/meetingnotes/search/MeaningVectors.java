package org.abetterway.meetingnotes.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import org.abetterway.meetingnotes.search.MeaningIndex.Nearest;
import org.abetterway.meetingnotes.search.MeaningIndex.Point;
import org.abetterway.meetingnotes.search.MeaningIndex.Scored;
import org.apache.lucene.util.LongHeap;

/**
 * Every key point's vectors, one row per point in meeting and position order: its whole vector and its sentences'.
 * Read-only once made, and shared as they are with whatever else reads the meaning of every point (the recurring
 * ideas), so that the vectors are held once.
 */
final class MeaningVectors {

	static final MeaningVectors EMPTY = new MeaningVectors(new Point[0], new float[0][], new float[0][][]);

	private static final float[][] NO_SENTENCES = new float[0][];

	/** How many of the closest by whole vectors are scored by their sentences too. */
	static final int RESCORED = 400;

	final Point[] points;

	final Map<Long, Integer> rows = new HashMap<>();

	final float[][] wholes;

	/** Each row's sentences' vectors; none when the point is one sentence. */
	final float[][][] sentences;

	/** Rows of points and their vectors, as kept; none of the arrays is copied. */
	MeaningVectors(Point[] points, float[][] wholes, float[][][] sentences) {
		this.points = points;
		this.wholes = wholes;
		this.sentences = sentences;
		for (int row = 0; row < points.length; row++) {
			rows.put(points[row].id(), row);
		}
	}

	/** Key points' vectors put in any order, then held in the order of the points given. */
	static final class Builder {

		private final Map<Long, float[]> wholes = new HashMap<>();

		private final Map<Long, float[][]> sentences = new HashMap<>();

		private final Distinct distinct = new Distinct();

		void put(long keyPoint, float[] whole, List<float[]> own) {
			wholes.put(keyPoint, distinct.of(whole));
			sentences.put(keyPoint, own.isEmpty() ? NO_SENTENCES
					: own.stream().map(distinct::of).toArray(float[][]::new));
		}

		/** How many key points have had their vectors put. */
		int size() {
			return wholes.size();
		}

		/** The points given that have vectors, in that order. */
		MeaningVectors build(Collection<Point> inOrder) {
			List<Point> held = inOrder.stream().filter(point -> wholes.containsKey(point.id())).toList();
			if (held.isEmpty()) {
				return EMPTY;
			}
			return new MeaningVectors(held.toArray(Point[]::new),
					held.stream().map(point -> wholes.get(point.id())).toArray(float[][]::new),
					held.stream().map(point -> sentences.get(point.id())).toArray(float[][][]::new));
		}

	}

	/**
	 * Vectors held once each, whichever way they were read: a vector with the same values as one already held is
	 * answered by that one, so that a text said in many meetings costs one array after a restart as after an import.
	 */
	static final class Distinct {

		private final Map<VectorValues, float[]> held = new HashMap<>();

		float[] of(float[] vector) {
			return held.computeIfAbsent(new VectorValues(vector), VectorValues::vector);
		}

	}

	int size() {
		return points.length;
	}

	int sentenceCount() {
		return Arrays.stream(sentences).mapToInt(own -> own.length).sum();
	}

	/** A row's whole vector then its sentences' vectors. */
	List<float[]> vectorsOf(int row) {
		List<float[]> own = new ArrayList<>(1 + sentences[row].length);
		own.add(wholes[row]);
		own.addAll(Arrays.asList(sentences[row]));
		return own;
	}

	/**
	 * The rows let through, scored first by the whole vectors alone, then the best of them by whole and best
	 * sentence: a point far from the query as a whole has no sentence close enough to reach the first few.
	 */
	Nearest nearest(List<float[]> query, LongPredicate filter, int count, float wholeWeight) {
		int n = points.length;
		float[] wholeScores = new float[n];
		boolean[] through = new boolean[n];
		double sum = 0;
		double squares = 0;
		int let = 0;
		for (int row = 0; row < n; row++) {
			if (!filter.test(points[row].id())) {
				continue;
			}
			through[row] = true;
			float score = dot(query.get(0), wholes[row]);
			wholeScores[row] = score;
			sum += score;
			squares += (double) score * score;
			let++;
		}
		if (let == 0) {
			return new Nearest(List.of(), 0);
		}
		// by score, then by row: rows are in meeting and position order, so ties fall the same on every instance;
		// only the best few hundred are kept in order, not every row sorted
		int rescored = Math.min(let, Math.max(count * 4, RESCORED));
		LongHeap closest = new LongHeap(rescored);
		for (int row = 0; row < n; row++) {
			if (through[row]) {
				closest.insertWithOverflow(((long) sortable(wholeScores[row]) << 32) | (Integer.MAX_VALUE - row));
			}
		}
		Scored[] best = new Scored[rescored];
		for (int i = rescored - 1; i >= 0; i--) {
			int row = Integer.MAX_VALUE - (int) closest.pop();
			best[i] = new Scored(points[row].id(), score(query, row, wholeWeight));
		}
		// a stable sort, as the list's was: on a tie, the order of the whole vectors' scores
		Arrays.sort(best, Comparator.comparingDouble((Scored scored) -> -scored.score()));
		double mean = sum / let;
		double spread = Math.sqrt(Math.max(0, squares / let - mean * mean));
		return new Nearest(List.of(best).subList(0, Math.min(count, best.length)), (float) spread);
	}

	/** An int that orders as the float does. */
	private static int sortable(float score) {
		int bits = Float.floatToIntBits(score);
		return bits ^ ((bits >> 31) & 0x7fffffff);
	}

	/**
	 * A row's score for a query given as a whole vector and, for a key point, its sentences: how close the wholes
	 * are, with how close the best pair of sentences is (a point of one sentence is its own sentence).
	 */
	float score(List<float[]> query, int row, float wholeWeight) {
		float whole = dot(query.get(0), wholes[row]);
		float sentence = whole;
		float[][] own = sentences[row];
		for (int q = 0; q < query.size(); q++) {
			if (q > 0 || query.size() == 1) {
				sentence = Math.max(sentence, best(query.get(q), own));
			}
			if (q > 0) {
				sentence = Math.max(sentence, dot(query.get(q), wholes[row]));
			}
		}
		if (query.size() > 1 && own.length == 0) {
			sentence = Math.max(sentence, whole);
		}
		return wholeWeight * whole + (1 - wholeWeight) * sentence;
	}

	/**
	 * The best dot product of the query with the vectors, each as long as the query: for unit vectors, the cosine of
	 * the closest; -1 when there are none.
	 */
	static float best(float[] query, float[][] vectors) {
		float best = -1;
		for (float[] vector : vectors) {
			best = Math.max(best, dot(query, vector));
		}
		return best;
	}

	/** Unit vectors' dot product is their cosine; four sums let the processor add in parallel. */
	static float dot(float[] query, float[] vector) {
		float a = 0;
		float b = 0;
		float c = 0;
		float d = 0;
		int i = 0;
		for (; i + 3 < query.length; i += 4) {
			a += query[i] * vector[i];
			b += query[i + 1] * vector[i + 1];
			c += query[i + 2] * vector[i + 2];
			d += query[i + 3] * vector[i + 3];
		}
		for (; i < query.length; i++) {
			a += query[i] * vector[i];
		}
		return a + b + c + d;
	}

}
