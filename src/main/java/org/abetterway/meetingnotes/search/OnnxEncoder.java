package org.abetterway.meetingnotes.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;

/**
 * The BGE small English model that ships in its Maven artifact, run by ONNX Runtime on the calling thread with one
 * thread of its own and no spinning: a reader's query must not take both cores from the other readers.
 */
// Not langchain4j's ready-made model class: it builds a default session, with busy-waiting threads, when loaded.
final class OnnxEncoder extends AbstractInProcessEmbeddingModel {

	static final String NAME = "bge-small-en-v1.5-q";

	static final int DIMENSIONS = 384;

	private final OnnxBertBiEncoder encoder;

	OnnxEncoder() {
		// embedAll runs on the caller's thread; callers that want both cores split the work themselves
		super(Runnable::run);
		ClassLoader loader = OnnxEncoder.class.getClassLoader();
		try (InputStream model = loader.getResourceAsStream(NAME + ".onnx");
				InputStream tokenizer = loader.getResourceAsStream(NAME + "-tokenizer.json")) {
			if (model == null || tokenizer == null) {
				throw new IllegalStateException("the model " + NAME + " is not on the class path");
			}
			OrtEnvironment environment = OrtEnvironment.getEnvironment();
			SessionOptions options = new SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setInterOpNumThreads(1);
			options.setExecutionMode(SessionOptions.ExecutionMode.SEQUENTIAL);
			options.addConfigEntry("session.intra_op.allow_spinning", "0");
			options.addConfigEntry("session.inter_op.allow_spinning", "0");
			// a query's few tensors are allocated and freed each time, instead of held in an arena that keeps the
			// largest batch the import ever embedded: 12-22 MB less resident, at the same speed
			options.setCPUArenaAllocator(false);
			options.setMemoryPatternOptimization(false);
			OrtSession session = environment.createSession(model.readAllBytes(), options);
			this.encoder = new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.CLS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (OrtException ex) {
			throw new IllegalStateException("ONNX Runtime could not load " + NAME, ex);
		}
	}

	/** The text's meaning, a vector of unit length (the encoder normalises it). */
	float[] vector(String text) {
		return embed(text).content().vector();
	}

	@Override
	protected OnnxBertBiEncoder model() {
		return encoder;
	}

	@Override
	protected Integer knownDimension() {
		return DIMENSIONS;
	}

}
