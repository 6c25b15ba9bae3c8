package org.abetterway.meetingnotes.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.abetterway.meetingnotes.site.ContentChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The meaning of key points as vectors, each computed once: vectors already made are kept in a file of the data
 * folder, keyed by the model and the text, so that importing unchanged notes again, or after a restart, embeds
 * nothing. New texts are embedded on every core. A key point has a vector for its whole text and one for each of its
 * sentences.
 */
@Component
public class KeyPointVectors {

	private static final Logger log = LoggerFactory.getLogger(KeyPointVectors.class);

	/** A cold import of many meetings says how far it has got this often. */
	private static final int PROGRESS_EVERY = 2_000;

	private final MeaningModel model;

	private final Path file;

	/** The vectors by the hash of their text, read from the file for an import and let go after it. */
	private Map<String, float[]> known;

	private boolean changed;

	/** How many key points this import has embedded so far, for its progress in the log. */
	private int embeddedThisImport;

	KeyPointVectors(MeaningModel model, @Value("${notes.data-dir:data}") Path dataDir) {
		this.model = model;
		this.file = dataDir.resolve("vectors-" + model.name() + ".bin");
	}

	/** What a key point's meaning is read from: its section, its bold title and its text. */
	public static String textOf(String section, String title, String text) {
		StringJoiner joined = new StringJoiner(" ");
		if (section != null && !section.isBlank()) {
			joined.add(section.strip().endsWith(".") ? section.strip() : section.strip() + ".");
		}
		if (title != null && !title.isBlank()) {
			joined.add(title.strip());
		}
		joined.add(text == null ? "" : text.strip());
		return joined.toString();
	}

	/** What makes the vectors: "none" when search by meaning is off. Stored vectors made otherwise must be made again. */
	public String madeBy() {
		return model.enabled() ? model.name() + "+sentences" : "none";
	}

	/**
	 * A key point's meaning: its whole text's vector, and one for each of its sentences when it has several.
	 *
	 * @param whole null when search by meaning is off or the model could not be loaded
	 */
	public record Meaning(float @Nullable [] whole, List<float[]> sentences) {

		static final Meaning NONE = new Meaning(null, List.of());

	}

	/** A key point as its meaning is read: its section, its bold title (or null) and its text. */
	public record PointText(@Nullable String section, @Nullable String title, String text) {
	}

	/**
	 * The meaning of each key point, in order: all {@link Meaning#NONE} when search by meaning is off, or when some
	 * must be embedded and the model cannot be loaded.
	 */
	public synchronized List<Meaning> meanings(List<PointText> points) {
		List<String> texts = new ArrayList<>();
		List<Integer> sentenceCounts = new ArrayList<>(points.size());
		for (PointText point : points) {
			texts.add(textOf(point.section(), point.title(), point.text()));
			List<String> sentences = Sentences.of(point.title(), point.text());
			texts.addAll(sentences);
			sentenceCounts.add(sentences.size());
		}
		List<float[]> vectors = embed(texts);
		List<Meaning> meanings = new ArrayList<>(points.size());
		int next = 0;
		for (int count : sentenceCounts) {
			float[] whole = vectors.get(next);
			meanings.add(whole == null ? Meaning.NONE
					: new Meaning(whole, List.copyOf(vectors.subList(next + 1, next + 1 + count))));
			next += 1 + count;
		}
		return meanings;
	}

