package org.abetterway.meetingnotes.meeting;

import static org.abetterway.meetingnotes.site.PageFixtures.keyPoint;
import static org.abetterway.meetingnotes.site.PageFixtures.meeting;
import static org.abetterway.meetingnotes.site.PageFixtures.speaker;
import static org.abetterway.meetingnotes.site.PageFixtures.theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Instant;
import java.util.List;

import org.abetterway.meetingnotes.site.ContentChanged;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * How related meetings are ranked and explained, on rows the two queries could return.
 */
class RelatedMeetingsTests {

	MeetingRepository repository = mock(MeetingRepository.class);

	RelatedMeetings related = new RelatedMeetings(repository);

	Theme power = theme(1, "power-and-inequality", "Power & inequality");

	Theme partnership = theme(2, "partnership-working", "Partnership working");

	Theme trust = theme(3, "trust-and-relationships", "Trust & relationships");

	Theme health = theme(4, "health-and-care", "Health & care");

	Speaker cate = withId(speaker("cate-newnes-smith", "Cate Newnes-Smith", "CEO", "Surrey Youth Focus"), 10);

	Speaker steve = withId(speaker("steve-wyler", "Steve Wyler", null, null), 11);

	Meeting meeting = meeting(1, "unequal-alliances", "Unequal alliances", null);

	List<KeyPoint> points = List.of(keyPoint(meeting, 0, "a", null, null, "A.", power, partnership),
			keyPoint(meeting, 1, "b", null, null, "B.", power), keyPoint(meeting, 2, "c", null, null, "C.", power, trust),
			keyPoint(meeting, 3, "d", null, null, "D.", partnership));

	@Test
	void themesBothMeetingsDwellOnOutweighPassingMentionsAndASharedSpeakerWeighsThreeKeyPoints() {
		meeting.getSpeakers().addAll(List.of(cate, steve));
		given(repository.findAllThemeCounts()).willReturn(List.of(
				// the meeting's own rows are not a neighbour's
				new SharedTheme(1L, "unequal-alliances", "Unequal alliances", 1L, 3),
				// power: 3 here, 5 there, so 3; partnership: 2 here, 1 there, so 1
				new SharedTheme(2L, "imbalances", "Imbalances", 1L, 5), new SharedTheme(2L, "imbalances", "Imbalances", 2L, 1),
				// trust: 1 here, 9 there, so only 1
				new SharedTheme(3L, "trust-at-scale", "Trust at scale", 3L, 9),
				new SharedTheme(4L, "levelling-up", "Levelling up", 2L, 2),
				new SharedTheme(5L, "campaigns", "Campaigns", 3L, 1)));
		given(repository.findAllMeetingSpeakers())
			.willReturn(List.of(new SharedSpeaker(1L, "unequal-alliances", "Unequal alliances", 10L),
					new SharedSpeaker(4L, "levelling-up", "Levelling up", 10L),
					new SharedSpeaker(6L, "systems", "Systems leadership", 11L),
					new SharedSpeaker(6L, "systems", "Systems leadership", 10L)));

		List<RelatedMeeting> found = related.of(meeting, points);

		// imbalances 3 + 1 = 4, levelling up 2 + 3 = 5, systems 3 + 3 = 6, trust at scale 1, campaigns 1
		assertThat(found).extracting(RelatedMeeting::slug).containsExactly("systems", "levelling-up", "imbalances");
		assertThat(found).extracting(RelatedMeeting::getReason)
			.containsExactly("Also with Cate Newnes-Smith and Steve Wyler",
					"Also with Cate Newnes-Smith · shares Partnership working",
					"Shares Power & inequality, Partnership working");
		assertThat(found.get(0).getUrl()).isEqualTo("/meetings/systems");
	}

	@Test
	void theReasonNamesTheThreeThemesSharedMostAndNoMore() {
		List<KeyPoint> many = List.of(keyPoint(meeting, 0, "a", null, null, "A.", power, partnership, trust),
				keyPoint(meeting, 1, "b", null, null, "B.", health, power));
		given(repository.findAllThemeCounts())
			.willReturn(List.of(new SharedTheme(2L, "other", "Other", 1L, 4), new SharedTheme(2L, "other", "Other", 2L, 1),
					new SharedTheme(2L, "other", "Other", 3L, 1), new SharedTheme(2L, "other", "Other", 4L, 1)));

		assertThat(related.of(meeting, many)).singleElement()
			.extracting(RelatedMeeting::getReason)
			.isEqualTo("Shares Power & inequality, Partnership working, Trust & relationships");
	}

	@Test
	void everyMeetingIsReadOncePerImportAndAgainAfterTheNext() {
		given(repository.findAllThemeCounts())
			.willReturn(List.of(new SharedTheme(2L, "imbalances", "Imbalances", 1L, 5)))
			.willReturn(List.of(new SharedTheme(3L, "levelling-up", "Levelling up", 1L, 5)));
		RelatedMeetings perImport = new RelatedMeetings(repository);

		assertThat(perImport.of(meeting, points)).extracting(RelatedMeeting::slug).containsExactly("imbalances");
		assertThat(perImport.of(meeting, points)).extracting(RelatedMeeting::slug).containsExactly("imbalances");
		perImport.contentChanged(new ContentChanged(Instant.now().plusSeconds(60), null));
		assertThat(perImport.of(meeting, points)).extracting(RelatedMeeting::slug).containsExactly("levelling-up");
		verify(repository, times(2)).findAllThemeCounts();
	}

	@Test
	void theMeetingsAreReadWhenTheNotesChangeSoThatNoReaderWaitsForThem() {
		related.contentChanged(new ContentChanged(Instant.now().plusSeconds(60), null));
		// on a thread of its own, so that the import that changed the notes does not wait for it either
		verify(repository, timeout(5_000)).findAllThemeCounts();
		verify(repository, timeout(5_000)).findAllMeetingSpeakers();

		related.of(meeting, points);
		verify(repository, times(1)).findAllThemeCounts();
	}

	@Test
	void aMeetingWithNoThemesOrSpeakersHasNoRelatedMeetingsAndAsksNothing() {
		assertThat(related.of(meeting, List.of())).isEmpty();
		verify(repository, never()).findAllThemeCounts();
		verify(repository, never()).findAllMeetingSpeakers();
	}

	private static Speaker withId(Speaker speaker, long id) {
		ReflectionTestUtils.setField(speaker, "id", id);
		return speaker;
	}

}
