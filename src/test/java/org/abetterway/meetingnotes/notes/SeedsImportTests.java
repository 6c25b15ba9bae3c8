package org.abetterway.meetingnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.abetterway.meetingnotes.meeting.SpeakerRepository;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@SpringBootTest
@Transactional
class SeedsImportTests {

	@Autowired
	NotesImporter importer;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	SpeakerRepository speakers;

	@Autowired
	ThemeRepository themes;

	@Test
	void seedsImportToSixMeetingsAnd87ThemedKeyPoints() {
		assertThat(importer.lastReport().problems()).isEmpty();
		List<Meeting> all = meetings.findAll();
		assertThat(all).hasSize(6);
		List<KeyPoint> points = all.stream().flatMap(m -> m.getKeyPoints().stream()).toList();
		assertThat(points).hasSize(87);
		assertThat(points).allSatisfy(point -> assertThat(point.getThemes()).hasSizeBetween(1, 3));
		assertThat(themes.count()).isEqualTo(13);
	}

	@Test
	void nineSpeakersWithCateAtFourMeetingsAndSteveAtThree() {
		Map<String, Long> meetingsPerSpeaker = meetings.findAll().stream()
			.flatMap(m -> m.getSpeakers().stream())
			.collect(Collectors.groupingBy(Speaker::getName, Collectors.counting()));
		assertThat(speakers.count()).isEqualTo(9);
		assertThat(meetingsPerSpeaker).containsEntry("Cate Newnes-Smith", 4L).containsEntry("Steve Wyler", 3L)
			.doesNotContainKeys("Toby Lowe", "Clare Moriarty");
	}

	@Test
	void reimportingTheSameFolderChangesNothing() {
		ImportReport again = importer.importNotes();
		assertThat(again.imported()).isEmpty();
		assertThat(again.unchanged()).hasSize(6);
		assertThat(meetings.count()).isEqualTo(6);
	}

}
