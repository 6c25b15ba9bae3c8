package org.abetterway.meetingnotes.idea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.abetterway.meetingnotes.idea.NearestNeighbours.Nearest;
import org.abetterway.meetingnotes.search.VectorValues;
import org.jspecify.annotations.Nullable;

/**
 * Groups key points of different meetings that say the same thing. Two points are linked when they are closer than
 * either is to its usual neighbours in other meetings (twice the similarity less each one's mean similarity to its
 * {@code neighbours} nearest points of other meetings), so that a point close to everything links to nothing; closer
 * by the whole points' vectors, or, when sentences are read, by their closest sentences, each by its own threshold. A
 * group holds only points that are all linked to each other (complete linkage), so that no chain of loosely related
 * points makes one large group. Groups grow from the most clearly linked pairs first, up to {@code maxPoints}; a point
 * is in one group at most, and a group that stays within one meeting is no idea. The same points, in any order, give
 * the same groups.
 */
final class IdeaGrouping {

	/**
	 * @param threshold how much closer than their usual neighbours two points' whole vectors must be to be linked
	 * @param sentenceThreshold how much closer their closest sentences must be, when sentences are read
	 * @param maxPoints the most points an idea holds
	 * @param neighbours how many of a point's nearest others measure its usual closeness
	 * @param similarity whether sentences are read besides the whole points
	 */
	record Settings(double threshold, double sentenceThreshold, int maxPoints, int neighbours,
			PointSimilarity similarity) {
	}

	/** Points of at least two meetings, in the order of their meetings' slugs and anchors, and the most central. */
	record Group(List<IdeaPoint> points, IdeaPoint naming) {
	}

	private final Settings settings;

	private final IdeaPoint[] points;

	/** How close each point's whole usually is to points of other meetings. */
	private final double[] usual;

	/** How close each point's closest sentences usually are to those of points of other meetings. */
	private final double[] usualSentences;

	private IdeaGrouping(Settings settings, List<IdeaPoint> input) {
		this.settings = settings;
		this.points = input.stream()
			.sorted(Comparator.comparing(IdeaPoint::meetingSlug).thenComparing(IdeaPoint::anchor))
			.toArray(IdeaPoint[]::new);
		this.usual = new double[points.length];
		this.usualSentences = new double[points.length];
		Arrays.fill(usualSentences, Double.NaN);
	}

	static List<Group> of(Settings settings, List<IdeaPoint> points) {
		return new IdeaGrouping(settings, points).groups();
	}

	private List<Group> groups() {
		List<Link> links = links(candidates());
		int[] groupOf = new int[points.length];
		List<List<Integer>> members = new ArrayList<>();
		for (int i = 0; i < points.length; i++) {
			groupOf[i] = i;
			members.add(new ArrayList<>(List.of(i)));
		}
		for (Link link : links) {
			int a = groupOf[link.a()];
			int b = groupOf[link.b()];
			if (a == b || members.get(a).size() + members.get(b).size() > settings.maxPoints()
					|| !allLinked(members.get(a), members.get(b))) {
				continue;
			}
			for (int i : members.get(b)) {
				groupOf[i] = a;
			}
			members.get(a).addAll(members.get(b));
			members.get(b).clear();
		}
		List<Group> groups = new ArrayList<>();
		for (List<Integer> group : members) {
			if (group.stream().map(i -> points[i].meetingSlug()).distinct().count() >= 2) {
				List<Integer> ordered = group.stream().sorted().toList();
				groups.add(new Group(ordered.stream().map(i -> points[i]).toList(), points[mostCentral(ordered)]));
			}
		}
		return groups;
	}

