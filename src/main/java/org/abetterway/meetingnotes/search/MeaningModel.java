package org.abetterway.meetingnotes.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns text into a vector of its meaning, so that a reader's words find key points written in other words. The
 * model is loaded once per process, on a thread of its own from the start, so that an import whose vectors are all
 * kept already does not wait for it; when it cannot be loaded, or {@code notes.search.semantic} is false, search is
 * by words alone and this says why once.
 */
@Component
public class MeaningModel {

	private static final Logger log = LoggerFactory.getLogger(MeaningModel.class);

	/** The model was trained to find passages for queries written this way. */
	private static final String QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

	private static final AtomicBoolean LOADING_STARTED = new AtomicBoolean();

	private final boolean enabled;

	MeaningModel(@Value("${notes.search.semantic:true}") boolean enabled,
			@Value("${notes.data-dir:data}") Path dataDir) {
		this.enabled = enabled;
		if (enabled && System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
			// the tokenizer unpacks its native library there, by default under a home folder that may not be writable
			System.setProperty("DJL_CACHE_DIR", dataDir.resolve("djl").toAbsolutePath().toString());
		}
		if (enabled) {
			loadInBackground();
		}
	}

	/** The model's name, which keys the vectors it made. */
	public String name() {
		return OnnxEncoder.NAME;
	}

	/** Whether search by meaning is wanted, without loading the model to see whether it can be. */
	boolean enabled() {
		return enabled;
	}

	/** Waits for the model to finish loading, if it is still loading, and says whether it can be used. */
	public boolean awaitLoaded() {
		return enabled && Loaded.ENCODER != null;
	}

	/** Why search is by words alone, if it is. */
	public Optional<String> problem() {
		if (!enabled) {
			return Optional.of("search by meaning is turned off (notes.search.semantic=false)");
		}
		return Optional.ofNullable(Loaded.PROBLEM);
	}

	/** A key point's meaning; the model must have loaded. */
	public float[] passage(String text) {
		return Loaded.ENCODER.vector(text);
	}

	/** What a reader looks for; the model must have loaded. */
	public float[] query(String text) {
		return Loaded.ENCODER.vector(QUERY_PREFIX + text);
	}

	/** Starts loading the model on a thread of its own, once per process; touching {@link Loaded} loads it. */
	private static void loadInBackground() {
		if (LOADING_STARTED.compareAndSet(false, true)) {
			Thread loading = new Thread(Loaded::load, "meaning-model-load");
			loading.setDaemon(true);
			loading.start();
		}
	}

	/**
	 * Loaded once per process, by the first of the background thread and a caller that needs it; the other waits for
	 * it. Test contexts and re-imports share it.
	 */
	private static final class Loaded {

		static final OnnxEncoder ENCODER;

		static final String PROBLEM;

		static {
			OnnxEncoder encoder = null;
			String problem = null;
			long start = System.nanoTime();
			try {
				Path temp = Path.of(System.getProperty("java.io.tmpdir"));
				if (!Files.isWritable(temp)) {
					throw new IllegalStateException("the temporary folder " + temp + " is not writable");
				}
				encoder = new OnnxEncoder();
				log.info("Search by meaning uses {}, loaded in {} ms", OnnxEncoder.NAME,
						(System.nanoTime() - start) / 1_000_000);
			}
			catch (RuntimeException | LinkageError ex) {
				problem = "the model " + OnnxEncoder.NAME + " could not be loaded (" + ex.getMessage()
						+ "); search is by words alone";
				log.warn("Search by meaning is off: {}", problem, ex);
			}
			ENCODER = encoder;
			PROBLEM = problem;
		}

		/** Does nothing but make sure that the model has been loaded, or has failed to. */
		private static void load() {
		}

	}

}
