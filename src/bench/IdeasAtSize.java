package org.abetterway.meetingnotes.idea;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The time the app's grouping of ideas takes for N key points whose vectors all differ, 15 a meeting, outside the
 * app: the vectors of a vectors file (the app's data folder), each copied with a little noise until there are N.
 * Compiled into the app's package, against the built classes:
 *
 * <pre>
 * javac -d /tmp/ideas-bench -cp target/classes src/bench/IdeasAtSize.java
 * java -Xmx512m -cp target/classes:/tmp/ideas-bench org.abetterway.meetingnotes.idea.IdeasAtSize 30000 DATA_DIR/vectors-bge-small-en-v1.5-q.bin
 * </pre>
 */
public class IdeasAtSize {

	public static void main(String[] args) throws IOException {
		int count = Integer.parseInt(args[0]);
		List<float[]> known = read(Path.of(args[1]));
		Random random = new Random(1);
		List<IdeaPoint> points = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			float[] base = known.get(i % known.size());
			float[] vector = new float[base.length];
			double length = 0;
			for (int d = 0; d < vector.length; d++) {
				vector[d] = (float) (base[d] + 0.03 * random.nextGaussian());
				length += vector[d] * vector[d];
			}
			for (int d = 0; d < vector.length; d++) {
				vector[d] /= (float) Math.sqrt(length);
			}
			points.add(new IdeaPoint(i, "meeting-" + (i / 15), "point-" + (i % 15), vector, List.of()));
		}
		IdeaGrouping.Settings settings = new IdeaGrouping.Settings(0.10, 8, 10, PointSimilarity.WHOLE);
		for (int round = 1; round <= 2; round++) {
			long start = System.nanoTime();
			int ideas = IdeaGrouping.of(settings, points).size();
			System.out.printf("round %d: %d key points (%d distinct vectors copied with noise), %d ideas, %.1f s on %d cores%n",
					round, count, known.size(), ideas, (System.nanoTime() - start) / 1e9,
					Runtime.getRuntime().availableProcessors());
		}
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
