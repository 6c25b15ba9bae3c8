package org.abetterway.meetingnotes.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A set of judged queries read and scored as {@code SearchByMeaningTests} does: a query hits at k when one of its
 * relevant key points is among the first k, and its recall@10 is the share of its relevant points (ten at most) in
 * the first ten.
 */
final class JudgedQueries {

	record Judged(String kind, String query, Set<String> relevant) {
	}

	/** How one query fared. */
	record Outcome(boolean first, boolean top3, double recall, boolean paraphrase) {
	}

	private JudgedQueries() {
	}

	/** A file of kind, query and relevant addresses (meeting#anchor, space-separated), with a header line. */
	static List<Judged> read(Path file) throws IOException {
		return Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank()).map(line -> {
			String[] columns = line.split("\t");
			return new Judged(columns[0], columns[1], Set.copyOf(Arrays.asList(columns[2].split(" "))));
		}).toList();
	}

	/**
	 * Each query's outcome when every key point is ranked by its score for the query, best first; ties in file and
	 * position order, as the meaning index breaks them.
	 */
	static List<Outcome> outcomes(List<Judged> set, List<String> addresses, Function<String, double[]> score) {
		return set.stream().map(judged -> {
			double[] scores = score.apply(judged.query());
			List<String> found = IntStream.range(0, addresses.size()).boxed()
				.sorted(Comparator.comparingDouble((Integer p) -> -scores[p]).thenComparing(p -> p))
				.limit(10).map(addresses::get).toList();
			return new Outcome(judged.relevant().contains(found.get(0)),
					found.stream().limit(3).anyMatch(judged.relevant()::contains),
					(double) found.stream().filter(judged.relevant()::contains).count()
							/ Math.min(10, judged.relevant().size()),
					judged.kind().equals("paraphrase"));
		}).toList();
	}

	/** Hit@1 / hit@3 / recall@10 / the paraphrases' hit@3. */
	static String figures(List<Outcome> outcomes) {
		List<Outcome> paraphrases = outcomes.stream().filter(Outcome::paraphrase).toList();
		return String.format("%.2f / %.2f / %.2f / %.2f", share(outcomes, Outcome::first),
				share(outcomes, Outcome::top3), outcomes.stream().mapToDouble(Outcome::recall).average().orElse(0),
				share(paraphrases, Outcome::top3));
	}

	/** How many queries these outcomes put a relevant point first, and in the top three, that the base did not; and the reverse. */
	static String against(List<Outcome> these, List<Outcome> base) {
		int[] counts = new int[4];
		for (int i = 0; i < these.size(); i++) {
			counts[0] += these.get(i).first() && !base.get(i).first() ? 1 : 0;
			counts[1] += !these.get(i).first() && base.get(i).first() ? 1 : 0;
			counts[2] += these.get(i).top3() && !base.get(i).top3() ? 1 : 0;
			counts[3] += !these.get(i).top3() && base.get(i).top3() ? 1 : 0;
		}
		return String.format("+%d −%d / +%d −%d", counts[0], counts[1], counts[2], counts[3]);
	}

	private static double share(List<Outcome> outcomes, Function<Outcome, Boolean> hit) {
		return outcomes.isEmpty() ? 0 : outcomes.stream().filter(hit::apply).count() / (double) outcomes.size();
	}

}
