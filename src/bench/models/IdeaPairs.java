package org.abetterway.meetingnotes.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.abetterway.meetingnotes.notes.ParsedMeeting;

/**
 * The three shipped embedding models, alone and summed, on the recurring ideas' judged pairs of key points: every
 * cross-meeting pair scored as IdeaGrouping scores it (twice the cosine less each point's mean cosine to its 10
 * nearest points of other meetings), by whole vectors and by the closest pair of sentences (a point of one sentence is
 * its own), and the max of the two. Measurement only, outside the app.
 *
 * <p>Arguments: notes folder, judged pairs TSV (same|unrelated, meeting#anchor, meeting#anchor, label), or
 * {@code list} as the second argument to print every point's address and text. With {@code -Dpairs.out=FILE} it
 * also writes bge's two scores for every pair of points (of one meeting or two), their cosine and both points'
 * themes, for {@code src/bench/ideas-by-theme.py}.
 */
public class IdeaPairs {

	static final int NEIGHBOURS = 10;

	static final int TOP = 15;

	record Point(String meeting, String address, String whole, List<String> sentences, String shown,
			List<String> themes) {
	}

	/** kind: same, unrelated, or plausible (only marked in the top lists). */
	record Judged(String kind, int a, int b, String label) {

		boolean same() {
			return kind.equals("same");
		}

		boolean unrelated() {
			return kind.equals("unrelated");
		}
	}

	/** One ranking: a score for every cross-meeting pair, in the order of {@link #pairs}. */
	record Ranking(String name, double[] scores) {
	}

	static List<Point> points;

	/** Every pair of points of different meetings, i < j. */
	static int[][] pairs;

