package org.abetterway.meetingnotes.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Milliseconds per query vector on one thread. The models take turns query by query, so that a shared machine's
 * changing load falls on all of them alike.
 */
final class QueryTiming {

	/** Mean, median and p90 in milliseconds. */
	record Figures(double mean, double median, double p90) {
	}

	private QueryTiming() {
	}

	/** For each way of embedding, its figures in the round with the lowest mean of three, after a warm-up. */
	static Map<String, Figures> time(Map<String, Function<String, float[]>> embeddings, List<String> queries) {
		embeddings.values().forEach(embedding -> queries.forEach(embedding::apply));
		Map<String, Figures> best = new LinkedHashMap<>();
		for (int round = 0; round < 3; round++) {
			Map<String, double[]> ms = new LinkedHashMap<>();
			embeddings.keySet().forEach(name -> ms.put(name, new double[queries.size()]));
			for (int i = 0; i < queries.size(); i++) {
				for (Map.Entry<String, Function<String, float[]>> embedding : embeddings.entrySet()) {
					long start = System.nanoTime();
					embedding.getValue().apply(queries.get(i));
					ms.get(embedding.getKey())[i] = (System.nanoTime() - start) / 1e6;
				}
			}
			ms.forEach((name, times) -> {
				double mean = Arrays.stream(times).average().orElse(0);
				Arrays.sort(times);
				Figures figures = new Figures(mean, times[times.length / 2], times[(int) (times.length * 0.9)]);
				best.merge(name, figures, (old, now) -> now.mean() < old.mean() ? now : old);
			});
		}
		return best;
	}

}
