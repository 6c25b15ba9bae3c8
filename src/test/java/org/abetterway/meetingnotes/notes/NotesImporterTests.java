package org.abetterway.meetingnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.meeting.SpeakerRepository;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.abetterway.meetingnotes.search.IndexStamp;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.beans.factory.annotation.Autowired;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.transaction.PlatformTransactionManager;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.transaction.annotation.Propagation;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.transaction.support.TransactionTemplate;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.transaction.annotation.Transactional;

/**
 * The importer against small crafted folders, committing as it does in production.
 */
@DataJpaTest(showSql = false)
@Import({ NotesImporter.class, NotesStore.class, SearchIndexing.class, IndexStamp.class, KeyPointVectors.class, MeaningModel.class })
@EnableConfigurationProperties(NotesProperties.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@ExtendWith(OutputCaptureExtension.class)
class NotesImporterTests {

	@Autowired
	NotesImporter importer;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	SpeakerRepository speakers;

	@Autowired
	ThemeRepository themes;

	@Autowired
	PlatformTransactionManager transactions;

	@TempDir
	Path folder;

	@BeforeEach
	void themesAndSpeakers() throws IOException {
		write("themes.yml", """
				themes:
				  - slug: funding-and-commissioning
				    name: Funding & commissioning
				    words: [funder*]
				  - slug: partnership-working
				    name: Partnership working
				    words: [partner*]
				""");
		write("speakers.yml", "- name: Cate Newnes-Smith\n  aliases: [Cate Newness Smith]\n");
	}

	@Test
	void reimportingTheSameFolderChangesNothing() throws IOException {
		write("01-a.md", "# Alpha\n\n- Funders help.\n");
		write("02-b.md", "---\ntitle: Beta\nspeakers: [Cate Newness Smith]\n---\n- Partners talk.\n");
		ImportReport first = importer.importFolder(folder);
		ImportReport second = importer.importFolder(folder);
		assertThat(first.imported()).containsExactly("01-a.md", "02-b.md");
		assertThat(second.imported()).isEmpty();
		assertThat(second.unchanged()).containsExactly("01-a.md", "02-b.md");
		assertThat(meetings.count()).isEqualTo(2);
		assertThat(speakers.findBySlug("cate-newnes-smith")).isPresent();
	}

	@Test
	void brokenFileIsReportedAndTheOthersImport() throws IOException {
		write("01-good.md", "# Good\n\n- Funders help.\n");
		write("02-broken.md", "---\ntitle: [oops\n---\n- x\n");
		ImportReport report = importer.importFolder(folder);
		assertThat(report.imported()).containsExactly("01-good.md");
		assertThat(report.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("02-broken.md");
			assertThat(problem.line()).isGreaterThan(1);
		});
	}

	@Test
	void brokenFileKeepsLastGoodVersion() throws IOException {
		write("01-a.md", "# Alpha\n\n- Funders help.\n");
		importer.importFolder(folder);
		write("01-a.md", "---\ntitle: Alpha\ndate: soon\n---\n- Edited point.\n");
		ImportReport report = importer.importFolder(folder);
		assertThat(report.problems()).extracting(NotesProblem::line).containsExactly(3);
		assertThat(keyPointTexts("alpha")).containsExactly("Funders help.");
		write("01-a.md", "# Alpha\n\n- Edited point.\n");
		importer.importFolder(folder);
		assertThat(keyPointTexts("alpha")).containsExactly("Edited point.");
	}

	@Test
	void deletingAFileRemovesItsMeetingAndLonelySpeakers() throws IOException {
		write("01-a.md", "---\ntitle: Alpha\nspeakers: [Sally Young]\n---\n- Funders help.\n");
		importer.importFolder(folder);
		Files.delete(folder.resolve("01-a.md"));
		ImportReport report = importer.importFolder(folder);
		assertThat(report.removed()).containsExactly("01-a.md");
		assertThat(meetings.findBySlug("alpha")).isEmpty();
		assertThat(speakers.findBySlug("sally-young")).isEmpty();
	}

	@Test
	void renamingAFileKeepsItsMeeting() throws IOException {
		write("01-a.md", "# Alpha\n\n- Funders help.\n");
		importer.importFolder(folder);
		Files.move(folder.resolve("01-a.md"), folder.resolve("02-alpha.md"));
		ImportReport report = importer.importFolder(folder);
		assertThat(report.problems()).isEmpty();
		assertThat(report.imported()).containsExactly("02-alpha.md");
		assertThat(report.removed()).containsExactly("01-a.md");
		assertThat(meetings.findBySlug("alpha")).map(Meeting::getSourceFile).contains("02-alpha.md");
	}

	@Test
	void twoFilesCannotShareAnAddress() throws IOException {
		write("01-a.md", "# Same title\n\n- one\n");
		write("02-b.md", "# Same Title!\n\n- two\n");
		ImportReport report = importer.importFolder(folder);
		assertThat(report.imported()).containsExactly("01-a.md");
		assertThat(report.problems()).singleElement()
			.satisfies(problem -> assertThat(problem.message()).contains("already used by 01-a.md"));
	}

	@Test
	void aWindowThatCannotBeStoredTogetherIsStoredOneByOneAndTheLogSaysWhy(CapturedOutput output) throws IOException {
		write("01-a.md", "# Same title\n\n- one\n");
		write("02-b.md", "# Same Title!\n\n- two\n");
		// the tests' logging keeps the importer quiet; this one reads what it says
		Logger log = (Logger) LoggerFactory.getLogger(NotesImporter.class);
		Level quiet = log.getLevel();
		log.setLevel(Level.INFO);
		try {
			importer.importFolder(folder);
		}
		finally {
			log.setLevel(quiet);
		}
		assertThat(output).contains("Could not store 01-a.md to 02-b.md together, so storing them one by one: "
				+ "02-b.md:1: the address 'same-title' is already used by 01-a.md")
			.doesNotContain("at org.abetterway.meetingnotes.notes.NotesStore");
	}

	@Test
	void twoFilesCanSwapTheirAddressesInOneImport() throws IOException {
		write("01-a.md", "---\nslug: first\n---\n# Alpha\n\n- one\n");
		write("02-b.md", "---\nslug: second\n---\n# Beta\n\n- two\n");
		importer.importFolder(folder);
		write("01-a.md", "---\nslug: second\n---\n# Alpha\n\n- one\n");
		write("02-b.md", "---\nslug: first\n---\n# Beta\n\n- two\n");
		ImportReport report = importer.importFolder(folder);
		assertThat(report.problems()).isEmpty();
		assertThat(meetings.findBySlug("first")).map(Meeting::getSourceFile).contains("02-b.md");
		assertThat(meetings.findBySlug("second")).map(Meeting::getSourceFile).contains("01-a.md");
	}

	@Test
	void binaryAndNonUtf8FilesAreRefusedWithAMessage() throws IOException {
		write("01-good.md", "# Good\n\n- one\n");
		Files.write(folder.resolve("02-binary.md"), new byte[] { 0x23, 0x20, 0x41, 0x0a, 0x00, 0x01, 0x02 });
		Files.write(folder.resolve("03-latin1.md"), "# Caf\u00e9\n\n- d\u00e9j\u00e0\n".getBytes(StandardCharsets.ISO_8859_1));
		ImportReport report = importer.importFolder(folder);
		assertThat(report.imported()).containsExactly("01-good.md");
		assertThat(report.problems()).extracting(NotesProblem::file).containsExactly("02-binary.md", "03-latin1.md");
		assertThat(report.problems()).extracting(NotesProblem::message)
			.allSatisfy(message -> assertThat(message).containsAnyOf("binary", "UTF-8"));
	}

	@Test
	void aFileOfThousandsOfBulletsIsRefusedAndTheOthersImport() throws IOException {
		write("01-good.md", "# Good\n\n- Funders help.\n");
		write("02-limit.md", HostileNotes.bullets(NotesParser.MAX_KEY_POINTS));
		write("03-bullets.md", HostileNotes.bullets(5000));
		ImportReport report = importer.importFolder(folder);
		assertThat(report.imported()).containsExactly("01-good.md", "02-limit.md");
		assertThat(report.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("03-bullets.md");
			assertThat(problem.line()).isEqualTo(4 + NotesParser.MAX_KEY_POINTS + 1);
			assertThat(problem.message()).contains("more than 500 key points", "split");
		});
		assertThat(meetings.count()).isEqualTo(2);
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedAndTheOthersImport() throws IOException {
		write("01-good.md", "# Good\n\n- Funders help.\n");
		write("02-huge.md", HostileNotes.tooBig());
		ImportReport report = importer.importFolder(folder);
		assertThat(report.imported()).containsExactly("01-good.md");
		assertThat(report.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("02-huge.md");
			assertThat(problem.line()).isZero();
			assertThat(problem.message()).contains("more than the limit of 1048576", "split it");
		});
	}

	@Test
	void aLineThatOverflowsTheMarkdownReaderIsRefusedAndTheOthersImport() throws IOException {
		write("01-marks.md", "# Marks\n\n- one\n\n" + "* ".repeat(50_000) + "\n");
		write("02-good.md", "# Good\n\n- Funders help.\n");
		ImportReport report = importer.importFolder(folder);
		assertThat(report.imported()).containsExactly("02-good.md");
		assertThat(report.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo("01-marks.md");
			assertThat(problem.message()).contains("shorten it");
		});
	}

	@Test
	void valuesLongerThanTheSiteCanHoldAreRefusedWithTheirLine() throws IOException {
		write("01-title.md", "---\nseries: S\ntitle: " + "T".repeat(501) + "\n---\n- one\n");
		write("02-point.md", "# Point\n\n- one\n- **" + "b".repeat(501) + ".** text\n");
		write("03-anchor.md", "# Anchor\n\n- " + "a".repeat(2000) + "\n- " + "a".repeat(2000) + "\n");
		ImportReport report = importer.importFolder(folder);
		assertThat(report.imported()).containsExactly("03-anchor.md");
		assertThat(report.problems()).extracting(NotesProblem::toString).containsExactly(
				"01-title.md:3: the title has 501 characters, more than the limit of 500; shorten it",
				"02-point.md:4: the key point's bold title has 502 characters, more than the limit of 500; shorten it");
	}

	@Test
	void aFileWithAByteOrderMarkAndWindowsLineEndsImports() throws IOException {
		Files.write(folder.resolve("01-windows.md"), HostileNotes.WINDOWS.getBytes(StandardCharsets.UTF_8));
		ImportReport report = importer.importFolder(folder);
		assertThat(report.problems()).isEmpty();
		assertThat(report.imported()).containsExactly("01-windows.md");
		Meeting meeting = meetings.findBySlug(HostileNotes.WINDOWS_SLUG).orElseThrow();
		assertThat(meeting.getTitle()).isEqualTo("Saved on Windows");
		assertThat(meeting.getQuestion()).isEqualTo("Does it import?");
		assertThat(meeting.getSummary()).isEqualTo("A summary line.");
		assertThat(keyPointTexts(HostileNotes.WINDOWS_SLUG)).containsExactly("They help.", "Partners talk.");
	}

	@Test
	void aFolderOfMeetingFilesAloneImportsWithTheBuiltInThemes() throws IOException {
		Path meetingsOnly = Files.createDirectory(folder.resolve("meetings-only"));
		try (var files = Files.list(SeedsCopy.TEST_NOTES)) {
			for (Path file : files.filter(file -> file.toString().endsWith(".md")).toList()) {
				Files.copy(file, meetingsOnly.resolve(file.getFileName()));
			}
		}
		ImportReport report = importer.importFolder(meetingsOnly);
		assertThat(report.problems()).isEmpty();
		assertThat(report.imported()).hasSize(6);
		assertThat(report.defaults()).containsExactly("themes.yml", "speakers.yml");
		assertThat(themes.findAllByOrderByPosition()).hasSize(13).extracting(Theme::getSlug)
			.contains("power-and-inequality", "funding-and-commissioning", "long-term-change");
		List<List<Theme>> pointThemes = new TransactionTemplate(transactions).execute(status -> meetings.findAll()
			.stream().flatMap(meeting -> meeting.getKeyPoints().stream()).map(point -> List.copyOf(point.getThemes()))
			.toList());
		assertThat(pointThemes).hasSize(87).allSatisfy(themesOfPoint -> assertThat(themesOfPoint).isNotEmpty());
	}

	@Test
	void aFolderWithItsOwnThemesAndSpeakersUsesNoDefaults() throws IOException {
		write("01-a.md", "# Alpha\n\n- Funders help.\n");
		assertThat(importer.importFolder(folder).defaults()).isEmpty();
	}

	@Test
	void brokenSpeakersFileStopsTheImportEvenThoughTheThemesAreBuiltIn() throws IOException {
		Files.delete(folder.resolve("themes.yml"));
		write("01-a.md", "# Alpha\n\n- Funders help.\n");
		write("speakers.yml", "- name: [unclosed\n");
		ImportReport report = importer.importFolder(folder);
		assertThat(report.problems()).extracting(NotesProblem::file).containsExactly("speakers.yml");
		assertThat(meetings.findBySlug("alpha")).isEmpty();
	}

	@Test
	void brokenThemesFileImportsNothingAndKeepsEverything() throws IOException {
		write("01-a.md", "# Alpha\n\n- Funders help.\n");
		importer.importFolder(folder);
		write("themes.yml", "themes: [unclosed\n");
		write("01-a.md", "# Alpha\n\n- Changed.\n");
		ImportReport report = importer.importFolder(folder);
		assertThat(report.problems()).extracting(NotesProblem::file).containsExactly("themes.yml");
		assertThat(keyPointTexts("alpha")).containsExactly("Funders help.");
	}

	@Test
	void aMeetingLastChangedWhenItsFileWasModifiedNotWhenItWasImported() throws IOException {
		write("01-a.md", "# Alpha\n\n- Funders help.\n");
		Instant modified = Instant.parse("2021-06-15T08:30:00Z");
		Files.setLastModifiedTime(folder.resolve("01-a.md"), FileTime.from(modified));
		importer.importFolder(folder);
		assertThat(meetings.findBySlug("alpha").orElseThrow().getLastChanged()).isEqualTo(modified);

		write("01-a.md", "# Alpha\n\n- Funders help a lot.\n");
		Instant edited = Instant.parse("2023-01-02T03:04:05Z");
		Files.setLastModifiedTime(folder.resolve("01-a.md"), FileTime.from(edited));
		importer.importFolder(folder);
		assertThat(meetings.findBySlug("alpha").orElseThrow().getLastChanged()).isEqualTo(edited);
	}

	@Test
	void theFrontMattersUpdatedIsWhenTheMeetingLastChanged() throws IOException {
		write("01-a.md", "---\ntitle: Alpha\nupdated: 2024-05-01\n---\n- Funders help.\n");
		write("02-b.md", "---\ntitle: Beta\nupdated: 2024-05-01T10:30:00+01:00\n---\n- Partners help.\n");
		write("03-c.md", "---\ntitle: Gamma\nupdated: \"2024-05-02T10:30:00Z\"\n---\n- Partners help.\n");
		importer.importFolder(folder);
		assertThat(meetings.findBySlug("alpha").orElseThrow().getLastChanged())
			.isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
		assertThat(meetings.findBySlug("beta").orElseThrow().getLastChanged())
			.isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
		assertThat(meetings.findBySlug("gamma").orElseThrow().getLastChanged())
			.isEqualTo(Instant.parse("2024-05-02T10:30:00Z"));
	}

	@Test
	void anUpdatedThatIsNotADateIsReportedWithItsLine() throws IOException {
		write("01-a.md", "---\ntitle: Alpha\nupdated: last week\n---\n- Funders help.\n");
		ImportReport report = importer.importFolder(folder);
		assertThat(report.problems()).containsExactly(new NotesProblem("01-a.md", 3,
				"'last week' is not a date; write it as YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SSZ for a moment"));
	}

	private java.util.List<String> keyPointTexts(String slug) {
		return new TransactionTemplate(transactions).execute(status -> meetings.findBySlug(slug)
			.map(meeting -> meeting.getKeyPoints().stream().map(point -> point.getText()).toList())
			.orElseThrow());
	}

	private void write(String name, String content) throws IOException {
		Files.writeString(folder.resolve(name), content);
	}

}
