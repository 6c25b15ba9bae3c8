package org.abetterway.meetingnotes.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.abetterway.meetingnotes.notes.ParsedMeeting;

/**
 * The embedding models that ship in Maven jars, alone and in pairs, ranking every key point of a notes folder by
 * meaning alone for each judged query, outside the app. A point is embedded whole and per sentence as an import
 * embeds it and scores as {@link MeaningIndex} scores it, or by its whole vector alone; a pair adds its two models'
 * scores. Prints each set's figures, what each ranking wins and loses against the app's own model query by query,
 * how far each model's best match for a query the notes never discuss stays below the judged queries', and a query
 * vector's time per model. Run by {@code src/bench/models.sh}.
 *
 * <p>Arguments: the notes folder, then the judged query files as name=path; the last is the set never tuned on.
 */
public class ModelComparison {

	/** The app's whole weight: half the whole vector's cosine, half the better of it and the best sentence's. */
	static final double WHOLE_WEIGHT = 0.5;

	/** {@code notes.search.ranking.minimum-similarity}, read off the app's model's cosines. */
	static final double MINIMUM_SIMILARITY = 0.6;

	/** {@code KeyPointSearchTests.queriesAboutWhatTheNotesNeverDiscussFindNothing}'s queries. */
	static final List<String> ELSEWHERE = List.of("pizza delivery times", "quantum computing",
			"football transfer rumours", "how to bake sourdough bread", "best smartphone camera",
			"cryptocurrency mining rigs", "volcano eruptions in Iceland", "knitting patterns for beginners",
			"changing a car's engine oil", "cheap flights to Spain", "chess opening theory",
			"how do I train my puppy to sit");

	/** A key point's address (meeting#anchor), the text of its whole vector and its sentences. */
	record Point(String address, String whole, List<String> sentences) {
	}

	/** A model's vectors of every point (whole, then sentences) and of every query text. */
	record Vectors(float[][] wholes, float[][][] sentences, Map<String, float[]> queries) {
	}

