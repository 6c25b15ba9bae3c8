package org.abetterway.meetingnotes.idea;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The time the app's grouping of ideas takes for N key points whose vectors all differ, 15 a meeting, outside the
 * app: the vectors of a vectors file (the app's data folder), each copied with a little noise until there are N. With
 * {@code whole-or-sentences} (the app's default) three in five points also have two or three sentences, each another
 * of the file's vectors copied with noise, as the notes have about 1.6 sentence vectors a point. Then the recall of
 * the clustered search for nearest neighbours against the exact one, on 300 of the vectors. Compiled into the app's
 * package, against the built classes:
 *
 * <pre>
 * javac -d /tmp/ideas-bench -cp target/classes src/bench/IdeasAtSize.java
 * java -Xmx512m -cp target/classes:/tmp/ideas-bench org.abetterway.meetingnotes.idea.IdeasAtSize 30000 DATA_DIR/vectors-bge-small-en-v1.5-q.bin whole-or-sentences
 * </pre>
 */
public class IdeasAtSize {

	public static void main(String[] args) throws IOException {
		int count = Integer.parseInt(args[0]);
		List<float[]> known = read(Path.of(args[1]));
		PointSimilarity similarity = args.length > 2 && args[2].equals("whole") ? PointSimilarity.WHOLE
				: PointSimilarity.WHOLE_OR_SENTENCES;
		Random random = new Random(1);
		List<IdeaPoint> points = new ArrayList<>(count);
		int sentenceCount = 0;
		for (int i = 0; i < count; i++) {
			float[] vector = noisy(known.get(i % known.size()), random);
			List<float[]> sentences = new ArrayList<>();
			if (similarity.readsSentences() && i % 5 >= 2) {
				for (int s = 0; s < 2 + i % 2; s++) {
					sentences.add(noisy(known.get(random.nextInt(known.size())), random));
				}
			}
			sentenceCount += Math.max(1, sentences.size());
			points.add(new IdeaPoint(i, "meeting-" + (i / 15), "point-" + (i % 15), vector, sentences));
		}
		IdeaGrouping.Settings settings = new IdeaGrouping.Settings(0.10, 0.19, 8, 10, similarity);
		for (int round = 1; round <= 2; round++) {
			long start = System.nanoTime();
			int ideas = IdeaGrouping.of(settings, points).size();
			System.out.printf("round %d: %d key points (%d distinct vectors copied with noise), %s, %d vectors searched,"
					+ " %d ideas, %.1f s on one thread%n", round, count, known.size(), similarity,
					count + (similarity.readsSentences() ? sentenceCount : 0), ideas, (System.nanoTime() - start) / 1e9);
		}
		recall(points.stream().map(IdeaPoint::whole).toArray(float[][]::new), 10 + 15);
	}

	/** The share of each sampled vector's exact nearest that the clustered search finds too. */
	private static void recall(float[][] vectors, int size) {
		long start = System.nanoTime();
		NearestNeighbours.Nearest clustered = NearestNeighbours.clustered(vectors, size, NearestNeighbours.PROBES);
		double seconds = (System.nanoTime() - start) / 1e9;
		int sample = 300;
		int found = 0;
		int wanted = 0;
		int firstTen = 0;
		for (int s = 0; s < sample; s++) {
			int i = (int) ((long) s * vectors.length / sample);
			Integer[] order = new Integer[vectors.length];
			float[] scores = new float[vectors.length];
			for (int j = 0; j < vectors.length; j++) {
				order[j] = j;
				scores[j] = j == i ? Float.NEGATIVE_INFINITY : PointSimilarity.dot(vectors[i], vectors[j]);
			}
			Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
			List<Integer> got = Arrays.stream(clustered.indices()[i]).boxed().toList();
			for (int n = 0; n < size; n++) {
				if (got.contains(order[n])) {
					found++;
					if (n < 10) {
						firstTen++;
					}
				}
				wanted++;
			}
		}
		System.out.printf("clustered search of %d vectors, %d probes: %.1f s; recall of the %d nearest %.3f, of the 10"
				+ " nearest %.3f (%d sampled)%n", vectors.length, NearestNeighbours.PROBES, seconds, size,
				found / (double) wanted, firstTen / (10.0 * sample), sample);
	}

	private static float[] noisy(float[] base, Random random) {
		float[] vector = new float[base.length];
		double length = 0;
		for (int d = 0; d < vector.length; d++) {
			vector[d] = (float) (base[d] + 0.03 * random.nextGaussian());
			length += vector[d] * vector[d];
		}
		for (int d = 0; d < vector.length; d++) {
			vector[d] /= (float) Math.sqrt(length);
		}
		return vector;
	}

	private static List<float[]> read(Path file) throws IOException {
		List<float[]> vectors = new ArrayList<>();
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			int count = in.readInt();
			for (int n = 0; n < count; n++) {
				in.readFully(new byte[32]);
				float[] vector = new float[384];
				for (int i = 0; i < vector.length; i++) {
					vector[i] = in.readFloat();
				}
				vectors.add(vector);
			}
		}
		return vectors;
	}

}
