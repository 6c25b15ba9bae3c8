package org.abetterway.meetingnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

/**
 * The Markdown seeds say what the plain-text export says: every bullet a key point of its meeting, every paragraph
 * somewhere. Editors add meetings and key points to {@code seeds/}: those are welcome, so only the six Joining
 * Forces meetings of the export are checked, word for word. {@code -Dseeds.dir=...} checks another folder.
 */
class SeedsFidelityTests {

	static final Path SEEDS = Path.of(System.getProperty("seeds.dir", "seeds"));

	/** The plain-text export the six Joining Forces meetings were written from. */
	static final String EXPORT = "000_d1e97fbff038a8c6.txt";

	static final List<String> CHROME = List.of("A Better Way A Better Way", "Read More");

	static List<String> exportLines;

	static List<ExportedMeeting> exported;

	static List<String> markdown = new ArrayList<>();

	static List<ParsedMeeting> meetings = new ArrayList<>();

	@BeforeAll
	static void readSeeds() throws IOException {
		exportLines = Files.readAllLines(SEEDS.resolve(EXPORT));
		exported = exportedMeetings(SEEDS);
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
	void theExportHoldsSixMeetingsAnd87Bullets() {
		// the export is the frozen source of the six meetings: reading it finds all of them, or the tests below
		// would check less than they say
		assertThat(exported).hasSize(6);
		assertThat(exported.stream().mapToInt(meeting -> meeting.bullets().size()).sum()).isEqualTo(87);
	}

	@Test
	void everyBulletOfTheExportIsAKeyPointOfItsMeetingWordForWord() {
		for (ExportedMeeting source : exported) {
			ParsedMeeting meeting = meeting(source.title());
			List<String> keyPoints = meeting.keyPoints().stream()
				.map(point -> normalise((point.title() == null ? "" : point.title() + " ") + point.text()))
				.toList();
			// in the export's order; key points an editor added since may come between or after them
			assertThat(keyPoints).as(source.title()).containsSubsequence(source.bullets());
		}
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
	void theSixMeetingsEachHaveATitleAQuestionAndSpeakers() {
		assertThat(exported).allSatisfy(source -> {
			ParsedMeeting meeting = meeting(source.title());
			assertThat(meeting.question()).isNotBlank();
			assertThat(meeting.series()).isEqualTo("Joining Forces");
			assertThat(meeting.speakers()).isNotEmpty();
		});
	}

	/** The one Markdown meeting of that title, up to whitespace and quote style. */
	private static ParsedMeeting meeting(String title) {
		List<ParsedMeeting> found = meetings.stream()
			.filter(meeting -> normalise(meeting.title()).equals(title))
			.toList();
		assertThat(found).as("the meeting '%s' in %s", title, SEEDS).hasSize(1);
		return found.get(0);
	}

	/** A meeting of the export: its title and the texts of its bullets, normalised. */
	record ExportedMeeting(String title, List<String> bullets) {
	}

	/**
	 * The meetings of the export in {@code seeds}: each follows the site's "A Better Way" chrome, starts with its
	 * title and ends at "Read More"; its bullets are its key points, except those under "Future meetings".
	 */
	static List<ExportedMeeting> exportedMeetings(Path seeds) {
		List<String> lines;
		try {
			lines = Files.readAllLines(seeds.resolve(EXPORT));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<ExportedMeeting> found = new ArrayList<>();
		String title = null;
		List<String> bullets = new ArrayList<>();
		boolean futureMeetings = false;
		for (String line : lines) {
			String text = normalise(line);
			if (text.isEmpty() || text.equals(CHROME.get(0))) {
				continue;
			}
			if (title == null) {
				title = text;
			}
			else if (text.equals("Read More")) {
				found.add(new ExportedMeeting(title, List.copyOf(bullets)));
				title = null;
				bullets.clear();
				futureMeetings = false;
			}
			else {
				futureMeetings = futureMeetings || text.equals("Future meetings");
				if (text.startsWith("•") && !futureMeetings) {
					bullets.add(normalise(text.substring(1)));
				}
			}
		}
		return found;
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
	static String normalise(String text) {
		return text.replace('\u00a0', ' ').replaceAll("[‘’]", "'").replaceAll("[“”]", "\"").replaceAll("\\s+", " ")
			.strip();
	}

}
