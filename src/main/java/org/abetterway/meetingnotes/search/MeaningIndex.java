package org.abetterway.meetingnotes.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import jakarta.persistence.EntityManager;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.site.ContentChanged;
import org.apache.lucene.util.LongHeap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The meaning of every key point, held in memory once and searched exactly: each point's whole vector and its
 * sentences' vectors. A point scores by its whole vector and its best sentence together, so that one idea of a long
 * point is found as readily as a short point that says only it. Exact search gives the same results however and in
 * whatever order the notes were stored, where a graph of nearest neighbours depends on the order it was built in.
 */
@Component
public class MeaningIndex {

	private static final Logger log = LoggerFactory.getLogger(MeaningIndex.class);

	private final EntityManager entityManager;

	private final TransactionTemplate readOnly;

	private final SearchSettings settings;

	private volatile Vectors vectors = Vectors.EMPTY;

	MeaningIndex(EntityManager entityManager, PlatformTransactionManager transactions, SearchSettings settings) {
		this.entityManager = entityManager;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.settings = settings;
	}

	/** Reads the stored vectors again; after the words' index, before any page made from search is cached again. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	void contentChanged(ContentChanged change) {
		long start = System.nanoTime();
		vectors = readOnly.execute(status -> load());
		if (vectors.size() > 0) {
			log.info("Search by meaning holds {} key points and {} of their sentences, read in {} ms", vectors.size(),
					vectors.sentenceCount(), (System.nanoTime() - start) / 1_000_000);
		}
	}

	/** Whether any key point has a vector: false when search by meaning is off or nothing is imported. */
	public boolean isEmpty() {
		return vectors.size() == 0;
	}

	/**
	 * The key points the filter lets through, closest in meaning to the query first, each scored by its whole vector
	 * and its best sentence; and how widely the whole vectors of all of them score, to judge what is close for this query.
	 *
	 * @param count how many of the closest to score by their sentences too and return
	 */
	Nearest nearest(float[] query, LongPredicate filter, int count) {
		return vectors.nearest(List.of(query), filter, count, settings.wholeWeight());
	}

	/**
	 * The key points the filter lets through closest to a key point: its whole and its sentences against theirs.
	 * Empty if the point has no vector.
	 */
	Nearest nearestTo(long keyPoint, LongPredicate filter, int count) {
		Vectors held = vectors;
		Integer row = held.rows.get(keyPoint);
		if (row == null) {
			return new Nearest(List.of(), 0);
		}
		return held.nearest(held.vectorsOf(row), filter, count, settings.wholeWeight());
	}

	/** How close a key point is to the query, by its whole vector and its best sentence; NaN without a vector. */
	float score(float[] query, long keyPoint) {
		Vectors held = vectors;
		Integer row = held.rows.get(keyPoint);
		return row == null ? Float.NaN : held.score(List.of(query), row, settings.wholeWeight());
	}

	/** The meeting and themes of a key point with a vector. */
	Point point(long keyPoint) {
		Vectors held = vectors;
		return held.points[held.rows.get(keyPoint)];
	}

	/** A key point with a vector: its meeting and themes, to filter and count without the index. */
	record Point(long id, String meetingSlug, List<String> themes) {
	}

	/** A key point and how close it is. */
	record Scored(long id, float score) {
	}

	/**
	 * @param best the closest key points, best first
	 * @param spread the standard deviation of the similarities of the whole vectors of all key points let through
	 */
	record Nearest(List<Scored> best, float spread) {
	}

