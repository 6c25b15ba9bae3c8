package org.abetterway.meetingnotes.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

import org.abetterway.meetingnotes.idea.NearestNeighbours.Nearest;
import org.junit.jupiter.api.Test;

/**
 * The nearest neighbours of made-up unit vectors: some hundred directions, each copied with noise, as key points that
 * say nearly the same thing are.
 */
class NearestNeighboursTests {

	final Random random = new Random(3);

	@Test
	void comparingEveryPairOnceFindsWhatSortingEveryScoreFinds() {
		float[][] vectors = vectors(700, 60);

		Nearest nearest = NearestNeighbours.exact(vectors, 12);

		for (int i = 0; i < vectors.length; i += 37) {
			assertThat(nearest.indices()[i]).containsExactly(sorted(vectors, i, 12));
			assertThat(nearest.scores()[i][0]).isCloseTo(PointSimilarity.dot(vectors[i], vectors[nearest.indices()[i][0]]),
					org.assertj.core.data.Offset.offset(1e-5f));
		}
	}

	@Test
	void theClusteredSearchFindsNearlyAllOfTheNearestAndTheSameEveryTime() {
		float[][] vectors = vectors(3000, 100);

		Nearest clustered = NearestNeighbours.clustered(vectors, 10, NearestNeighbours.PROBES);

		int found = 0;
		for (int i = 0; i < vectors.length; i += 30) {
			int[] exact = sorted(vectors, i, 10);
			int[] got = clustered.indices()[i];
			found += (int) Arrays.stream(exact).filter(j -> Arrays.stream(got).anyMatch(k -> k == j)).count();
		}
		assertThat(found / (10.0 * 100)).isGreaterThan(0.95);
		assertThat(NearestNeighbours.clustered(vectors, 10, NearestNeighbours.PROBES).indices())
			.isDeepEqualTo(clustered.indices());
	}

	private static int[] sorted(float[][] vectors, int i, int size) {
		return IntStream.range(0, vectors.length)
			.filter(j -> j != i)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer j) -> -PointSimilarity.dot(vectors[i], vectors[j]))
				.thenComparingInt(j -> j))
			.limit(size)
			.mapToInt(Integer::intValue)
			.toArray();
	}

	private float[][] vectors(int count, int directions) {
		float[][] bases = new float[directions][];
		for (int d = 0; d < directions; d++) {
			bases[d] = noisy(new float[384], 1.0);
		}
		float[][] vectors = new float[count][];
		for (int i = 0; i < count; i++) {
			vectors[i] = noisy(bases[i % directions], 0.03);
		}
		return vectors;
	}

	private float[] noisy(float[] base, double amount) {
		float[] vector = new float[base.length];
		double length = 0;
		for (int d = 0; d < vector.length; d++) {
			vector[d] = (float) (base[d] + amount * random.nextGaussian());
			length += vector[d] * vector[d];
		}
		for (int d = 0; d < vector.length; d++) {
			vector[d] /= (float) Math.sqrt(length);
		}
		return vector;
	}

}
