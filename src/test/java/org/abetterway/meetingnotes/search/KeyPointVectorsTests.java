package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.abetterway.meetingnotes.site.ContentChanged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vectors kept from one import for the next, without the model where nothing is new.
 */
class KeyPointVectorsTests {

	private static final List<String> TEXTS = List.of("Funders. Trust the partners", "Purpose. Say why we meet");

	@TempDir
	Path data;

	@Test
	void anImportWithEveryVectorKeptNeitherEmbedsNorWaitsForTheModel() {
		FakeModel first = new FakeModel(true);
		KeyPointVectors vectors = new KeyPointVectors(first, data);
		List<float[]> made = vectors.embed(TEXTS);
		vectors.contentChanged(new ContentChanged(Instant.now(), null));
		assertThat(first.embedded).hasValue(2);

		FakeModel next = new FakeModel(false);
		List<float[]> kept = new KeyPointVectors(next, data).embed(TEXTS);
		assertThat(kept.get(0)).containsExactly(made.get(0));
		assertThat(kept.get(1)).containsExactly(made.get(1));
		assertThat(next.askedWhetherAvailable).hasValue(0);
		assertThat(next.embedded).hasValue(0);
	}

	@Test
	void aNewTextIsLeftWithoutAVectorWhenTheModelCannotBeLoaded() {
		FakeModel broken = new FakeModel(false);
		assertThat(new KeyPointVectors(broken, data).embed(TEXTS)).containsOnlyNulls().hasSize(2);
		assertThat(broken.askedWhetherAvailable).hasValue(1);
	}

	@Test
	void aPointOfSeveralSentencesGetsAVectorForEachAndAPointOfOneForItsWholeOnly() {
		FakeModel model = new FakeModel(true);
		List<KeyPointVectors.Meaning> meanings = new KeyPointVectors(model, data).meanings(List.of(
				new KeyPointVectors.PointText("Barriers", "Resources.",
						"A partnership needs resources to last. Funders rarely pay for them. Yes."),
				new KeyPointVectors.PointText(null, null, "Trust the partners you work with.")));
		// "Resources." and "Yes." are too short to stand alone
		assertThat(meanings.get(0).whole()).isNotNull();
		assertThat(meanings.get(0).sentences()).hasSize(2);
		assertThat(meanings.get(1).whole()).isNotNull();
		assertThat(meanings.get(1).sentences()).isEmpty();
		assertThat(model.embedded).hasValue(4);
	}

	/** A model that is wanted, whose vectors are made from the text's length, and that counts what it is asked. */
	private static final class FakeModel extends MeaningModel {

		private final boolean loads;

		final AtomicInteger askedWhetherAvailable = new AtomicInteger();

		final AtomicInteger embedded = new AtomicInteger();

		FakeModel(boolean loads) {
			// not enabled for the real model, which is then never loaded; enabled() says it is wanted
			super(false, Path.of("unused"));
			this.loads = loads;
		}

		@Override
		boolean enabled() {
			return true;
		}

		@Override
		public boolean awaitLoaded() {
			askedWhetherAvailable.incrementAndGet();
			return loads;
		}

		@Override
		public float[] passage(String text) {
			embedded.incrementAndGet();
			float[] vector = new float[OnnxEncoder.DIMENSIONS];
			vector[text.length() % vector.length] = 1;
			return vector;
		}

	}

}