	public static void main(String[] args) throws IOException {
		List<Point> points = points(Path.of(args[0]));
		List<String> addresses = points.stream().map(Point::address).toList();
		Map<String, List<JudgedQueries.Judged>> sets = new LinkedHashMap<>();
		for (String named : Arrays.copyOfRange(args, 1, args.length)) {
			String[] parts = named.split("=", 2);
			sets.put(parts[0], JudgedQueries.read(Path.of(parts[1])));
		}
		List<String> queries = sets.values().stream().flatMap(List::stream).map(JudgedQueries.Judged::query)
			.distinct().toList();
		List<String> cut = queries.stream().filter(query -> !meaning(query).equals(query)).toList();
		System.out.printf("%d key points, %d sentences; %d queries, %d of them longer than the app reads%n",
				points.size(), points.stream().mapToInt(p -> p.sentences().size()).sum(), queries.size(), cut.size());
		List<String> texts = Stream.of(queries.stream().map(ModelComparison::meaning), cut.stream(), ELSEWHERE.stream())
			.flatMap(s -> s).distinct().toList();
		Map<String, Vectors> vectors = new LinkedHashMap<>();
		Map<String, Function<String, float[]>> timed = new LinkedHashMap<>();
		for (ShippedModel model : ShippedModel.ALL) {
			ShippedModel.Encoder encoder = model.load();
			vectors.put(model.name(), embed(encoder, model, points, texts));
			timed.put(model.name(), text -> encoder.vector(model.queryPrefix() + text));
			if (!model.queryPrefix().isEmpty()) {
				timed.put(model.name() + " without its query prefix", encoder::vector);
			}
		}

		List<String> names = List.copyOf(sets.keySet());
		String untuned = names.get(names.size() - 1);
		System.out.println("\nThe queries as the app reads them; hit@1 / hit@3 / recall@10 / paraphrases' hit@3");
		System.out.println("ranking | " + String.join(" | ", names) + " | " + String.join("+", names.subList(0,
				names.size() - 1)) + " | queries won and lost against the first ranking, hit@1 / hit@3, tuned on"
				+ " | the same, " + untuned);
		Map<String, List<JudgedQueries.Outcome>> base = null;
		for (Map.Entry<String, Function<String, double[]>> ranking : rankings(vectors, ModelComparison::meaning, true)
			.entrySet()) {
			Map<String, List<JudgedQueries.Outcome>> outcomes = new LinkedHashMap<>();
			sets.forEach((set, judged) -> outcomes.put(set, JudgedQueries.outcomes(judged, addresses, ranking.getValue())));
			base = base == null ? outcomes : base;
			List<JudgedQueries.Outcome> tuned = tuned(outcomes, untuned);
			StringBuilder line = new StringBuilder(ranking.getKey());
			outcomes.values().forEach(set -> line.append(" | ").append(JudgedQueries.figures(set)));
			line.append(" | ").append(JudgedQueries.figures(tuned));
			line.append(" | ").append(JudgedQueries.against(tuned, tuned(base, untuned)));
			line.append(" | ").append(JudgedQueries.against(outcomes.get(untuned), base.get(untuned)));
			System.out.println(line);
		}

		System.out.println("\nThe " + untuned + " set with each query whole, as written (no other set has one longer)");
		rankings(vectors, query -> query, false).forEach((name, score) -> System.out
			.println(name + " | " + JudgedQueries.figures(JudgedQueries.outcomes(sets.get(untuned), addresses, score))));

		System.out.println("\nBest match of a judged query (typos aside: the app corrects them first) against a query"
				+ " about what the notes never discuss: lowest / median judged | highest elsewhere | judged below it");
		rankings(vectors, ModelComparison::meaning, false).forEach((name, score) -> {
			if (!name.endsWith("z-scores")) {
				double[] judged = sets.values().stream().flatMap(List::stream).filter(j -> !j.kind().equals("typo"))
					.mapToDouble(j -> max(score.apply(j.query()))).sorted().toArray();
				double elsewhere = ELSEWHERE.stream().mapToDouble(q -> max(score.apply(q))).max().orElse(0);
				long below = Arrays.stream(judged).filter(best -> best <= elsewhere).count();
				System.out.printf("%s | %.3f / %.3f | %.3f | %d of %d%n", name, judged[0], judged[judged.length / 2],
						elsewhere, below, judged.length);
			}
		});

		ShippedModel app = ShippedModel.ALL.get(0);
		Function<String, double[]> own = rankings(vectors, ModelComparison::meaning, false)
			.get(app.name() + ", whole and best sentence");
		StringBuilder under = new StringBuilder("\n" + app.name() + ", queries whose best match is under the app's"
				+ " minimum similarity (" + MINIMUM_SIMILARITY + "), which find nothing by meaning there:");
		sets.forEach((set, judged) -> {
			List<JudgedQueries.Judged> low = judged.stream()
				.filter(j -> max(own.apply(j.query())) < MINIMUM_SIMILARITY).toList();
			under.append(String.format("%n%s: %d of %d", set, low.size(), judged.size()));
			low.forEach(j -> under.append(String.format("%n  %.3f %s: %s", max(own.apply(j.query())), j.kind(),
					j.query())));
		});
		System.out.println(under);

		System.out.println("\nmodel | ms per query vector as the app reads it, one thread: mean / median / p90");
		QueryTiming.time(timed, queries.stream().map(ModelComparison::meaning).toList())
			.forEach((name, t) -> System.out.printf("%s | %.1f / %.1f / %.1f%n", name, t.mean(), t.median(), t.p90()));
	}

	/**
	 * Each model alone, by whole and best sentence (and by whole alone if asked), then each pair: the sum of their
	 * scores, and the sum of their scores as standard deviations from the mean over all points.
	 */
	static Map<String, Function<String, double[]>> rankings(Map<String, Vectors> vectors,
			Function<String, String> reading, boolean wholeAlone) {
		Map<String, Function<String, double[]>> rankings = new LinkedHashMap<>();
		List<ShippedModel> models = ShippedModel.ALL;
		for (ShippedModel model : models) {
			Vectors own = vectors.get(model.name());
			rankings.put(model.name() + ", whole and best sentence", q -> scores(own, reading.apply(q), true));
			if (wholeAlone) {
				rankings.put(model.name() + ", whole alone", q -> scores(own, reading.apply(q), false));
			}
		}
		for (int a = 0; a < models.size(); a++) {
			for (int b = a + 1; b < models.size(); b++) {
				Vectors first = vectors.get(models.get(a).name());
				Vectors second = vectors.get(models.get(b).name());
				String pair = models.get(a).name() + " + " + models.get(b).name();
				rankings.put(pair + ", sum",
						q -> sum(scores(first, reading.apply(q), true), scores(second, reading.apply(q), true)));
				rankings.put(pair + ", sum of z-scores", q -> sum(standard(scores(first, reading.apply(q), true)),
						standard(scores(second, reading.apply(q), true))));
			}
		}
		return rankings;
	}

