package org.abetterway.meetingnotes.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession.SessionOptions;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * An embedding model that ships in a Maven jar, read as its model card says: its pooling (as the jar's own model
 * class sets it) and the prefixes it was trained with for queries and passages.
 */
record ShippedModel(String name, PoolingMode pooling, String queryPrefix, String passagePrefix) {

	static final List<ShippedModel> ALL = List.of(
			new ShippedModel("bge-small-en-v1.5-q", PoolingMode.CLS,
					"Represent this sentence for searching relevant passages: ", ""),
			new ShippedModel("all-minilm-l6-v2-q", PoolingMode.MEAN, "", ""),
			new ShippedModel("e5-small-v2-q", PoolingMode.MEAN, "query: ", "passage: "));

	Encoder load() {
		return new Encoder(this);
	}

	/** The model run on the calling thread with one ONNX thread and no spinning, as the app's {@link OnnxEncoder}. */
	static final class Encoder extends AbstractInProcessEmbeddingModel {

		private final OnnxBertBiEncoder encoder;

		private Encoder(ShippedModel model) {
			super(Runnable::run);
			ClassLoader loader = Encoder.class.getClassLoader();
			try (InputStream onnx = loader.getResourceAsStream(model.name() + ".onnx");
					InputStream tokenizer = loader.getResourceAsStream(model.name() + "-tokenizer.json")) {
				if (onnx == null || tokenizer == null) {
					throw new IllegalStateException(model.name() + " is not on the class path");
				}
				OrtEnvironment environment = OrtEnvironment.getEnvironment();
				SessionOptions options = new SessionOptions();
				options.setIntraOpNumThreads(1);
				options.setInterOpNumThreads(1);
				options.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
				options.addConfigEntry("session.intra_op.allow_spinning", "0");
				options.addConfigEntry("session.inter_op.allow_spinning", "0");
				this.encoder = new OnnxBertBiEncoder(environment, environment.createSession(onnx.readAllBytes(), options),
						tokenizer, model.pooling());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (OrtException ex) {
				throw new IllegalStateException("ONNX Runtime could not load " + model.name(), ex);
			}
		}

		/** The text's meaning, a vector of unit length. */
		float[] vector(String text) {
			return embed(text).content().vector();
		}

		@Override
		protected OnnxBertBiEncoder model() {
			return encoder;
		}

		@Override
		protected Integer knownDimension() {
			return 384;
		}

	}

}
