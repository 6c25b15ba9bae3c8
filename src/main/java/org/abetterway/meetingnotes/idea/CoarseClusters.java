package org.abetterway.meetingnotes.idea;

import java.util.Arrays;

/**
 * Unit vectors sorted into coarse clusters by a few rounds of spherical k-means on an evenly spread sample, so that a
 * search for a vector's nearest others reads only the clusters nearest to it. Deterministic: the first centres are
 * vectors evenly spread through the input, and every sum runs in the input's order.
 */
final class CoarseClusters {

	private static final int ROUNDS = 4;

	/** How many sample vectors a centre is trained on, about: coarse centres need few. */
	private static final int SAMPLE_PER_CLUSTER = 8;

	private final float[] centres;

	private final int dimensions;

	private final int count;

	/** Each vector's nearest clusters, nearest first; the first is its own. */
	private final int[][] probes;

	private CoarseClusters(float[] centres, int dimensions, int[][] probes) {
		this.centres = centres;
		this.dimensions = dimensions;
		this.count = centres.length / dimensions;
		this.probes = probes;
	}

	/** The vectors in about {@code wanted} clusters, each vector knowing its {@code probes} nearest. */
	static CoarseClusters of(float[][] vectors, int wanted, int probes) {
		int dimensions = vectors[0].length;
		int clusters = Math.max(1, Math.min(wanted, vectors.length));
		float[] centres = new float[clusters * dimensions];
		for (int c = 0; c < clusters; c++) {
			System.arraycopy(vectors[(int) ((long) c * vectors.length / clusters)], 0, centres, c * dimensions, dimensions);
		}
		int sampleSize = Math.min(vectors.length, clusters * SAMPLE_PER_CLUSTER);
		float[][] sample = new float[sampleSize][];
		for (int s = 0; s < sampleSize; s++) {
			sample[s] = vectors[(int) ((long) s * vectors.length / sampleSize)];
		}
		CoarseClusters trained = new CoarseClusters(centres, dimensions, new int[0][]);
		for (int round = 0; round < ROUNDS; round++) {
			trained = trained.movedTo(sample);
		}
		int[][] nearest = new int[vectors.length][];
		for (int i = 0; i < vectors.length; i++) {
			nearest[i] = trained.nearest(vectors[i], probes);
		}
		return new CoarseClusters(trained.centres, dimensions, nearest);
	}

	/** The centres moved to the mean direction of the sample vectors nearest to each; an empty one stays. */
	private CoarseClusters movedTo(float[][] sample) {
		double[] sums = new double[centres.length];
		int[] sizes = new int[count];
		for (float[] vector : sample) {
			int c = nearest(vector, 1)[0];
			sizes[c]++;
			for (int d = 0; d < dimensions; d++) {
				sums[c * dimensions + d] += vector[d];
			}
		}
		float[] moved = centres.clone();
		for (int c = 0; c < count; c++) {
			if (sizes[c] == 0) {
				continue;
			}
			double length = 0;
			for (int d = 0; d < dimensions; d++) {
				length += sums[c * dimensions + d] * sums[c * dimensions + d];
			}
			double norm = Math.sqrt(length);
			if (norm > 0) {
				for (int d = 0; d < dimensions; d++) {
					moved[c * dimensions + d] = (float) (sums[c * dimensions + d] / norm);
				}
			}
		}
		return new CoarseClusters(moved, dimensions, probes);
	}

	/** The vector's {@code probes} nearest clusters, nearest first. */
	int[] probesOf(int vector) {
		return probes[vector];
	}

	/** The {@code probes} clusters whose centres are nearest to the vector, nearest first. */
	private int[] nearest(float[] vector, int probes) {
		int keep = Math.min(probes, count);
		int[] best = new int[keep];
		float[] scores = new float[keep];
		Arrays.fill(scores, Float.NEGATIVE_INFINITY);
		float[] four = new float[4];
		int c = 0;
		for (; c + 3 < count; c += 4) {
			PointSimilarity.dot4(vector, 0, centres, dimensions, c, four);
			for (int n = 0; n < 4; n++) {
				offer(best, scores, c + n, four[n]);
			}
		}
		for (; c < count; c++) {
			offer(best, scores, c, PointSimilarity.dot(vector, 0, centres, c * dimensions, dimensions));
		}
		return best;
	}

	private static void offer(int[] best, float[] scores, int cluster, float score) {
		int at = best.length - 1;
		if (!(score > scores[at])) {
			return;
		}
		while (at > 0 && scores[at - 1] < score) {
			scores[at] = scores[at - 1];
			best[at] = best[at - 1];
			at--;
		}
		scores[at] = score;
		best[at] = cluster;
	}

	/** The vectors' indices, cluster after cluster, each cluster's in input order. */
	int[] membersInOrder() {
		int[] starts = starts();
		int[] next = Arrays.copyOf(starts, count);
		int[] order = new int[probes.length];
		for (int i = 0; i < probes.length; i++) {
			order[next[probes[i][0]]++] = i;
		}
		return order;
	}

	/** Where each cluster's members begin in {@link #membersInOrder()}, and one past the end last. */
	int[] starts() {
		int[] starts = new int[count + 1];
		for (int[] nearest : probes) {
			starts[nearest[0] + 1]++;
		}
		for (int c = 0; c < count; c++) {
			starts[c + 1] += starts[c];
		}
		return starts;
	}

}
