package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

/**
 * Readers' queries in other words than the notes (paraphrases, questions, typos, loose quotes and topics), each
 * judged by reading the notes for the key points that answer it: the search must put one of those first for most of
 * them, and find most of them in its first ten.
 */
@SpringBootTest(properties = "notes.watch=false")
class SearchByMeaningTests {

	@Autowired
	KeyPointSearch search;

	record Judged(String kind, String query, Set<String> relevant) {
	}

	record Score(int queries, double hitAt1, double hitAt3, double recallAt10) {
	}

	@Test
	void readersFindWhatTheyMeanInOtherWords() throws IOException {
		Map<String, List<Judged>> byKind = byKind(judged());
		String report = report("judged-queries.tsv", byKind);
		Score overall = score(all(byKind));
		// a little below what was measured (src/bench/README.md), so that only a real loss fails
		assertThat(overall.hitAt1()).as(report).isGreaterThanOrEqualTo(0.82);
		assertThat(overall.hitAt3()).as(report).isGreaterThanOrEqualTo(0.90);
		assertThat(overall.recallAt10()).as(report).isGreaterThanOrEqualTo(0.84);
		assertThat(score(byKind.get("paraphrase")).hitAt3()).as(report).isGreaterThanOrEqualTo(0.85);
	}

	/**
	 * A second set, written and judged by reading the notes by someone who had not seen what the search finds, so
	 * that its figures show how the ranking does on queries it was not tuned on.
	 */
	@Test
	void readersFindWhatTheyMeanInQueriesTheRankingWasNotTunedOn() throws IOException {
		Map<String, List<Judged>> byKind = byKind(judged("search/second-judged-queries.tsv"));
		String report = report("second-judged-queries.tsv", byKind);
		Score overall = score(all(byKind));
		assertThat(overall.hitAt1()).as(report).isGreaterThanOrEqualTo(0.70);
		assertThat(overall.hitAt3()).as(report).isGreaterThanOrEqualTo(0.76);
		assertThat(overall.recallAt10()).as(report).isGreaterThanOrEqualTo(0.72);
	}

	/**
	 * A third set, written and judged the same way by someone else, and never used to choose how search ranks: its
	 * figures are the honest measure of a reader's query the search has not met.
	 */
	@Test
	void readersFindWhatTheyMeanInQueriesNobodyTunedOn() throws IOException {
		Map<String, List<Judged>> byKind = byKind(judged("search/third-judged-queries.tsv"));
		String report = report("third-judged-queries.tsv", byKind);
		Score overall = score(all(byKind));
		assertThat(overall.hitAt1()).as(report).isGreaterThanOrEqualTo(0.70);
		assertThat(overall.hitAt3()).as(report).isGreaterThanOrEqualTo(0.78);
		assertThat(overall.recallAt10()).as(report).isGreaterThanOrEqualTo(0.76);
	}

	private static Map<String, List<Judged>> byKind(List<Judged> judged) {
		return judged.stream().collect(Collectors.groupingBy(Judged::kind, LinkedHashMap::new, Collectors.toList()));
	}

	private static List<Judged> all(Map<String, List<Judged>> byKind) {
		return byKind.values().stream().flatMap(List::stream).toList();
	}

	/** The table of src/bench/README.md, printed and returned to explain a failure. */
	private String report(String file, Map<String, List<Judged>> byKind) {
		StringBuilder report = new StringBuilder(file + "\nkind        queries  hit@1  hit@3  recall@10\n");
		byKind.forEach((kind, queries) -> report.append(line(kind, score(queries))));
		report.append(line("all", score(all(byKind))));
		System.out.print(report);
		return report.toString();
	}

	private Score score(List<Judged> queries) {
		double hit1 = 0;
		double hit3 = 0;
		double recall = 0;
		for (Judged judged : queries) {
			List<String> found = search.search(new SearchRequest(judged.query(), List.of(), null, null, 0, 10)).hits()
				.stream().map(hit -> hit.meetingSlug() + "#" + hit.anchor()).toList();
			hit1 += !found.isEmpty() && judged.relevant().contains(found.get(0)) ? 1 : 0;
			hit3 += found.stream().limit(3).anyMatch(judged.relevant()::contains) ? 1 : 0;
			recall += (double) found.stream().filter(judged.relevant()::contains).count()
					/ Math.min(10, judged.relevant().size());
		}
		int n = queries.size();
		return new Score(n, hit1 / n, hit3 / n, recall / n);
	}

	private static String line(String kind, Score score) {
		return String.format("%-11s %7d  %5.2f  %5.2f  %9.2f%n", kind, score.queries(), score.hitAt1(), score.hitAt3(),
				score.recallAt10());
	}

	static List<Judged> judged() throws IOException {
		return judged("search/judged-queries.tsv");
	}

	static List<Judged> judgedFrom(String resource) throws IOException {
		return judged(resource);
	}

	private static List<Judged> judged(String resource) throws IOException {
		List<Judged> judged = new ArrayList<>();
		String tsv = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
		for (String line : tsv.lines().skip(1).filter(line -> !line.isBlank()).toList()) {
			String[] columns = line.split("\t");
			judged.add(new Judged(columns[0], columns[1], Set.copyOf(Arrays.asList(columns[2].split(" ")))));
		}
		return judged;
	}

}
