package org.abetterway.meetingnotes.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.abetterway.meetingnotes.search.MeaningIndex.Point;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The meaning index as it was last read from the database, kept in a file beside a search index kept on disk: every
 * key point with a vector, its meeting and themes, and its vectors. A restart with unchanged notes reads it in a
 * fraction of a second, where reading the key points, their themes and their vectors from the database takes
 * seconds at thousands of meetings. The file is headed by what the database held when it was written (each stored
 * meeting's id, file and content hash, how many key points have vectors, and what made them); a start that finds
 * anything else reads the database.
 */
@Component
class MeaningSnapshot {

	private static final Logger log = LoggerFactory.getLogger(MeaningSnapshot.class);

	static final String FILE = "key-points.meaning";

	/** Says what the file is, and its layout's version. */
	private static final int MAGIC = 0x4d4e4732;

	private static final int BUFFER = 1 << 20;

	private final EntityManager entityManager;

	private final KeyPointVectors vectors;

	private final @Nullable Path file;

	MeaningSnapshot(EntityManager entityManager, IndexStamp stamp, KeyPointVectors vectors) {
		this.entityManager = entityManager;
		this.vectors = vectors;
		this.file = stamp.beside(FILE);
	}

	/**
	 * What the database holds now, as the file's head says it: a meeting imported again is stored under a new id, and
	 * its key points with it, so the meetings' ids say that the key points' ids are those of the file.
	 *
	 * @param keyPoints how many key points have vectors
	 */
	String madeFrom(long keyPoints) {
		if (file == null) {
			return "";
		}
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			entityManager.createQuery("select m.id, m.sourceFile, m.contentHash from Meeting m order by m.id",
					Object[].class)
				.getResultStream()
				.forEach(row -> digest.update((row[0] + " " + row[1] + " " + row[2] + "\n")
					.getBytes(StandardCharsets.UTF_8)));
			return HexFormat.of().formatHex(digest.digest()) + " " + keyPoints + " " + vectors.madeBy();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The kept meaning index, if the file was written from what the database holds now; null otherwise. */
	@Nullable
	MeaningVectors read(String madeFrom) {
		if (file == null || !Files.isRegularFile(file)) {
			return null;
		}
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), BUFFER))) {
			if (in.readInt() != MAGIC || !in.readUTF().equals(madeFrom)) {
				return null;
			}
			int rows = in.readInt();
			int dimensions = in.readInt();
			byte[] bytes = new byte[Float.BYTES * dimensions];
			// each meeting's slug and each theme's held once, as read from the database
			Map<String, String> names = new HashMap<>();
			Point[] points = new Point[rows];
			float[][] wholes = new float[rows][];
			float[][][] sentences = new float[rows][][];
			MeaningVectors.Distinct distinct = new MeaningVectors.Distinct();
			for (int row = 0; row < rows; row++) {
				long keyPoint = in.readLong();
				String meeting = names.computeIfAbsent(in.readUTF(), name -> name);
				int themeCount = in.readUnsignedByte();
				List<String> themes = new ArrayList<>(themeCount);
				for (int t = 0; t < themeCount; t++) {
					themes.add(names.computeIfAbsent(in.readUTF(), name -> name));
				}
				points[row] = new Point(keyPoint, meeting, List.copyOf(themes));
				wholes[row] = distinct.of(read(in, bytes, dimensions));
				sentences[row] = new float[in.readInt()][];
				for (int s = 0; s < sentences[row].length; s++) {
					sentences[row][s] = distinct.of(read(in, bytes, dimensions));
				}
			}
			return new MeaningVectors(points, wholes, sentences);
		}
		catch (IOException ex) {
			// a file cut short ends early, which says no more than its exception's name
			log.warn("Could not read {} ({}); the key points' vectors are read from the database", file,
					ex.getMessage() != null ? ex.getMessage() : ex.getClass().getSimpleName());
			return null;
		}
	}

	/** Keeps the meaning index for the next start, whole or not at all. */
	void write(MeaningVectors held, String madeFrom) {
		if (file == null || held.size() == 0) {
			return;
		}
		try {
			Path folder = file.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			Path temporary = Files.createTempFile(folder, "meaning", ".part");
			try (DataOutputStream out = new DataOutputStream(
					new BufferedOutputStream(Files.newOutputStream(temporary), BUFFER))) {
				out.writeInt(MAGIC);
				out.writeUTF(madeFrom);
				out.writeInt(held.size());
				int dimensions = held.wholes[0].length;
				out.writeInt(dimensions);
				ByteBuffer bytes = ByteBuffer.allocate(Float.BYTES * dimensions);
				for (int row = 0; row < held.size(); row++) {
					Point point = held.points[row];
					out.writeLong(point.id());
					out.writeUTF(point.meetingSlug());
					out.writeByte(point.themes().size());
					for (String theme : point.themes()) {
						out.writeUTF(theme);
					}
					write(out, bytes, held.wholes[row]);
					out.writeInt(held.sentences[row].length);
					for (float[] sentence : held.sentences[row]) {
						write(out, bytes, sentence);
					}
				}
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			log.warn("Could not keep the key points' vectors in {} ({}); the next start reads them from the database",
					file, ex.getMessage());
		}
	}

	private static float[] read(DataInputStream in, byte[] bytes, int dimensions) throws IOException {
		in.readFully(bytes);
		float[] vector = new float[dimensions];
		ByteBuffer.wrap(bytes).asFloatBuffer().get(vector);
		return vector;
	}

	private static void write(DataOutputStream out, ByteBuffer bytes, float[] vector) throws IOException {
		bytes.clear();
		bytes.asFloatBuffer().put(vector);
		out.write(bytes.array());
	}

}
