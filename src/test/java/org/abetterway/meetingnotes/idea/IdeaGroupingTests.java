package org.abetterway.meetingnotes.idea;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.abetterway.meetingnotes.idea.IdeaGrouping.Group;
import org.abetterway.meetingnotes.idea.IdeaGrouping.Settings;
import org.junit.jupiter.api.Test;

/**
 * The grouping on made-up vectors whose likeness is known. As with the model's vectors, every point shares a common
 * direction, so that unrelated points have cosines of about 0.67 spread narrowly around it; a point that says the same
 * thing as another is its vector with a little noise.
 */
class IdeaGroupingTests {

	static final Settings SETTINGS = new Settings(0.10, 0.19, 8, 10, PointSimilarity.WHOLE);

	final Random random = new Random(42);

	final List<IdeaPoint> points = new ArrayList<>();

	final float[] common = direction();

	@Test
	void pointsOfDifferentMeetingsThatSayTheSameThingMakeOneIdea() {
		float[] idea = randomVector();
		add("a", "same", near(idea, 0.3));
		add("b", "same", near(idea, 0.3));
		background(40);

		assertThat(anchorsOf(IdeaGrouping.of(SETTINGS, points))).containsExactly(List.of("a#same", "b#same"));
	}

	@Test
	void unrelatedPointsAndPointsOfOneMeetingMakeNoIdea() {
		float[] idea = randomVector();
		add("a", "one", near(idea, 0.3));
		add("a", "two", near(idea, 0.3));
		background(40);

		assertThat(IdeaGrouping.of(SETTINGS, points)).isEmpty();
	}

	@Test
	void aChainOfLooselyRelatedPointsIsNotOneIdea() {
		float[] first = randomVector();
		float[] last = randomVector();
		add("a", "first", first);
		add("b", "between", normalised(sum(first, last)));
		add("c", "last", last);
		background(40);

		List<Group> groups = IdeaGrouping.of(SETTINGS, points);

		assertThat(groups).hasSize(1);
		assertThat(anchorsOf(groups).get(0)).hasSize(2).contains("b#between");
	}

	@Test
	void aPointOneOfWhoseSentencesSaysWhatAnotherSaysMakesAnIdeaWithIt() {
		float[] said = randomVector();
		add("a", "short", said);
		points.add(new IdeaPoint(points.size(), "b", "long", randomVector(),
				List.of(near(said, 0.2), randomVector(), randomVector())));
		background(40);

		assertThat(IdeaGrouping.of(SETTINGS, points)).isEmpty();
		assertThat(anchorsOf(IdeaGrouping.of(new Settings(0.10, 0.19, 8, 10, PointSimilarity.WHOLE_OR_SENTENCES),
				points)))
			.containsExactly(List.of("a#short", "b#long"));
	}

	@Test
	void noIdeaHoldsMoreThanItsMostPoints() {
		float[] idea = randomVector();
		for (int meeting = 0; meeting < 5; meeting++) {
			add("m" + meeting, "same", near(idea, 0.2));
		}
		background(40);

		List<Group> groups = IdeaGrouping.of(new Settings(0.10, 0.19, 3, 10, PointSimilarity.WHOLE), points);

		assertThat(groups).hasSize(2).allSatisfy(group -> assertThat(group.points()).hasSizeBetween(2, 3));
	}

	@Test
	void aTextRepeatedWordForWordInManyMeetingsMakesIdeasOfItsCopies() {
		float[] copy = randomVector();
		for (int meeting = 0; meeting < 20; meeting++) {
			add("m" + meeting, "copy", copy);
		}
		background(40);

		assertThat(IdeaGrouping.of(SETTINGS, points)).hasSize(3)
			.allSatisfy(group -> assertThat(group.points()).allMatch(point -> point.anchor().equals("copy")));
	}

	@Test
	void theSamePointsInAnyOrderGiveTheSameIdeasNamedAlike() {
		for (int idea = 0; idea < 5; idea++) {
			float[] said = randomVector();
			for (int meeting = 0; meeting < 2 + idea; meeting++) {
				add("m" + meeting, "idea-" + idea, near(said, 0.4));
			}
		}
		background(60);
		List<Group> first = IdeaGrouping.of(SETTINGS, points);
		List<IdeaPoint> shuffled = new ArrayList<>(points);
		Collections.shuffle(shuffled, new Random(7));

		List<Group> again = IdeaGrouping.of(SETTINGS, shuffled);

		assertThat(first).hasSize(5);
		assertThat(anchorsOf(again)).isEqualTo(anchorsOf(first));
		assertThat(again.stream().map(group -> group.naming().anchor() + group.naming().meetingSlug()))
			.containsExactlyElementsOf(first.stream().map(group -> group.naming().anchor() + group.naming().meetingSlug()).toList());
	}

	@Test
	void theNamingPointIsTheOneMostLikeTheOthers() {
		float[] idea = randomVector();
		add("a", "centre", idea);
		add("b", "left", near(idea, 0.5));
		add("c", "right", near(idea, 0.5));
		background(40);

		assertThat(IdeaGrouping.of(SETTINGS, points)).singleElement()
			.satisfies(group -> assertThat(group.naming().anchor()).isEqualTo("centre"));
	}

	private void add(String meeting, String anchor, float[] vector) {
		points.add(new IdeaPoint(points.size(), meeting, anchor, vector, List.of()));
	}

	/** Points with nothing in common, one a meeting, which give every point its usual closeness to others. */
	private void background(int count) {
		for (int i = 0; i < count; i++) {
			add("background-" + i, "noise", randomVector());
		}
	}

	private static List<List<String>> anchorsOf(List<Group> groups) {
		return groups.stream()
			.map(group -> group.points().stream().map(point -> point.meetingSlug() + "#" + point.anchor()).toList())
			.toList();
	}

	/** What one point says: the common direction and a random one of its own. */
	private float[] randomVector() {
		float[] own = direction();
		float[] vector = new float[own.length];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = common[i] + 0.7f * own[i];
		}
		return normalised(vector);
	}

	private float[] direction() {
		float[] vector = new float[384];
		for (int i = 0; i < vector.length; i++) {
			vector[i] = (float) random.nextGaussian();
		}
		return normalised(vector);
	}

	/** The vector moved by noise of about {@code amount} of its length. */
	private float[] near(float[] vector, double amount) {
		float[] noise = direction();
		float[] moved = new float[vector.length];
		for (int i = 0; i < moved.length; i++) {
			moved[i] = (float) (vector[i] + amount * noise[i]);
		}
		return normalised(moved);
	}

	private static float[] sum(float[] a, float[] b) {
		float[] sum = new float[a.length];
		for (int i = 0; i < sum.length; i++) {
			sum[i] = a[i] + b[i];
		}
		return sum;
	}

	private static float[] normalised(float[] vector) {
		double length = 0;
		for (float value : vector) {
			length += value * value;
		}
		float[] unit = new float[vector.length];
		for (int i = 0; i < unit.length; i++) {
			unit[i] = (float) (vector[i] / Math.sqrt(length));
		}
		return unit;
	}

}
