package org.abetterway.meetingnotes.idea;

import java.util.List;

/**
 * What says two key points are alike: the cosine of the whole points, or that or the cosine of their closest pair of
 * sentences, each measured against its own threshold. A sentence finds one point's idea said in a sentence of a
 * longer one, which the whole vectors blur; the whole finds an idea spread over a point's sentences.
 */
enum PointSimilarity {

	WHOLE,

	WHOLE_OR_SENTENCES;

	boolean readsSentences() {
		return this == WHOLE_OR_SENTENCES;
	}

	static double whole(IdeaPoint a, IdeaPoint b) {
		return dot(a.whole(), b.whole());
	}

	/** The cosine of the closest pair of sentences; a point of one sentence is its own. */
	static double sentences(IdeaPoint a, IdeaPoint b) {
		double best = -1;
		for (float[] x : a.sentencesOrWhole()) {
			for (float[] y : b.sentencesOrWhole()) {
				best = Math.max(best, dot(x, y));
			}
		}
		return best;
	}

	static float dot(float[] a, float[] b) {
		return dot(a, 0, b, 0, a.length);
	}

	/** The cosine of unit vectors stored from {@code a} in {@code x} and {@code b} in {@code y}. */
	static float dot(float[] x, int a, float[] y, int b, int length) {
		// four sums, so that the processor overlaps the additions
		float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
		int d = 0;
		for (; d + 3 < length; d += 4) {
			s0 += x[a + d] * y[b + d];
			s1 += x[a + d + 1] * y[b + d + 1];
			s2 += x[a + d + 2] * y[b + d + 2];
			s3 += x[a + d + 3] * y[b + d + 3];
		}
		for (; d < length; d++) {
			s0 += x[a + d] * y[b + d];
		}
		return (s0 + s1) + (s2 + s3);
	}

	/**
	 * The vector from {@code a} in {@code q} against the four rows of {@code m} from row {@code j}, side by side: each of its values is read once for four products, which roughly halves
	 * the reads from memory that bound a plain dot product (C2 in Java 17 does not vectorise a float sum).
	 */
	static void dot4(float[] q, int a, float[] m, int dimensions, int j, float[] out) {
		int b0 = j * dimensions;
		int b1 = b0 + dimensions;
		int b2 = b1 + dimensions;
		int b3 = b2 + dimensions;
		float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
		for (int d = 0; d < dimensions; d++) {
			float x = q[a + d];
			s0 += x * m[b0 + d];
			s1 += x * m[b1 + d];
			s2 += x * m[b2 + d];
			s3 += x * m[b3 + d];
		}
		out[0] = s0;
		out[1] = s1;
		out[2] = s2;
		out[3] = s3;
	}

	/** The vector {@code q} against four others side by side: the same sums as the four rows of a matrix above. */
	static void dot4(float[] q, float[] m0, float[] m1, float[] m2, float[] m3, float[] out) {
		float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
		for (int d = 0; d < q.length; d++) {
			float x = q[d];
			s0 += x * m0[d];
			s1 += x * m1[d];
			s2 += x * m2[d];
			s3 += x * m3[d];
		}
		out[0] = s0;
		out[1] = s1;
		out[2] = s2;
		out[3] = s3;
	}

}
