package org.abetterway.meetingnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * The Markdown seeds say what the plain-text export says: every bullet a key point, every paragraph somewhere.
 */
class SeedsFidelityTests {

	static final Path SEEDS = Path.of("seeds");

	static final List<String> CHROME = List.of("A Better Way A Better Way", "Read More");

	static List<String> exportLines;

	static List<String> markdown = new ArrayList<>();

	static List<ParsedMeeting> meetings = new ArrayList<>();

	@BeforeAll
	static void readSeeds() throws IOException {
		try (Stream<Path> files = Files.list(SEEDS)) {
			Path export = files.filter(path -> path.toString().endsWith(".txt")).findFirst().orElseThrow();
			exportLines = Files.readAllLines(export);
		}
		ThemeTagger tagger = ThemesFile.parse(Files.readString(SEEDS.resolve("themes.yml")));
		SpeakerDirectory people = SpeakerDirectory.parse(Files.readString(SEEDS.resolve("speakers.yml")));
		NotesParser parser = new NotesParser(new NotesMarkdown());
		try (Stream<Path> files = Files.list(SEEDS)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
				String content = Files.readString(file);
				markdown.add(content);
				meetings.add(parser.parse(file.getFileName().toString(), content, tagger, people));
			}
		}
	}

	@Test
	void everyBulletOfTheExportIsAKeyPointWordForWord() {
		List<String> bullets = new ArrayList<>();
		boolean futureMeetings = false;
		for (String line : exportLines) {
			String text = normalise(line);
			futureMeetings = text.equals("Future meetings") || futureMeetings && !text.equals("Read More");
			if (text.startsWith("•") && !futureMeetings) {
				bullets.add(normalise(text.substring(1)));
			}
		}
		List<String> keyPoints = meetings.stream().flatMap(meeting -> meeting.keyPoints().stream())
			.map(point -> normalise((point.title() == null ? "" : point.title() + " ") + point.text()))
			.toList();
		assertThat(bullets).hasSize(87);
		assertThat(keyPoints).containsExactlyElementsOf(bullets);
	}

	@Test
	void everyParagraphOfTheExportAppearsInSomeMeeting() {
		String meetingText = normalise(String.join(" ", meetings.stream().map(SeedsFidelityTests::allText).toList()));
		String source = normalise(String.join(" ", markdown));
		List<String> missing = new ArrayList<>();
		for (String line : exportLines) {
			String text = normalise(line.replaceFirst("^\\s*[•·]", ""));
			if (text.isEmpty() || CHROME.contains(text)) {
				continue;
			}
			boolean image = text.matches("[\\w-]+\\.(png|jpg)");
			if (!(image ? source.contains(text) : meetingText.contains(text))) {
				missing.add(text);
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void sixMeetingsEachWithATitleAQuestionAndSpeakers() {
		assertThat(meetings).hasSize(6).allSatisfy(meeting -> {
			assertThat(meeting.question()).isNotBlank();
			assertThat(meeting.series()).isEqualTo("Joining Forces");
			assertThat(meeting.speakers()).isNotEmpty();
		});
	}

	private static String allText(ParsedMeeting meeting) {
		List<String> parts = new ArrayList<>(List.of(meeting.title(), String.valueOf(meeting.summary()),
				HtmlUtils.htmlUnescape(meeting.notesHtml().replaceAll("<[^>]+>", " "))));
		meeting.keyPoints().forEach(point -> {
			parts.add(String.valueOf(point.section()));
			parts.add((point.title() == null ? "" : point.title() + " ") + point.text());
		});
		return String.join(" ", parts);
	}

	/** Up to whitespace and quote style. */
	private static String normalise(String text) {
		return text.replace('\u00a0', ' ').replaceAll("[‘’]", "'").replaceAll("[“”]", "\"").replaceAll("\\s+", " ")
			.strip();
	}

}
