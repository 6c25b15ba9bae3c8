package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How the words' and the meaning's rankings make one.
 */
class FusionTests {

	@Test
	void aKeyPointBothSidesFoundComesBeforeEitherSidesAlone() {
		List<Fusion.Ranked> ranked = Fusion.fuse(List.of(1L, 2L), List.of(3L, 2L), 1.0);
		assertThat(ranked).extracting(Fusion.Ranked::id).first().isEqualTo(2L);
		assertThat(ranked.get(0).byWords()).isTrue();
		assertThat(ranked.get(0).byMeaning()).isTrue();
	}

	@Test
	void theMeaningsWeightDecidesBetweenTwoFirstPlaces() {
		assertThat(Fusion.fuse(List.of(1L), List.of(2L), 3.0)).extracting(Fusion.Ranked::id).containsExactly(2L, 1L);
		assertThat(Fusion.fuse(List.of(1L), List.of(2L), 0.5)).extracting(Fusion.Ranked::id).containsExactly(1L, 2L);
	}

	@Test
	void withoutMeaningTheWordsOrderIsKept() {
		assertThat(Fusion.fuse(List.of(5L, 3L, 9L), List.of(), 3.0)).extracting(Fusion.Ranked::id)
			.containsExactly(5L, 3L, 9L);
		assertThat(Fusion.fuse(List.of(5L, 3L, 9L), List.of(), 3.0)).noneMatch(Fusion.Ranked::byMeaning);
	}

	@Test
	void eachKeyPointIsListedOnceAndSaysWhichSidesFoundIt() {
		List<Fusion.Ranked> ranked = Fusion.fuse(List.of(1L, 2L), List.of(2L, 4L), 3.0);
		assertThat(ranked).extracting(Fusion.Ranked::id).containsExactlyInAnyOrder(1L, 2L, 4L);
		assertThat(ranked).filteredOn(hit -> hit.id() == 4L).singleElement()
			.satisfies(hit -> assertThat(hit.byWords()).isFalse());
	}

}
