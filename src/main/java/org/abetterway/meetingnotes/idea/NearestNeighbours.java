package org.abetterway.meetingnotes.idea;

import java.util.stream.IntStream;

/**
 * For each of a set of distinct unit vectors, the few others with the highest cosine, found exactly by comparing every
 * pair: rows in parallel on every core, each row's answer independent of the others', so that the result is the same
 * however the rows are shared out.
 */
final class NearestNeighbours {

	private NearestNeighbours() {
	}

	/** The indices of each vector's {@code size} nearest others, nearest first; ties go to the lower index. */
	static int[][] of(float[][] vectors, int size) {
		int count = vectors.length;
		int dimensions = count == 0 ? 0 : vectors[0].length;
		// one flat array: the rows of a block sit side by side in memory
		float[] matrix = new float[count * dimensions];
		for (int i = 0; i < count; i++) {
			System.arraycopy(vectors[i], 0, matrix, i * dimensions, dimensions);
		}
		int[][] nearest = new int[count][];
		IntStream.range(0, count).parallel().forEach(i -> nearest[i] = row(matrix, dimensions, count, i, size));
		return nearest;
	}

	private static int[] row(float[] m, int dimensions, int count, int i, int size) {
		int keep = Math.min(size, count - 1);
		int[] best = new int[keep];
		float[] scores = new float[keep];
		int found = 0;
		int a = i * dimensions;
		for (int j = 0; j < count; j++) {
			if (j == i) {
				continue;
			}
			int b = j * dimensions;
			float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
			int d = 0;
			for (; d + 3 < dimensions; d += 4) {
				s0 += m[a + d] * m[b + d];
				s1 += m[a + d + 1] * m[b + d + 1];
				s2 += m[a + d + 2] * m[b + d + 2];
				s3 += m[a + d + 3] * m[b + d + 3];
			}
			for (; d < dimensions; d++) {
				s0 += m[a + d] * m[b + d];
			}
			float score = (s0 + s1) + (s2 + s3);
			if (found < keep || score > scores[found - 1]) {
				// insertion into the short sorted list; a later j with an equal score stays behind
				int at = found < keep ? found++ : found - 1;
				while (at > 0 && scores[at - 1] < score) {
					scores[at] = scores[at - 1];
					best[at] = best[at - 1];
					at--;
				}
				scores[at] = score;
				best[at] = j;
			}
		}
		return best;
	}

}
