package org.abetterway.meetingnotes.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.abetterway.meetingnotes.notes.NotesMarkdown;
import org.abetterway.meetingnotes.notes.NotesParser;
import org.abetterway.meetingnotes.notes.ParsedMeeting;
import org.abetterway.meetingnotes.notes.SpeakerDirectory;
import org.abetterway.meetingnotes.notes.ThemeTagger;
import org.abetterway.meetingnotes.notes.ThemesFile;

/**
 * How fast the app embeds key points it has never seen: reads the first N key points of a notes folder (made with
 * {@code GenerateCorpus.java N DIR seeds distinct}, so that every text differs), and embeds them through
 * {@link KeyPointVectors} as an import does, a window of 32 meetings at a time, on every core, with a vectors file
 * in a new temporary folder. Prints the model's load time and key points a second.
 * Run by {@code src/bench/embed-speed.sh}, which compiles it against the built app.
 */
public class EmbedSpeed {

	/** The importer embeds the key points of this many files at a time. */
	private static final int WINDOW = 32 * 15;

	public static void main(String[] args) throws IOException {
		int count = Integer.parseInt(args[0]);
		Path notes = Path.of(args[1]);
		List<String> texts = keyPoints(notes, count);
		Path data = Files.createTempDirectory("embed-speed");
		MeaningModel model = new MeaningModel(true, data);
		long start = System.nanoTime();
		if (!model.awaitLoaded()) {
			throw new IllegalStateException(model.problem().orElse("the model is not available"));
		}
		System.out.printf("model loaded in %.2f s%n", seconds(start));
		KeyPointVectors vectors = new KeyPointVectors(model, data);
		start = System.nanoTime();
		for (int from = 0; from < texts.size(); from += WINDOW) {
			vectors.embed(texts.subList(from, Math.min(texts.size(), from + WINDOW)));
		}
		double took = seconds(start);
		System.out.printf("embedded %,d key points in %.1f s: %.0f a second on %d cores%n", texts.size(), took,
				texts.size() / took, Runtime.getRuntime().availableProcessors());
	}

	/** The texts embedded for the first key points of the folder's meetings, in file order. */
	private static List<String> keyPoints(Path notes, int count) throws IOException {
		ThemeTagger tagger = ThemesFile.parse(Files.readString(notes.resolve(ThemesFile.NAME)));
		SpeakerDirectory people = SpeakerDirectory.parse(Files.readString(notes.resolve(SpeakerDirectory.NAME)));
		NotesParser parser = new NotesParser(new NotesMarkdown());
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(notes)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
				ParsedMeeting meeting = parser.parse(file.getFileName().toString(), Files.readString(file), tagger,
						people);
				for (ParsedMeeting.ParsedKeyPoint point : meeting.keyPoints()) {
					if (texts.size() == count) {
						return texts;
					}
					texts.add(KeyPointVectors.textOf(point.section(), point.title(), point.text()));
				}
			}
		}
		if (texts.size() < count) {
			throw new IllegalArgumentException(notes + " has only " + texts.size() + " key points");
		}
		return texts;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