	/**
	 * The vector of each text, in order; all null when search by meaning is off, or when some must be embedded and
	 * the model cannot be loaded. Texts whose vectors are all kept already do not wait for the model to load.
	 */
	public synchronized List<float[]> embed(List<String> texts) {
		List<float[]> vectors = new ArrayList<>(texts.size());
		if (!model.enabled()) {
			texts.forEach(text -> vectors.add(null));
			return vectors;
		}
		Map<String, float[]> cache = known();
		List<String> keys = texts.stream().map(KeyPointVectors::key).toList();
		Map<String, Integer> firstOfEach = new LinkedHashMap<>();
		IntStream.range(0, texts.size()).filter(i -> !cache.containsKey(keys.get(i)))
			.forEach(i -> firstOfEach.putIfAbsent(keys.get(i), i));
		List<Integer> missing = List.copyOf(firstOfEach.values());
		if (!missing.isEmpty() && !model.awaitLoaded()) {
			texts.forEach(text -> vectors.add(null));
			return vectors;
		}
		if (!missing.isEmpty()) {
			float[][] made = new float[texts.size()][];
			AtomicInteger done = new AtomicInteger(embeddedThisImport);
			ForkJoinPool cores = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
			try {
				cores.submit(() -> missing.parallelStream().forEach(i -> {
					made[i] = model.passage(texts.get(i));
					if (done.incrementAndGet() % PROGRESS_EVERY == 0) {
						log.info("Embedded {} new texts (key points and their sentences) so far", done.get());
					}
				})).join();
			}
			finally {
				cores.shutdown();
			}
			missing.forEach(i -> cache.put(keys.get(i), made[i]));
			embeddedThisImport += missing.size();
			changed = true;
		}
		keys.forEach(key -> vectors.add(cache.get(key)));
		return vectors;
	}

	/** Whether an import is under way, with the vectors it reads and makes at hand until it announces its end. */
	synchronized boolean importing() {
		return known != null;
	}

	/**
	 * A key point's meaning from the vectors the import under way has at hand, without the model: the very vectors the
	 * import stored for it. Null when no import is under way or one of its texts has no vector kept.
	 */
	synchronized @Nullable Meaning kept(PointText point) {
		if (known == null) {
			return null;
		}
		float[] whole = known.get(key(textOf(point.section(), point.title(), point.text())));
		if (whole == null) {
			return null;
		}
		List<float[]> sentences = new ArrayList<>();
		for (String sentence : Sentences.of(point.title(), point.text())) {
			float[] vector = known.get(key(sentence));
			if (vector == null) {
				return null;
			}
			sentences.add(vector);
		}
		return new Meaning(whole, sentences);
	}

	/** Keeps the vectors made by an import for the next one, and lets go of them meanwhile. */
	@EventListener
	synchronized void contentChanged(ContentChanged change) {
		if (embeddedThisImport > 0) {
			log.info("Embedded {} new texts (key points and their sentences)", embeddedThisImport);
		}
		if (known != null && changed) {
			save(known);
		}
		embeddedThisImport = 0;
		known = null;
		changed = false;
	}

	private Map<String, float[]> known() {
		if (known == null) {
			known = load();
		}
		return known;
	}

	private Map<String, float[]> load() {
		Map<String, float[]> vectors = new HashMap<>();
		if (!Files.isRegularFile(file)) {
			return vectors;
		}
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
			int count = in.readInt();
			byte[] hash = new byte[32];
			for (int n = 0; n < count; n++) {
				in.readFully(hash);
				float[] vector = new float[OnnxEncoder.DIMENSIONS];
				for (int i = 0; i < vector.length; i++) {
					vector[i] = in.readFloat();
				}
				vectors.put(HexFormat.of().formatHex(hash), vector);
			}
		}
		catch (EOFException ex) {
			log.warn("{} ends early; the key points it lacks will be embedded again", file);
		}
		catch (IOException ex) {
			log.warn("Could not read {} ({}); the key points will be embedded again", file, ex.getMessage());
		}
		return vectors;
	}

	private void save(Map<String, float[]> vectors) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "vectors", ".part");
			try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
				out.writeInt(vectors.size());
				for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
					out.write(HexFormat.of().parseHex(entry.getKey()));
					for (float value : entry.getValue()) {
						out.writeFloat(value);
					}
				}
			}
			// whole or not at all, even if another instance writes the same file
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			log.warn("Could not keep the key points' vectors in {} ({}); they will be embedded again next time", file,
					ex.getMessage());
		}
	}

	private static String key(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
