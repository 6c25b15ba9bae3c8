package org.abetterway.meetingnotes.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

/**
 * The vectors of readers' queries, made on a thread of their own while the words' search runs, and kept for the
 * queries asked most recently: the next page, a ticked theme and a search's feed ask for the same words again.
 */
@Component
class QueryVectors {

	/** About 1.5 KB each: a few hundred queries is well under a megabyte. */
	static final int KEPT = 512;

	private final MeaningModel model;

	private final Map<String, float[]> recent = new LinkedHashMap<>(KEPT, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
			return size() > KEPT;
		}

	};

	private final ExecutorService embedding = Executors.newFixedThreadPool(
			Runtime.getRuntime().availableProcessors(), runnable -> {
				Thread thread = new Thread(runnable, "query-embedding");
				thread.setDaemon(true);
				return thread;
			});

	QueryVectors(MeaningModel model) {
		this.model = model;
	}

	/** The query's vector, made now on another thread unless it was asked for recently. */
	CompletableFuture<float[]> of(String query) {
		float[] kept;
		synchronized (recent) {
			kept = recent.get(query);
		}
		if (kept != null) {
			return CompletableFuture.completedFuture(kept);
		}
		return CompletableFuture.supplyAsync(() -> {
			float[] made = model.query(query);
			synchronized (recent) {
				recent.put(query, made);
			}
			return made;
		}, embedding);
	}

	@PreDestroy
	void stop() {
		embedding.shutdownNow();
	}

}
