import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a deterministic notes folder of N meetings built from the seed sentences, for benchmarks.
 * Usage: java src/bench/GenerateCorpus.java 2000 target/bench-corpus [seeds] [distinct]
 * The key points repeat the seeds' 93 bullets; "distinct" ends each one with its meeting and number, so that every
 * key point's text differs and search by meaning must embed all of them (a cold import's real cost).
 */
public class GenerateCorpus {

	static final int KEY_POINTS_PER_MEETING = 15;

	static final String[] SECTIONS = { "What gets in the way", "How to generate positive behaviours",
			"The role of funders", "Embracing conflict", "Establishing purpose" };

	static final String[] SPEAKERS = { "Cate Newnes-Smith", "Steve Wyler", "Sally Young", "Ollie Hilbery",
			"Samira ben Omar", "John Mortimer", "Arvinda Gohil", "Nadine Smith", "Polly Neate" };

	public static void main(String[] args) throws IOException {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		Path out = Path.of(args.length > 1 ? args[1] : "target/bench-corpus");
		Path seeds = Path.of(args.length > 2 ? args[2] : "seeds");
		boolean distinct = args.length > 3 && args[3].equals("distinct");
		List<String> bullets = new ArrayList<>();
		List<String> paragraphs = new ArrayList<>();
		try (Stream<Path> files = Files.list(seeds)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
				boolean frontMatter = false;
				for (String line : Files.readAllLines(file)) {
					if (line.equals("---")) {
						frontMatter = !frontMatter;
					}
					else if (frontMatter || line.isBlank() || line.startsWith("#") || line.startsWith("!")) {
						continue;
					}
					else if (line.startsWith("- ")) {
						bullets.add(line.substring(2).replaceAll("<!--.*?-->", "").strip());
					}
					else {
						paragraphs.add(line.strip());
					}
				}
			}
		}
		Files.createDirectories(out);
		for (String shared : List.of("themes.yml", "speakers.yml")) {
			Files.copy(seeds.resolve(shared), out.resolve(shared), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		Random random = new Random(42);
		LocalDate date = LocalDate.of(2026, 11, 1);
		for (int n = 1; n <= count; n++) {
			StringBuilder md = new StringBuilder();
			String topic = words(pick(random, bullets), 4);
			md.append("---\n")
				.append("title: \"Joining Forces ").append(n).append(": ").append(topic.replace("\"", "")).append("\"\n")
				.append("date: ").append(date.minusDays(7L * n)).append('\n')
				.append("series: Joining Forces\n")
				.append("question: \"").append(pick(random, paragraphs).replace("\"", "'")).append("\"\n")
				.append("speakers:\n");
			int first = random.nextInt(SPEAKERS.length);
			md.append("  - name: ").append(SPEAKERS[first]).append('\n');
			md.append("  - name: ").append(SPEAKERS[(first + 1 + random.nextInt(SPEAKERS.length - 1)) % SPEAKERS.length])
				.append('\n');
			md.append("---\n\n").append(pick(random, paragraphs)).append("\n\n").append(pick(random, paragraphs))
				.append("\n\n");
			for (int k = 0; k < KEY_POINTS_PER_MEETING; k++) {
				if (k % 5 == 0) {
					md.append("\n## ").append(SECTIONS[(k / 5 + n) % SECTIONS.length]).append("\n\n");
				}
				md.append("- ").append(pick(random, bullets));
				if (distinct) {
					md.append(" (meeting ").append(n).append(", point ").append(k + 1).append(')');
				}
				md.append('\n');
			}
			md.append("\n## In more detail\n\n").append(pick(random, paragraphs)).append("\n\n")
				.append(pick(random, paragraphs)).append('\n');
			Files.writeString(out.resolve(String.format("bench-%05d.md", n)), md);
		}
		System.out.println("Wrote " + count + " meetings, " + count * KEY_POINTS_PER_MEETING + " key points to " + out);
	}

	static String pick(Random random, List<String> items) {
		return items.get(random.nextInt(items.size()));
	}

	static String words(String sentence, int count) {
		String[] words = sentence.replaceAll("\\*\\*", "").split("\\s+");
		return String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
	}

}
