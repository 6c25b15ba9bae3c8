package org.abetterway.meetingnotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Everyday subjects the notes never discuss (cooking, sport, gadgets, travel, …), read by the model as key points
 * are: how close a query comes to the nearest of them says whether a query that is only loosely close to the notes
 * is about them at all. The model's similarities bunch together, so that "chess opening theory" comes as close to
 * some key point as a reader's loose paraphrase does; it comes closer still to "chess, board games".
 */
@Component
class ElsewhereTopics {

	static final String RESOURCE = "search/elsewhere-topics.txt";

	private final MeaningModel model;

	/** The subjects' vectors. */
	private volatile float @Nullable [][] vectors;

	ElsewhereTopics(MeaningModel model) {
		this.model = model;
	}

	/** Made once the app is ready, on a thread of its own, so that no reader's first search waits for them. */
	@EventListener(ApplicationReadyEvent.class)
	void prepare() {
		if (model.enabled()) {
			Thread preparing = new Thread(() -> {
				if (model.awaitLoaded()) {
					vectors();
				}
			}, "elsewhere-topics");
			preparing.setDaemon(true);
			preparing.start();
		}
	}

	/** The query's similarity to the closest of the subjects; the model must have loaded. */
	float closeness(float[] query) {
		return MeaningVectors.best(query, vectors());
	}

	/** The subjects' vectors, made once, the first time a query needs them: a few dozen short texts. */
	private float[][] vectors() {
		float[][] made = vectors;
		if (made == null) {
			synchronized (this) {
				made = vectors;
				if (made == null) {
					made = topics().stream().map(model::passage).toArray(float[][]::new);
					vectors = made;
				}
			}
		}
		return made;
	}

	static List<String> topics() {
		try {
			return new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