	/**
	 * The key points in their order first, without their vectors; then the vectors, in whatever order the database
	 * keeps them, each put straight into its row: reading every row before copying held all the vectors twice.
	 */
	private Vectors load() {
		List<Object[]> order = entityManager.createQuery("""
				select k.id, m.slug from KeyPointVector v join v.keyPoint k join k.meeting m
				order by m.slug, k.position""", Object[].class)
			.getResultList();
		if (order.isEmpty()) {
			return Vectors.EMPTY;
		}
		Map<Long, List<String>> themes = new HashMap<>();
		entityManager.createQuery("""
				select k.id, t.slug from KeyPointVector v join v.keyPoint k join k.themes t
				order by t.position""", Object[].class)
			.getResultStream()
			.forEach(row -> themes.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
		Map<Long, Integer> rows = new HashMap<>();
		Point[] points = new Point[order.size()];
		for (int row = 0; row < points.length; row++) {
			long id = (Long) order.get(row)[0];
			rows.put(id, row);
			points[row] = new Point(id, (String) order.get(row)[1], List.copyOf(themes.getOrDefault(id, List.of())));
		}
		Vectors.Builder vectors = new Vectors.Builder(points);
		entityManager.createQuery("select v.keyPoint.id, v.embedding, v.sentenceEmbeddings from KeyPointVector v",
				Object[].class)
			.getResultStream()
			.forEach(row -> vectors.put(rows.get((Long) row[0]), (float[]) row[1], (float[]) row[2]));
		entityManager.clear();
		return vectors.build();
	}

	/** Every key point's vectors in flat arrays, one row after another, read-only once made. */
	private static final class Vectors {

		static final Vectors EMPTY = new Vectors(new Point[0], new float[0], new int[] { 0 }, new float[0], 0);

		final Point[] points;

		final Map<Long, Integer> rows = new HashMap<>();

		final float[] wholes;

		/** Where each row's sentences start in {@link #sentences}, and where the last one's end. */
		final int[] firstSentence;

		final float[] sentences;

		final int dimensions;

		private Vectors(Point[] points, float[] wholes, int[] firstSentence, float[] sentences, int dimensions) {
			this.points = points;
			this.wholes = wholes;
			this.firstSentence = firstSentence;
			this.sentences = sentences;
			this.dimensions = dimensions;
			for (int row = 0; row < points.length; row++) {
				rows.put(points[row].id(), row);
			}
		}

		/** Vectors put in their rows in any order, then made into flat arrays. */
		static final class Builder {

			private final Point[] points;

			private float @Nullable [] wholes;

			private final float[][] sentences;

			private int dimensions;

			Builder(Point[] points) {
				this.points = points;
				this.sentences = new float[points.length][];
			}

			void put(int row, float[] whole, float @Nullable [] own) {
				if (wholes == null) {
					dimensions = whole.length;
					wholes = new float[points.length * dimensions];
				}
				System.arraycopy(whole, 0, wholes, row * dimensions, dimensions);
				sentences[row] = own;
			}

			Vectors build() {
				float[] whole = wholes;
				if (whole == null) {
					return EMPTY;
				}
				int floats = 0;
				for (float[] own : sentences) {
					floats += own == null ? 0 : own.length;
				}
				float[] flat = new float[floats];
				int[] firstSentence = new int[points.length + 1];
				int next = 0;
				for (int row = 0; row < points.length; row++) {
					firstSentence[row] = next / dimensions;
					float[] own = sentences[row];
					if (own != null) {
						System.arraycopy(own, 0, flat, next, own.length);
						next += own.length;
						sentences[row] = null;
					}
				}
				firstSentence[points.length] = next / dimensions;
				return new Vectors(points, whole, firstSentence, flat, dimensions);
			}

		}

		int size() {
			return points.length;
		}

		int sentenceCount() {
			return firstSentence[points.length];
		}

		/** A row's whole vector then its sentences' vectors. */
		List<float[]> vectorsOf(int row) {
			List<float[]> own = new ArrayList<>();
			own.add(Arrays.copyOfRange(wholes, row * dimensions, (row + 1) * dimensions));
			for (int s = firstSentence[row]; s < firstSentence[row + 1]; s++) {
				own.add(Arrays.copyOfRange(sentences, s * dimensions, (s + 1) * dimensions));
			}
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
				float score = best(query.get(0), wholes, row, row + 1);
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

		/** How many of the closest by whole vectors are scored by their sentences too. */
		static final int RESCORED = 400;

		/**
		 * A row's score for a query given as a whole vector and, for a key point, its sentences: how close the wholes
		 * are, with how close the best pair of sentences is (a point of one sentence is its own sentence).
		 */
		float score(List<float[]> query, int row, float wholeWeight) {
			float whole = best(query.get(0), wholes, row, row + 1);
			float sentence = whole;
			int from = firstSentence[row];
			int to = firstSentence[row + 1];
			for (int q = 0; q < query.size(); q++) {
				if (q > 0 || query.size() == 1) {
					sentence = Math.max(sentence, best(query.get(q), sentences, from, to));
				}
				if (q > 0) {
					sentence = Math.max(sentence, best(query.get(q), wholes, row, row + 1));
				}
			}
			if (query.size() > 1 && from == to) {
				sentence = Math.max(sentence, whole);
			}
			return wholeWeight * whole + (1 - wholeWeight) * sentence;
		}

	}

	/**
	 * The best dot product of the query with the vectors, each as long as the query, from row {@code from} to row
	 * {@code to} of {@code flat}: for unit vectors, the cosine of the closest.
	 */
	static float best(float[] query, float[] flat, int from, int to) {
		float best = -1;
		for (int row = from; row < to; row++) {
			best = Math.max(best, dot(query, flat, row * query.length));
		}
		return best;
	}

	/** Unit vectors' dot product is their cosine; four sums let the processor add in parallel. */
	private static float dot(float[] query, float[] flat, int offset) {
		float a = 0;
		float b = 0;
		float c = 0;
		float d = 0;
		int i = 0;
		for (; i + 3 < query.length; i += 4) {
			a += query[i] * flat[offset + i];
			b += query[i + 1] * flat[offset + i + 1];
			c += query[i + 2] * flat[offset + i + 2];
			d += query[i + 3] * flat[offset + i + 3];
		}
		for (; i < query.length; i++) {
			a += query[i] * flat[offset + i];
		}
		return a + b + c + d;
	}

}