	/**
	 * For each point, the points of other meetings worth linking it to: the next few with the same vector, then those
	 * of its nearest distinct vectors, by the whole and by sentences; and, from these, its usual closeness by each.
	 * Comparing distinct vectors only keeps a text repeated in many meetings from costing a comparison for every copy.
	 */
	private int[][] candidates() {
		Map<VectorValues, List<Integer>> byVector = new LinkedHashMap<>();
		for (int i = 0; i < points.length; i++) {
			byVector.computeIfAbsent(new VectorValues(points[i].whole()), key -> new ArrayList<>()).add(i);
		}
		List<List<Integer>> sharing = List.copyOf(byVector.values());
		int[] vectorOf = new int[points.length];
		for (int v = 0; v < sharing.size(); v++) {
			for (int i : sharing.get(v)) {
				vectorOf[i] = v;
			}
		}
		// enough that, whichever of them are the point's own meeting's, the others make up the count
		int largestMeeting = Arrays.stream(points).collect(Collectors.groupingBy(IdeaPoint::meetingSlug,
				Collectors.counting())).values().stream().mapToInt(Long::intValue).max().orElse(0);
		int wanted = settings.neighbours() + largestMeeting;
		Nearest byWhole = NearestNeighbours.of(
				sharing.stream().map(same -> points[same.get(0)].whole()).toArray(float[][]::new), wanted);
		@Nullable Nearest bySentences = settings.similarity().readsSentences()
				? NearestBySentences.of(sharing.stream().map(same -> points[same.get(0)].sentencesOrWhole()).toList(),
						2 * wanted)
				: null;
		int[][] candidates = new int[points.length][];
		for (int i = 0; i < points.length; i++) {
			Set<Integer> mine = new HashSet<>();
			// the copies after this one, round the list, so that every copy has some not yet taken
			List<Integer> copies = sharing.get(vectorOf[i]);
			int at = copies.indexOf(i);
			for (int n = 1; n < copies.size() && mine.size() < settings.neighbours(); n++) {
				int j = copies.get((at + n) % copies.size());
				if (otherMeeting(i, j)) {
					mine.add(j);
				}
			}
			int v = vectorOf[i];
			usual[i] = nearestOthers(i, byWhole.indices()[v], byWhole.scores()[v], sharing, mine);
			if (bySentences != null) {
				usualSentences[i] = nearestOthers(i, bySentences.indices()[v], bySentences.scores()[v], sharing, mine);
			}
			// sorted primitive ints: tens of thousands of sets of boxed ones filled the heap at 2,000 meetings
			candidates[i] = mine.stream().mapToInt(Integer::intValue).sorted().toArray();
		}
		return candidates;
	}

	/**
	 * Adds to {@code mine} a few points of other meetings among the nearest distinct vectors, so that checking the
	 * links stays quick with thousands of meetings, and answers the mean score of the first {@code neighbours} of
	 * them: NaN, so never linked, for a point with none.
	 */
	private double nearestOthers(int i, int[] nearest, float[] scores, List<List<Integer>> sharing, Set<Integer> mine) {
		int limit = settings.neighbours();
		int added = 0;
		double sum = 0;
		int seen = 0;
		for (int n = 0; n < nearest.length && seen < limit; n++) {
			List<Integer> others = othersOf(i, sharing.get(nearest[n]));
			if (others.isEmpty()) {
				continue;
			}
			for (int j = 0; j < others.size() && added < limit; j++) {
				if (mine.add(others.get(j))) {
					added++;
				}
			}
			sum += scores[n];
			seen++;
		}
		return seen == 0 ? Double.NaN : sum / seen;
	}

	/** The pairs of points of different meetings that are linked, the most clearly first. */
	private List<Link> links(int[][] candidates) {
		List<Link> links = new ArrayList<>();
		for (int i = 0; i < points.length; i++) {
			for (int j : candidates[i]) {
				// a pair that is a candidate both ways is scored once, from its lower point
				if (j > i || Arrays.binarySearch(candidates[j], i) < 0) {
					int a = Math.min(i, j);
					int b = Math.max(i, j);
					double margin = margin(a, b);
					if (margin >= 0) {
						links.add(new Link(a, b, margin));
					}
				}
			}
		}
		links.sort(Comparator.comparingDouble(Link::margin).reversed().thenComparingInt(Link::a)
			.thenComparingInt(Link::b));
		return links;
	}

	private record Link(int a, int b, double margin) {
	}

	private boolean allLinked(List<Integer> a, List<Integer> b) {
		return a.stream().allMatch(i -> b.stream().allMatch(j -> linked(i, j)));
	}

	private boolean linked(int a, int b) {
		return margin(a, b) >= 0;
	}

	/**
	 * How far past its threshold the clearer of the two kinds of evidence takes a pair: how much closer two points are
	 * than each usually is to others, by the whole or by sentences. NaN, so never linked, for a lone point.
	 */
	private double margin(int a, int b) {
		double whole = 2 * PointSimilarity.whole(points[a], points[b]) - usual[a] - usual[b] - settings.threshold();
		if (!settings.similarity().readsSentences()) {
			return whole;
		}
		double sentences = 2 * PointSimilarity.sentences(points[a], points[b]) - usualSentences[a] - usualSentences[b]
				- settings.sentenceThreshold();
		return Double.isNaN(whole) || Double.isNaN(sentences) ? Double.NaN : Math.max(whole, sentences);
	}

	/** The member most like the others; the first in order among equals. */
	private int mostCentral(List<Integer> group) {
		int best = group.get(0);
		double bestSum = Double.NEGATIVE_INFINITY;
		for (int i : group) {
			double sum = 0;
			for (int j : group) {
				if (i != j) {
					sum += PointSimilarity.whole(points[i], points[j]);
				}
			}
			if (sum > bestSum) {
				best = i;
				bestSum = sum;
			}
		}
		return best;
	}

	private List<Integer> othersOf(int i, List<Integer> points) {
		return points.stream().filter(j -> otherMeeting(i, j)).toList();
	}

	private boolean otherMeeting(int i, int j) {
		return !points[i].meetingSlug().equals(points[j].meetingSlug());
	}

}
