package org.abetterway.meetingnotes.idea;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.abetterway.meetingnotes.idea.NearestNeighbours.Nearest;

/**
 * For each of a set of points, the others whose closest sentences are nearest to one of its own, nearest first, each
 * scored by its closest pair of sentences: one search among every sentence of every point.
 */
final class NearestBySentences {

	private NearestBySentences() {
	}

	/**
	 * @param sentencesOfEach each point's sentence vectors
	 * @param perSentence how many nearest sentences of each sentence to look among
	 */
	static Nearest of(List<List<float[]>> sentencesOfEach, int perSentence) {
		List<float[]> sentences = new ArrayList<>();
		List<Integer> ownerOf = new ArrayList<>();
		for (int point = 0; point < sentencesOfEach.size(); point++) {
			for (float[] sentence : sentencesOfEach.get(point)) {
				sentences.add(sentence);
				ownerOf.add(point);
			}
		}
		Nearest nearest = NearestNeighbours.of(sentences.toArray(float[][]::new), perSentence);
		int[][] indices = new int[sentencesOfEach.size()][];
		float[][] scores = new float[sentencesOfEach.size()][];
		Map<Integer, Float> closest = new HashMap<>();
		for (int s = 0; s < sentences.size(); s++) {
			int point = ownerOf.get(s);
			for (int n = 0; n < nearest.indices()[s].length; n++) {
				int other = ownerOf.get(nearest.indices()[s][n]);
				if (other != point) {
					closest.merge(other, nearest.scores()[s][n], Math::max);
				}
			}
			if (s + 1 == sentences.size() || ownerOf.get(s + 1) != point) {
				List<Map.Entry<Integer, Float>> ordered = new ArrayList<>(closest.entrySet());
				ordered.sort(Map.Entry.<Integer, Float>comparingByValue().reversed()
					.thenComparing(Map.Entry.comparingByKey()));
				indices[point] = ordered.stream().mapToInt(Map.Entry::getKey).toArray();
				scores[point] = new float[ordered.size()];
				for (int n = 0; n < ordered.size(); n++) {
					scores[point][n] = ordered.get(n).getValue();
				}
				closest.clear();
			}
		}
		return new Nearest(indices, scores);
	}

}
