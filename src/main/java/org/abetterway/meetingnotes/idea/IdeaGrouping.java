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

/**
 * Groups key points of different meetings that say the same thing. Two points are linked when they are closer than
 * either is to its usual neighbours in other meetings (twice the similarity less each one's mean similarity to its
 * {@code neighbours} nearest points of other meetings), so that a point close to everything links to nothing. A group
 * holds only points that are all linked to each other
 * (complete linkage), so that no chain of loosely related points makes one large group. Groups grow from the closest
 * pairs first, up to {@code maxPoints}; a point is in one group at most, and a group that stays within one meeting is
 * no idea. The same points, in any order, give the same groups.
 */
final class IdeaGrouping {

	/**
	 * @param threshold how much closer than their usual neighbours two points must be to be linked
	 * @param maxPoints the most points an idea holds
	 * @param neighbours how many of a point's nearest others measure its usual closeness
	 * @param similarity how alike two points are
	 */
	record Settings(double threshold, int maxPoints, int neighbours, PointSimilarity similarity) {
	}

	/** Points of at least two meetings, in the order of their meetings' slugs and anchors, and the most central. */
	record Group(List<IdeaPoint> points, IdeaPoint naming) {
	}

	private final Settings settings;

	private final IdeaPoint[] points;

	/** How close each point usually is to points of other meetings. */
	private final double[] usual;

	private IdeaGrouping(Settings settings, List<IdeaPoint> input) {
		this.settings = settings;
		this.points = input.stream()
			.sorted(Comparator.comparing(IdeaPoint::meetingSlug).thenComparing(IdeaPoint::anchor))
			.toArray(IdeaPoint[]::new);
		this.usual = new double[points.length];
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
	 * of its nearest distinct vectors; and, from these, its usual closeness. Comparing distinct vectors only keeps a
	 * text repeated in many meetings from costing a comparison for every copy.
	 */
	private List<Set<Integer>> candidates() {
		Map<VectorKey, List<Integer>> byVector = new LinkedHashMap<>();
		for (int i = 0; i < points.length; i++) {
			byVector.computeIfAbsent(new VectorKey(points[i].whole()), key -> new ArrayList<>()).add(i);
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
		int[][] nearest = NearestNeighbours.of(
				sharing.stream().map(same -> points[same.get(0)].whole()).toArray(float[][]::new),
				settings.neighbours() + largestMeeting);
		int limit = settings.neighbours();
		List<Set<Integer>> candidates = new ArrayList<>();
		for (int i = 0; i < points.length; i++) {
			Set<Integer> mine = new HashSet<>();
			// the copies after this one, round the list, so that every copy has some not yet taken
			List<Integer> copies = sharing.get(vectorOf[i]);
			int at = copies.indexOf(i);
			for (int n = 1; n < copies.size() && mine.size() < limit; n++) {
				int j = copies.get((at + n) % copies.size());
				if (otherMeeting(i, j)) {
					mine.add(j);
				}
			}
			double sum = 0;
			int seen = 0;
			for (int v : nearest[vectorOf[i]]) {
				List<Integer> others = othersOf(i, sharing.get(v));
				if (others.isEmpty()) {
					continue;
				}
				// a few to link to in all, so that checking the links stays quick with thousands of meetings
				mine.addAll(others.subList(0, Math.max(0, Math.min(others.size(), limit - mine.size()))));
				sum += settings.similarity().of(points[i], points[others.get(0)]);
				if (++seen == limit) {
					break;
				}
			}
			usual[i] = seen == 0 ? Double.NaN : sum / seen;
			candidates.add(mine);
		}
		return candidates;
	}

	/** The pairs of points of different meetings that are linked, closest first. */
	private List<Link> links(List<Set<Integer>> candidates) {
		List<Link> links = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < points.length; i++) {
			for (int j : candidates.get(i)) {
				int a = Math.min(i, j);
				int b = Math.max(i, j);
				if (seen.add(((long) a << 32) | b)) {
					double score = score(a, b);
					if (score >= settings.threshold()) {
						links.add(new Link(a, b, score));
					}
				}
			}
		}
		links.sort(Comparator.comparingDouble(Link::score).reversed().thenComparingInt(Link::a)
			.thenComparingInt(Link::b));
		return links;
	}

	private record Link(int a, int b, double score) {
	}

	private boolean allLinked(List<Integer> a, List<Integer> b) {
		return a.stream().allMatch(i -> b.stream().allMatch(j -> score(i, j) >= settings.threshold()));
	}

	/** How much closer two points are than each usually is to others; NaN, so never linked, for a lone point. */
	private double score(int a, int b) {
		return 2 * settings.similarity().of(points[a], points[b]) - usual[a] - usual[b];
	}

	/** The member most like the others; the first in order among equals. */
	private int mostCentral(List<Integer> group) {
		int best = group.get(0);
		double bestSum = Double.NEGATIVE_INFINITY;
		for (int i : group) {
			double sum = 0;
			for (int j : group) {
				if (i != j) {
					sum += settings.similarity().of(points[i], points[j]);
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

	/** A vector as a key, equal to another with the same values. */
	private record VectorKey(float[] vector) {

		@Override
		public boolean equals(Object other) {
			return other instanceof VectorKey key && Arrays.equals(vector, key.vector);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(vector);
		}

	}

}