	/** Every point's score for the query text: as {@code MeaningIndex.Vectors.score}, or its whole vector's cosine. */
	static double[] scores(Vectors vectors, String text, boolean sentences) {
		float[] query = vectors.queries().get(text);
		double[] scores = new double[vectors.wholes().length];
		for (int point = 0; point < scores.length; point++) {
			double whole = dot(query, vectors.wholes()[point]);
			double sentence = whole;
			for (float[] own : vectors.sentences()[point]) {
				sentence = Math.max(sentence, dot(query, own));
			}
			scores[point] = sentences ? WHOLE_WEIGHT * whole + (1 - WHOLE_WEIGHT) * sentence : whole;
		}
		return scores;
	}

	/** Scores as standard deviations from their mean, so that models whose cosines spread differently weigh alike. */
	static double[] standard(double[] scores) {
		double mean = Arrays.stream(scores).average().orElse(0);
		double spread = Math.sqrt(Arrays.stream(scores).map(s -> (s - mean) * (s - mean)).sum() / scores.length);
		return Arrays.stream(scores).map(s -> (s - mean) / spread).toArray();
	}

	static double[] sum(double[] a, double[] b) {
		return IntStream.range(0, a.length).mapToDouble(i -> a[i] + b[i]).toArray();
	}

	static double max(double[] scores) {
		return Arrays.stream(scores).max().orElse(0);
	}

	static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

	/**
	 * What the app gives the model of a query: its first twelve words and phrases, without operators. Unlike the
	 * app, a misspelt word is not corrected first (that takes the words' index), so typos are the model's own reading.
	 */
	static String meaning(String query) {
		String meaning = SearchQuery.parse(query).meaning();
		return meaning == null ? query : meaning;
	}

	private static List<JudgedQueries.Outcome> tuned(Map<String, List<JudgedQueries.Outcome>> outcomes,
			String untuned) {
		return outcomes.entrySet().stream().filter(set -> !set.getKey().equals(untuned))
			.flatMap(set -> set.getValue().stream()).toList();
	}

	private static Vectors embed(ShippedModel.Encoder encoder, ShippedModel model, List<Point> points,
			List<String> queries) {
		long start = System.nanoTime();
		float[][] wholes = new float[points.size()][];
		float[][][] sentences = new float[points.size()][][];
		for (int p = 0; p < points.size(); p++) {
			wholes[p] = encoder.vector(model.passagePrefix() + points.get(p).whole());
			sentences[p] = points.get(p).sentences().stream()
				.map(sentence -> encoder.vector(model.passagePrefix() + sentence)).toArray(float[][]::new);
		}
		Map<String, float[]> byText = new LinkedHashMap<>();
		queries.forEach(query -> byText.put(query, encoder.vector(model.queryPrefix() + query)));
		System.out.printf("%s: key points, sentences and queries embedded in %.1f s%n", model.name(),
				(System.nanoTime() - start) / 1e9);
		return new Vectors(wholes, sentences, byText);
	}

	/** Every key point of the folder's notes, in file and position order, as the importer reads and embeds them. */
	private static List<Point> points(Path notes) throws IOException {
		List<Point> points = new ArrayList<>();
		for (ParsedMeeting meeting : NotesFolder.meetings(notes)) {
			for (ParsedMeeting.ParsedKeyPoint point : meeting.keyPoints()) {
				points.add(new Point(meeting.slug() + "#" + point.anchor(),
						KeyPointVectors.textOf(point.section(), point.title(), point.text()),
						Sentences.of(point.title(), point.text())));
			}
		}
		return points;
	}

}
