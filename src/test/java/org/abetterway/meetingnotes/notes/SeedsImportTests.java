package org.abetterway.meetingnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.abetterway.meetingnotes.notes.SeedsFidelityTests.ExportedMeeting;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * The real {@code seeds/} folder imports as the app imports it at start-up: without a problem, and with the six
 * Joining Forces meetings of the export word for word. Meetings and key points the editors add are welcome, so no
 * total is checked. {@code -Dseeds.dir=...} checks another folder.
 */
@SpringBootTest(properties = { "notes.seeds-dir=${seeds.dir:seeds}", "notes.watch=false" })
@Transactional
class SeedsImportTests {

	@Autowired
	NotesImporter importer;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	ThemeRepository themes;

	@Test
	void seedsImportWithoutProblemsEveryKeyPointWithOneToThreeThemes() throws IOException {
		assertThat(importer.lastReport().problems()).isEmpty();
		List<KeyPoint> points = meetings.findAll().stream().flatMap(m -> m.getKeyPoints().stream()).toList();
		assertThat(points).isNotEmpty()
			.allSatisfy(point -> assertThat(point.getThemes()).hasSizeBetween(1, 3));
		ThemeTagger themesFile = ThemesFile.parse(Files.readString(SeedsFidelityTests.SEEDS.resolve("themes.yml")));
		assertThat(themes.count()).isEqualTo(themesFile.themes().size());
	}

	@Test
	void theSixJoiningForcesMeetingsAreImportedWithEveryBulletOfTheExportAsAKeyPoint() {
		List<ExportedMeeting> exported = SeedsFidelityTests.exportedMeetings(SeedsFidelityTests.SEEDS);
		assertThat(exported).hasSize(6);
		for (ExportedMeeting source : exported) {
			Meeting meeting = joiningForces(source.title());
			assertThat(meeting.getSeries()).isEqualTo("Joining Forces");
			List<String> keyPoints = meeting.getKeyPoints().stream()
				.map(point -> SeedsFidelityTests
					.normalise((point.getTitle() == null ? "" : point.getTitle() + " ") + point.getText()))
				.toList();
			assertThat(keyPoints).as(source.title()).containsSubsequence(source.bullets());
		}
	}

	@Test
	void nineSpeakersAtTheSixMeetingsWithCateAtFourAndSteveAtThree() {
		List<Meeting> six = SeedsFidelityTests.exportedMeetings(SeedsFidelityTests.SEEDS).stream()
			.map(source -> joiningForces(source.title()))
			.toList();
		Map<String, Long> meetingsPerSpeaker = six.stream()
			.flatMap(m -> m.getSpeakers().stream())
			.collect(Collectors.groupingBy(Speaker::getName, Collectors.counting()));
		assertThat(meetingsPerSpeaker).hasSize(9);
		assertThat(meetingsPerSpeaker).containsEntry("Cate Newnes-Smith", 4L).containsEntry("Steve Wyler", 3L)
			.doesNotContainKeys("Toby Lowe", "Clare Moriarty");
	}

	@Test
	void reimportingTheSameFolderChangesNothing() {
		long before = meetings.count();
		ImportReport again = importer.importNotes();
		assertThat(again.imported()).isEmpty();
		assertThat(again.unchanged()).hasSize((int) before);
		assertThat(meetings.count()).isEqualTo(before);
	}

	/** The one imported meeting of that export title, up to whitespace and quote style. */
	private Meeting joiningForces(String title) {
		List<Meeting> found = meetings.findAll().stream()
			.filter(meeting -> SeedsFidelityTests.normalise(meeting.getTitle()).equals(title))
			.toList();
		assertThat(found).as("the meeting '%s'", title).hasSize(1);
		return found.get(0);
	}

}
