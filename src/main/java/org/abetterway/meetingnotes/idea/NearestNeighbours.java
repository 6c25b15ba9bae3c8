package org.abetterway.meetingnotes.idea;

/**
 * For each of a set of unit vectors, the few others with the highest cosine, on the calling thread alone so that
 * gathering ideas leaves the other cores to readers. Up to {@link #EXACT_UP_TO} vectors every pair is compared once;
 * above, the vectors are first sorted into coarse clusters ({@link CoarseClusters}) and each is compared only with the
 * members of its few nearest clusters, which finds nearly all of its nearest (the recall is measured by
 * {@code src/bench/IdeasAtSize.java}). Either way the answer depends only on the vectors and their order.
 */
final class NearestNeighbours {

	/** The most vectors compared pair by pair: a few seconds' work. */
	static final int EXACT_UP_TO = 6_000;

	/** How many of its nearest clusters each vector is compared within. */
	static final int PROBES = 6;

	/** Each vector's nearest others, nearest first; ties go to the lower index. */
	record Nearest(int[][] indices, float[][] scores) {
	}

	private NearestNeighbours() {
	}

	static Nearest of(float[][] vectors, int size) {
		return vectors.length <= EXACT_UP_TO ? exact(vectors, size) : clustered(vectors, size, PROBES);
	}

	/** Every pair compared once, in tiles of rows that stay in the processor's cache. */
	static Nearest exact(float[][] vectors, int size) {
		int count = vectors.length;
		Best[] best = new Best[count];
		for (int i = 0; i < count; i++) {
			best[i] = new Best(Math.min(size, count - 1));
		}
		int tile = 64;
		float[] four = new float[4];
		for (int from = 0; from < count; from += tile) {
			int to = Math.min(count, from + tile);
			for (int other = from; other < count; other += tile) {
				int otherTo = Math.min(count, other + tile);
				for (int i = from; i < to; i++) {
					int j = Math.max(other, i + 1);
					for (; j + 3 < otherTo; j += 4) {
						PointSimilarity.dot4(vectors[i], vectors[j], vectors[j + 1], vectors[j + 2], vectors[j + 3], four);
						for (int n = 0; n < 4; n++) {
							best[i].offer(j + n, four[n]);
							best[j + n].offer(i, four[n]);
						}
					}
					for (; j < otherTo; j++) {
						float score = PointSimilarity.dot(vectors[i], vectors[j]);
						best[i].offer(j, score);
						best[j].offer(i, score);
					}
				}
			}
		}
		return collect(best);
	}

	/** Each vector compared with the members of its {@code probes} nearest coarse clusters only. */
	static Nearest clustered(float[][] vectors, int size, int probes) {
		int count = vectors.length;
		// as many clusters as a probed cluster has members, which makes the fewest comparisons
		CoarseClusters clusters = CoarseClusters.of(vectors, (int) Math.round(Math.sqrt(probes * (double) count)),
				probes);
		// the vectors cluster by cluster, read where they are: a copy side by side cost as much heap as they do
		int[] order = clusters.membersInOrder();
		int[] start = clusters.starts();
		Best[] best = new Best[count];
		float[] four = new float[4];
		for (int i = 0; i < count; i++) {
			Best mine = new Best(Math.min(size, count - 1));
			float[] query = vectors[i];
			for (int cluster : clusters.probesOf(i)) {
				int at = start[cluster];
				int end = start[cluster + 1];
				for (; at + 3 < end; at += 4) {
					PointSimilarity.dot4(query, vectors[order[at]], vectors[order[at + 1]], vectors[order[at + 2]],
							vectors[order[at + 3]], four);
					for (int n = 0; n < 4; n++) {
						if (order[at + n] != i) {
							mine.offer(order[at + n], four[n]);
						}
					}
				}
				for (; at < end; at++) {
					if (order[at] != i) {
						mine.offer(order[at], PointSimilarity.dot(query, vectors[order[at]]));
					}
				}
			}
			best[i] = mine;
		}
		return collect(best);
	}

	private static Nearest collect(Best[] best) {
		int[][] indices = new int[best.length][];
		float[][] scores = new float[best.length][];
		for (int i = 0; i < best.length; i++) {
			indices[i] = best[i].indices();
			scores[i] = best[i].scores();
		}
		return new Nearest(indices, scores);
	}

	/** The best few offered so far, as a short list sorted by score; an equal score offered later stays behind. */
	private static final class Best {

		private final int[] indices;

		private final float[] scores;

		private int found;

		Best(int keep) {
			this.indices = new int[keep];
			this.scores = new float[keep];
		}

		void offer(int index, float score) {
			int keep = indices.length;
			if (keep == 0 || (found == keep && !(score > scores[keep - 1]))) {
				return;
			}
			int at = found < keep ? found++ : keep - 1;
			// an equal score with a lower index (offered in any order) still goes first
			while (at > 0 && (scores[at - 1] < score || (scores[at - 1] == score && indices[at - 1] > index))) {
				scores[at] = scores[at - 1];
				indices[at] = indices[at - 1];
				at--;
			}
			scores[at] = score;
			indices[at] = index;
		}

		int[] indices() {
			return java.util.Arrays.copyOf(indices, found);
		}

		float[] scores() {
			return java.util.Arrays.copyOf(scores, found);
		}

	}

}
