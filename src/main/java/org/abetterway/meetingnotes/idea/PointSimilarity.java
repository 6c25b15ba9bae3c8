package org.abetterway.meetingnotes.idea;

import java.util.List;

/**
 * How alike two key points are in meaning, from their vectors: the cosine of the whole points, or its mean with the
 * cosine of their closest pair of sentences, which finds one point's idea said in a sentence of a longer one.
 */
enum PointSimilarity {

	WHOLE {
		@Override
		double of(IdeaPoint a, IdeaPoint b) {
			return dot(a.whole(), b.whole());
		}
	},

	WHOLE_AND_SENTENCES {
		@Override
		double of(IdeaPoint a, IdeaPoint b) {
			double whole = dot(a.whole(), b.whole());
			if (a.sentences().isEmpty() || b.sentences().isEmpty()) {
				return whole;
			}
			return (whole + closestSentences(a.sentences(), b.sentences())) / 2;
		}
	};

	abstract double of(IdeaPoint a, IdeaPoint b);

	private static double closestSentences(List<float[]> a, List<float[]> b) {
		double best = -1;
		for (float[] x : a) {
			for (float[] y : b) {
				best = Math.max(best, dot(x, y));
			}
		}
		return best;
	}

	/** The cosine of unit vectors; eight sums so that the processor overlaps the additions. */
	static float dot(float[] a, float[] b) {
		float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
		int i = 0;
		for (; i + 7 < a.length; i += 8) {
			s0 += a[i] * b[i];
			s1 += a[i + 1] * b[i + 1];
			s2 += a[i + 2] * b[i + 2];
			s3 += a[i + 3] * b[i + 3];
			s4 += a[i + 4] * b[i + 4];
			s5 += a[i + 5] * b[i + 5];
			s6 += a[i + 6] * b[i + 6];
			s7 += a[i + 7] * b[i + 7];
		}
		for (; i < a.length; i++) {
			s0 += a[i] * b[i];
		}
		return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
	}

}
