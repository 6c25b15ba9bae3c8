package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.abetterway.meetingnotes.search.MeaningIndex.Point;
import org.junit.jupiter.api.Test;

/**
 * A text said in many meetings has one vector, held once in memory however it was read: from an import, from the
 * database or from the file kept for a restart.
 */
class MeaningVectorsTests {

	@Test
	void vectorsWithTheSameValuesAreHeldAsOneArray() {
		MeaningVectors.Builder builder = new MeaningVectors.Builder();
		// the same values read twice, as a restart reads every row into arrays of its own
		builder.put(1, new float[] { 0.6f, 0.8f }, List.of(new float[] { 1f, 0f }, new float[] { 0f, 1f }));
		builder.put(2, new float[] { 0.6f, 0.8f }, List.of(new float[] { 1f, 0f }, new float[] { 0f, 1f }));
		builder.put(3, new float[] { 0.8f, 0.6f }, List.of(new float[] { 0f, 1f }));

		MeaningVectors held = builder.build(List.of(point(1), point(2), point(3)));

		assertThat(held.wholes[1]).isSameAs(held.wholes[0]);
		assertThat(held.sentences[1][0]).isSameAs(held.sentences[0][0]);
		assertThat(held.sentences[2][0]).isSameAs(held.sentences[0][1]);
		// other values stay apart, and every row keeps its own values
		assertThat(held.wholes[2]).isNotSameAs(held.wholes[0]).containsExactly(0.8f, 0.6f);
		assertThat(held.sentences[0][0]).isNotSameAs(held.sentences[0][1]);
		assertThat(held.wholes[0]).containsExactly(0.6f, 0.8f);
	}

	@Test
	void aVectorDiffersFromAnotherByAnyOfItsValues() {
		MeaningVectors.Distinct distinct = new MeaningVectors.Distinct();
		float[] first = { 0.1f, 0.2f, 0.3f };
		assertThat(distinct.of(first)).isSameAs(first);
		assertThat(distinct.of(new float[] { 0.1f, 0.2f, 0.3f })).isSameAs(first);
		assertThat(distinct.of(new float[] { 0.1f, 0.2f, 0.30001f })).isNotSameAs(first);
		assertThat(distinct.of(new float[] { 0.1f, 0.2f })).isNotSameAs(first);
	}

	private static Point point(long id) {
		return new Point(id, "a-meeting", List.of());
	}

}
