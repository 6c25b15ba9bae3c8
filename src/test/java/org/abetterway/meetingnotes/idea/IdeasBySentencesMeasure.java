package org.abetterway.meetingnotes.idea;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.KeyPointVector;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Not a test but a measurement, run by hand: the ideas of the Joining Forces test notes by whole vectors, beside whole
 * vectors and sentence vectors (each key point cut at full stops, sentences of three words or more, embedded here) at
 * a few thresholds, printed for reading: {@code ./mvnw test -Dtest=IdeasBySentencesMeasure -Dideas.measure=true}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "ideas.measure", matches = "true")
class IdeasBySentencesMeasure {

	@Autowired
	KeyPointRepository keyPoints;

	@Autowired
	MeaningModel model;

	@Autowired
	EntityManager entityManager;

	@Test
	@Transactional(readOnly = true)
	void printTheIdeasOfBothSimilarities() {
		List<KeyPoint> stored = keyPoints.findAll();
		List<IdeaPoint> points = new ArrayList<>();
		for (KeyPoint point : stored) {
			List<float[]> sentences = new ArrayList<>();
			for (String sentence : point.getText().split("(?<=[.!?])\\s+")) {
				if (sentence.strip().split("\\s+").length >= 3) {
					sentences.add(model.passage(sentence.strip()));
				}
			}
			points.add(new IdeaPoint(point.getId(), point.getMeeting().getSlug(), point.getAnchor(),
					entityManager.find(KeyPointVector.class, point.getId()).getEmbedding(), sentences));
		}
		for (PointSimilarity similarity : PointSimilarity.values()) {
			for (double threshold : new double[] { 0.08, 0.10, 0.12 }) {
				List<IdeaGrouping.Group> groups = IdeaGrouping.of(new IdeaGrouping.Settings(threshold, 8, 10, similarity),
						points);
				System.out.printf("== %s, threshold %.2f: %d ideas%n", similarity, threshold, groups.size());
				for (IdeaGrouping.Group group : groups) {
					for (IdeaPoint member : group.points()) {
						String text = stored.stream().filter(p -> p.getId() == member.id()).findFirst().orElseThrow().getText();
						System.out.printf("  %s %s#%s: %s%n", member == group.naming() ? "*" : " ", member.meetingSlug(),
								member.anchor(), text);
					}
					System.out.println();
				}
			}
		}
	}

}
