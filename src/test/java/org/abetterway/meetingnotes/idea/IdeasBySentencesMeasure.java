package org.abetterway.meetingnotes.idea;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.KeyPointVector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Not a test but a measurement, run by hand: the ideas of the Joining Forces test notes by whole vectors alone, and by
 * whole vectors or the key points' stored sentence vectors at a few sentence thresholds, printed for reading:
 * {@code ./mvnw test -Dtest=IdeasBySentencesMeasure -Dideas.measure=true}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "ideas.measure", matches = "true")
class IdeasBySentencesMeasure {

	@Autowired
	KeyPointRepository keyPoints;

	@Autowired
	EntityManager entityManager;

	@Test
	@Transactional(readOnly = true)
	void printTheIdeasOfEachSetting() {
		Map<Long, KeyPoint> stored = keyPoints.findAll().stream()
			.collect(Collectors.toMap(KeyPoint::getId, Function.identity()));
		List<IdeaPoint> points = entityManager.createQuery("select v from KeyPointVector v", KeyPointVector.class)
			.getResultStream()
			.map(vector -> {
				KeyPoint point = stored.get(vector.getKeyPoint().getId());
				return new IdeaPoint(point.getId(), point.getMeeting().getSlug(), point.getAnchor(),
						vector.getEmbedding(), vector.getSentenceEmbeddings());
			})
			.toList();
		print("whole, threshold 0.10", new IdeaGrouping.Settings(0.10, 0, 8, 10, PointSimilarity.WHOLE), points, stored);
		for (double sentences : new double[] { 0.14, 0.16, 0.19, 0.22 }) {
			print("whole 0.10 or sentences %.2f".formatted(sentences),
					new IdeaGrouping.Settings(0.10, sentences, 8, 10, PointSimilarity.WHOLE_OR_SENTENCES), points, stored);
		}
	}

	private static void print(String setting, IdeaGrouping.Settings settings, List<IdeaPoint> points,
			Map<Long, KeyPoint> stored) {
		List<IdeaGrouping.Group> groups = IdeaGrouping.of(settings, points);
		System.out.printf("== %s: %d ideas%n", setting, groups.size());
		for (IdeaGrouping.Group group : groups) {
			for (IdeaPoint member : group.points()) {
				System.out.printf("  %s %s#%s: %s%n", member == group.naming() ? "*" : " ", member.meetingSlug(),
						member.anchor(), stored.get(member.id()).getText());
			}
			System.out.println();
		}
	}

}