	public static void main(String[] args) throws IOException {
		points = points(Path.of(args[0]));
		if (args[1].equals("list")) {
			for (Point p : points) {
				System.out.println(p.address() + "\t" + p.whole() + "\t" + p.sentences().size());
			}
			return;
		}
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < points.size(); i++) {
			index.put(points.get(i).address(), i);
		}
		List<Judged> judged = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(args[1]))) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] f = line.split("\t");
			Integer a = index.get(f[1]);
			Integer b = index.get(f[2]);
			if (a == null || b == null) {
				throw new IllegalArgumentException("no such point: " + line);
			}
			judged.add(new Judged(f[0], Math.min(a, b), Math.max(a, b), f[3]));
		}
		List<int[]> cross = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			for (int j = i + 1; j < points.size(); j++) {
				if (!points.get(i).meeting().equals(points.get(j).meeting())) {
					cross.add(new int[] { i, j });
				}
			}
		}
		pairs = cross.toArray(int[][]::new);
		System.out.printf("%d key points in %d meetings, %d sentences (points of 2+ sentences: %d); %d cross-meeting"
				+ " pairs; %d same-thing and %d unrelated judged pairs%n", points.size(),
				points.stream().map(Point::meeting).distinct().count(),
				points.stream().mapToInt(p -> p.sentences().size()).sum(),
				points.stream().filter(p -> !p.sentences().isEmpty()).count(), pairs.length,
				judged.stream().filter(Judged::same).count(), judged.stream().filter(Judged::unrelated).count());

		// per model: whole CSLS and sentence CSLS over the pairs
		Map<String, double[]> byModel = new LinkedHashMap<>();
		System.out.println("\nEmbedding (one ONNX thread, passage prefixes as ShippedModel; load " + load() + ")");
		System.out.println("model | texts | load s | embed s, first pass (points and sentences) | ms per text |"
				+ " second pass s (warm) | distinct whole vectors");
		for (ShippedModel model : ShippedModel.ALL) {
			long t0 = System.nanoTime();
			ShippedModel.Encoder encoder = model.load();
			long t1 = System.nanoTime();
			float[][] wholes = new float[points.size()][];
			List<List<float[]>> sentences = new ArrayList<>();
			for (int p = 0; p < points.size(); p++) {
				wholes[p] = encoder.vector(model.passagePrefix() + points.get(p).whole());
				List<float[]> own = new ArrayList<>();
				for (String s : points.get(p).sentences()) {
					own.add(encoder.vector(model.passagePrefix() + s));
				}
				sentences.add(own.isEmpty() ? List.of(wholes[p]) : own);
			}
			long t2 = System.nanoTime();
			for (int p = 0; p < points.size(); p++) {
				encoder.vector(model.passagePrefix() + points.get(p).whole());
				for (String s : points.get(p).sentences()) {
					encoder.vector(model.passagePrefix() + s);
				}
			}
			long t3 = System.nanoTime();
			int texts = points.size() + points.stream().mapToInt(p -> p.sentences().size()).sum();
			long distinct = Arrays.stream(wholes).map(Arrays::toString).distinct().count();
			System.out.printf("%s | %d | %.1f | %.1f | %.1f | %.1f | %d%n", model.name(), texts, (t1 - t0) / 1e9,
					(t2 - t1) / 1e9, (t2 - t1) / 1e6 / texts, (t3 - t2) / 1e9, distinct);
			double[][] whole = new double[points.size()][points.size()];
			double[][] sentence = new double[points.size()][points.size()];
			for (int i = 0; i < points.size(); i++) {
				for (int j = 0; j < points.size(); j++) {
					whole[i][j] = dot(wholes[i], wholes[j]);
					double best = -1;
					for (float[] x : sentences.get(i)) {
						for (float[] y : sentences.get(j)) {
							best = Math.max(best, dot(x, y));
						}
					}
					sentence[i][j] = best;
				}
			}
			byModel.put(model.name() + " whole", csls(whole));
			byModel.put(model.name() + " sentence", csls(sentence));
			if (System.getProperty("pairs.out") != null && model.name().startsWith("bge")) {
				double[] uw = usual(whole);
				double[] us = usual(sentence);
				StringBuilder out = new StringBuilder();
				for (int a = 0; a < points.size(); a++) {
					for (int b = a + 1; b < points.size(); b++) {
						out.append(points.get(a).address()).append('\t').append(points.get(b).address()).append('\t')
							.append(2 * whole[a][b] - uw[a] - uw[b]).append('\t').append(2 * sentence[a][b] - us[a] - us[b])
							.append('\t').append(whole[a][b]).append('\t')
							.append(String.join(",", points.get(a).themes())).append('\t')
							.append(String.join(",", points.get(b).themes())).append('\n');
					}
				}
				Files.writeString(Path.of(System.getProperty("pairs.out")), out);
			}
		}
		System.out.println("load after embedding: " + load());

		Map<String, String> full = Map.of("bge", "bge-small-en-v1.5-q", "minilm", "all-minilm-l6-v2-q", "e5",
				"e5-small-v2-q");
		String[][] sets = { { "bge" }, { "minilm" }, { "e5" }, { "bge", "e5" }, { "bge", "minilm" },
				{ "minilm", "e5" }, { "bge", "minilm", "e5" } };
		List<Ranking> rankings = new ArrayList<>();
		for (String[] set : sets) {
			for (boolean z : set.length == 1 ? new boolean[] { false } : new boolean[] { false, true }) {
				String name = String.join("+", set) + (set.length > 1 ? (z ? " z-sum" : " sum") : "");
				double[] w = new double[pairs.length];
				double[] s = new double[pairs.length];
				for (String m : set) {
					add(w, z ? standard(byModel.get(full.get(m) + " whole")) : byModel.get(full.get(m) + " whole"));
					add(s, z ? standard(byModel.get(full.get(m) + " sentence"))
							: byModel.get(full.get(m) + " sentence"));
				}
				double[] max = new double[pairs.length];
				for (int p = 0; p < pairs.length; p++) {
					max[p] = Math.max(w[p], s[p]);
				}
				rankings.add(new Ranking(name + " | whole", w));
				rankings.add(new Ranking(name + " | sent", s));
				rankings.add(new Ranking(name + " | max", max));
			}
		}
		// the app's own reading for reference: each bge score past its shipped threshold, the better of the two
		double[] app = new double[pairs.length];
		double[] bw = byModel.get("bge-small-en-v1.5-q whole");
		double[] bs = byModel.get("bge-small-en-v1.5-q sentence");
		for (int p = 0; p < pairs.length; p++) {
			app[p] = Math.max(bw[p] - 0.10, bs[p] - 0.19);
		}
		rankings.add(3, new Ranking("bge | app: max(w-.10, s-.19)", app));

		Map<Long, Integer> pairOf = new HashMap<>();
		for (int p = 0; p < pairs.length; p++) {
			pairOf.put(key(pairs[p][0], pairs[p][1]), p);
		}
		List<Judged> same = judged.stream().filter(Judged::same).toList();
		List<Judged> unrelated = judged.stream().filter(Judged::unrelated).toList();
		List<Judged> plausible = judged.stream().filter(j -> j.kind().equals("plausible")).toList();

		System.out.println("\nJudged pairs (S = said the same thing, U = unrelated; P = plausibly the same, not judged in"
				+ " src/bench/README.md's list, only marked in the top lists); ranks are among all " + pairs.length
				+ " cross-meeting pairs, 1 = highest");
		for (Judged j : judged) {
			List<Judged> of = j.same() ? same : j.unrelated() ? unrelated : plausible;
			System.out.printf("%s%-2d %s%n", j.kind().substring(0, 1).toUpperCase(), of.indexOf(j) + 1, j.label());
		}

		System.out.println("\n1a. Rank of each same-thing pair (S1..S" + same.size() + "); summary: same pairs above"
				+ " the best unrelated pair, median rank of same pairs, same pairs in top 15 / top 50, AUC same vs"
				+ " unrelated, best unrelated's rank");
		StringBuilder head = new StringBuilder(String.format("%-36s", "ranking"));
		for (int k = 0; k < same.size(); k++) {
			head.append(String.format("%5s", "S" + (k + 1)));
		}
		head.append(" | >U  med  t15 t50  AUC  bestU | vs bge same kind: better/worse, sign p");
		System.out.println(head);
		Map<String, int[]> ranksOf = new LinkedHashMap<>();
		for (Ranking r : rankings) {
			ranksOf.put(r.name(), ranks(r.scores()));
		}
		for (Ranking r : rankings) {
			int[] rank = ranksOf.get(r.name());
			String kind = r.name().substring(r.name().indexOf('|') + 2);
			int[] reference = ranksOf.get("bge | " + (kind.startsWith("app") ? "max" : kind));
			StringBuilder line = new StringBuilder(String.format("%-36s", r.name()));
			double bestUnrelated = Double.NEGATIVE_INFINITY;
			int bestURank = Integer.MAX_VALUE;
			for (Judged u : unrelated) {
				int p = pairOf.get(key(u.a(), u.b()));
				bestUnrelated = Math.max(bestUnrelated, r.scores()[p]);
				bestURank = Math.min(bestURank, rank[p]);
			}
			int above = 0;
			int[] sameRanks = new int[same.size()];
			for (int k = 0; k < same.size(); k++) {
				int p = pairOf.get(key(same.get(k).a(), same.get(k).b()));
				sameRanks[k] = rank[p];
				line.append(String.format("%5d", rank[p]));
				above += r.scores()[p] > bestUnrelated ? 1 : 0;
			}
			int[] sorted = sameRanks.clone();
			Arrays.sort(sorted);
			double auc = 0;
			for (Judged s : same) {
				for (Judged u : unrelated) {
					double a = r.scores()[pairOf.get(key(s.a(), s.b()))];
					double b = r.scores()[pairOf.get(key(u.a(), u.b()))];
					auc += a > b ? 1 : a == b ? 0.5 : 0;
				}
			}
			auc /= same.size() * unrelated.size();
			line.append(String.format(" | %2d %4d  %3d %3d  %.2f %5d", above, sorted[sorted.length / 2],
					Arrays.stream(sameRanks).filter(x -> x <= 15).count(),
					Arrays.stream(sameRanks).filter(x -> x <= 50).count(), auc, bestURank));
			int better = 0;
			int worse = 0;
			for (Judged s : same) {
				int p = pairOf.get(key(s.a(), s.b()));
				better += rank[p] < reference[p] ? 1 : 0;
				worse += rank[p] > reference[p] ? 1 : 0;
			}
			line.append(r.name().startsWith("bge |") && !kind.startsWith("app") ? " | -"
					: String.format(" | %2d/%-2d p=%.2f", better, worse, signTest(better, worse)));
			System.out.println(line);
		}

		System.out.println("\n1b. Score of each same-thing pair, then the best unrelated pair's score (U#)");
		head = new StringBuilder(String.format("%-36s", "ranking"));
		for (int k = 0; k < same.size(); k++) {
			head.append(String.format("%7s", "S" + (k + 1)));
		}
		head.append(" | best U");
		System.out.println(head);
		for (Ranking r : rankings) {
			StringBuilder line = new StringBuilder(String.format("%-36s", r.name()));
			for (Judged s : same) {
				line.append(String.format("%7.3f", r.scores()[pairOf.get(key(s.a(), s.b()))]));
			}
			int best = -1;
			for (int k = 0; k < unrelated.size(); k++) {
				Judged u = unrelated.get(k);
				if (best < 0 || r.scores()[pairOf.get(key(u.a(), u.b()))] > r.scores()[pairOf
					.get(key(unrelated.get(best).a(), unrelated.get(best).b()))]) {
					best = k;
				}
			}
			Judged u = unrelated.get(best);
			line.append(String.format(" | %.3f U%d", r.scores()[pairOf.get(key(u.a(), u.b()))], best + 1));
			System.out.println(line);
		}

		System.out.println("\n1c. Rank of each unrelated pair (U1..U" + unrelated.size() + ")");
		head = new StringBuilder(String.format("%-36s", "ranking"));
		for (int k = 0; k < unrelated.size(); k++) {
			head.append(String.format("%5s", "U" + (k + 1)));
		}
		System.out.println(head);
		for (Ranking r : rankings) {
			StringBuilder line = new StringBuilder(String.format("%-36s", r.name()));
			for (Judged u : unrelated) {
				line.append(String.format("%5d", ranksOf.get(r.name())[pairOf.get(key(u.a(), u.b()))]));
			}
			System.out.println(line);
		}

		System.out.println("\n3. Top " + TOP + " cross-meeting pairs of each ranking (S#/U# = judged pair, P# plausible)");
		Map<Long, String> mark = new HashMap<>();
		for (int k = 0; k < same.size(); k++) {
			mark.put(key(same.get(k).a(), same.get(k).b()), "S" + (k + 1));
		}
		for (int k = 0; k < unrelated.size(); k++) {
			mark.put(key(unrelated.get(k).a(), unrelated.get(k).b()), "U" + (k + 1));
		}
		for (int k = 0; k < plausible.size(); k++) {
			mark.put(key(plausible.get(k).a(), plausible.get(k).b()), "P" + (k + 1));
		}
		System.out.println("\n3a. What the top " + TOP + " of each ranking holds: judged same (S), plausibly same (P),"
				+ " judged unrelated (U), other (not judged; mostly different by this measurement's reading, see 3b)");
		System.out.println(String.format("%-36s", "ranking") + "   S   P   U  other");
		for (Ranking r : rankings) {
			Integer[] order = order(r.scores());
			int[] counts = new int[4];
			for (int n = 0; n < TOP; n++) {
				String m = mark.getOrDefault(key(pairs[order[n]][0], pairs[order[n]][1]), "-");
				counts["SPU-".indexOf(m.charAt(0))]++;
			}
			System.out.println(String.format("%-36s %3d %3d %3d %4d", r.name(), counts[0], counts[1], counts[2],
					counts[3]));
		}
		System.out.println("\n3b. Top " + TOP + " pairs of each ranking");
		Map<Long, Integer> seen = new LinkedHashMap<>();
		for (Ranking r : rankings) {
			System.out.println("\n" + r.name());
			Integer[] order = order(r.scores());
			for (int n = 0; n < TOP; n++) {
				int p = order[n];
				int a = pairs[p][0];
				int b = pairs[p][1];
				seen.merge(key(a, b), 1, Integer::sum);
				System.out.printf("%2d %7.3f %-3s %s · %s%n", n + 1, r.scores()[p], mark.getOrDefault(key(a, b), ""),
						shortText(a), shortText(b));
			}
		}
		System.out.println("\nEvery pair in any top " + TOP + ", by how many of the " + rankings.size()
				+ " rankings put it there (for reading once)");
		seen.entrySet().stream().sorted(Map.Entry.<Long, Integer>comparingByValue().reversed()).forEach(e -> {
			int a = (int) (e.getKey() / 100000);
			int b = (int) (e.getKey() % 100000);
			System.out.printf("%2d %-3s %s · %s%n", e.getValue(), mark.getOrDefault(e.getKey(), ""), shortText(a),
					shortText(b));
		});
	}

	static final Map<String, String> TAGS = Map.of("joining-forces-unequal-alliances", "unequal",
			"joining-forces-for-levelling-up", "levelling", "joining-forces-learning-from-campaigns", "campaigns",
			"joining-forces-for-integrated-health-and-care", "health", "joining-forces-imbalances-and-inequalities",
			"imbalances", "joining-forces-building-systems-leadership-into-job-roles-at-all-levels", "leadership");

	/** The meeting's short name and the point's title and text without its section, cut at 60 characters. */
	static String shortText(int i) {
		Point p = points.get(i);
		String text = p.shown().length() > 60 ? p.shown().substring(0, 59) + "…" : p.shown();
		return String.format("%-10s %-60s", TAGS.getOrDefault(p.meeting(), p.meeting()), text);
	}

	/** Two-sided binomial sign test of k successes against m failures at one half. */
	static double signTest(int k, int m) {
		int n = k + m;
		int low = Math.min(k, m);
		double tail = 0;
		for (int i = 0; i <= low; i++) {
			double c = 1;
			for (int j = 0; j < i; j++) {
				c = c * (n - j) / (j + 1);
			}
			tail += c / Math.pow(2, n);
		}
		return Math.min(1, 2 * tail);
	}

	static long key(int a, int b) {
		return Math.min(a, b) * 100000L + Math.max(a, b);
	}

	/** Each point's mean similarity to its {@link #NEIGHBOURS} nearest points of other meetings. */
	static double[] usual(double[][] sim) {
		int n = points.size();
		double[] usual = new double[n];
		for (int i = 0; i < n; i++) {
			List<Double> others = new ArrayList<>();
			for (int j = 0; j < n; j++) {
				if (!points.get(i).meeting().equals(points.get(j).meeting())) {
					others.add(sim[i][j]);
				}
			}
			others.sort((x, y) -> Double.compare(y, x));
			usual[i] = others.stream().limit(NEIGHBOURS).mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
		}
		return usual;
	}

	/** The CSLS score of every cross-meeting pair, from a full similarity matrix. */
	static double[] csls(double[][] sim) {
		double[] usual = usual(sim);
		double[] scores = new double[pairs.length];
		for (int p = 0; p < pairs.length; p++) {
			int a = pairs[p][0];
			int b = pairs[p][1];
			scores[p] = 2 * sim[a][b] - usual[a] - usual[b];
		}
		return scores;
	}

	static double[] standard(double[] scores) {
		double mean = Arrays.stream(scores).average().orElse(0);
		double spread = Math.sqrt(Arrays.stream(scores).map(s -> (s - mean) * (s - mean)).sum() / scores.length);
		return Arrays.stream(scores).map(s -> (s - mean) / spread).toArray();
	}

	static void add(double[] into, double[] more) {
		for (int i = 0; i < into.length; i++) {
			into[i] += more[i];
		}
	}

	static Integer[] order(double[] scores) {
		Integer[] order = new Integer[scores.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> scores[y] != scores[x] ? Double.compare(scores[y], scores[x])
				: Integer.compare(x, y));
		return order;
	}

	/** 1 = highest; ties share the best rank. */
	static int[] ranks(double[] scores) {
		Integer[] order = order(scores);
		int[] rank = new int[scores.length];
		for (int n = 0; n < order.length; n++) {
			rank[order[n]] = n > 0 && scores[order[n]] == scores[order[n - 1]] ? rank[order[n - 1]] : n + 1;
		}
		return rank;
	}

	static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	/** Every key point of the folder's notes, as ModelComparison (and the importer) reads and embeds them. */
	static List<Point> points(Path notes) throws IOException {
		List<Point> points = new ArrayList<>();
		for (ParsedMeeting meeting : NotesFolder.meetings(notes)) {
			for (ParsedMeeting.ParsedKeyPoint point : meeting.keyPoints()) {
				points.add(new Point(meeting.slug(), meeting.slug() + "#" + point.anchor(),
						KeyPointVectors.textOf(point.section(), point.title(), point.text()),
						Sentences.of(point.title(), point.text()),
						((point.title() == null ? "" : point.title().strip() + " ") + point.text().strip()).strip(),
						point.themes()));
			}
		}
		return points;
	}

}
