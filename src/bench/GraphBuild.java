import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The CPU time Lucene takes to build the vector graph of N key points, as the app's index does (8 links, 32
 * candidates, in memory), by cosine and by dot product side by side, twice each. The vectors are those of a vectors
 * file that an import with search by meaning kept, each repeated with a little noise and given unit length again, so
 * that they are spread like real key points'. Merges run on the same thread, whose CPU time is counted.
 * Usage: java -cp "$BENCH_WORK/app/lib/*" src/bench/GraphBuild.java 30000 DATA_DIR/vectors-bge-small-en-v1.5-q.bin
 */
public class GraphBuild {

	public static void main(String[] args) throws IOException {
		int count = Integer.parseInt(args[0]);
		float[][] vectors = spread(read(Path.of(args[1])), count);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		for (int round = 1; round <= 2; round++) {
			for (VectorSimilarityFunction similarity : List.of(VectorSimilarityFunction.COSINE,
					VectorSimilarityFunction.DOT_PRODUCT)) {
				long wall = System.nanoTime();
				long cpu = threads.getCurrentThreadCpuTime();
				build(vectors, similarity);
				System.out.printf("round %d, %s: %.1f s of CPU (%.1f s wall)%n", round, similarity,
						(threads.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);
			}
		}
	}

	private static void build(float[][] vectors, VectorSimilarityFunction similarity) throws IOException {
		IndexWriterConfig config = new IndexWriterConfig();
		config.setMergeScheduler(new SerialMergeScheduler());
		config.setCodec(new Lucene912Codec() {
			@Override
			public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
				return new Lucene99HnswVectorsFormat(8, 32);
			}
		});
		try (IndexWriter writer = new IndexWriter(new ByteBuffersDirectory(), config)) {
			for (float[] vector : vectors) {
				Document document = new Document();
				document.add(new KnnFloatVectorField("meaning", vector, similarity));
				writer.addDocument(document);
			}
			writer.commit();
		}
	}

	/** The vectors of a file written by the app's KeyPointVectors: a count, then each text's hash and 384 floats. */
	private static float[][] read(Path file) throws IOException {
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			float[][] vectors = new float[in.readInt()][384];
			for (float[] vector : vectors) {
				in.readFully(new byte[32]);
				for (int i = 0; i < vector.length; i++) {
					vector[i] = in.readFloat();
				}
			}
			return vectors;
		}
	}

	private static float[][] spread(float[][] real, int count) {
		Random random = new Random(42);
		float[][] vectors = new float[count][];
		for (int n = 0; n < count; n++) {
			float[] vector = real[n % real.length].clone();
			double sum = 0;
			for (int i = 0; i < vector.length; i++) {
				vector[i] += (float) (0.02 * random.nextGaussian());
				sum += vector[i] * vector[i];
			}
			for (int i = 0; i < vector.length; i++) {
				vector[i] /= (float) Math.sqrt(sum);
			}
			vectors[n] = vector;
		}
		return vectors;
	}

}
