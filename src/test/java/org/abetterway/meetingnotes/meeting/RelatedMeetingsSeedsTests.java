package org.abetterway.meetingnotes.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Related meetings on the Joining Forces test notes: each shares what its line says it shares, and none is the meeting itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RelatedMeetingsSeedsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	KeyPointRepository keyPoints;

	@Autowired
	RelatedMeetings related;

	@Test
	void everyMeetingHasUpToThreeOthersThatShareWhatTheirReasonSays() throws Exception {
		List<Meeting> all = meetings.findAllWithSpeakersNewestFirst();
		Map<String, List<KeyPoint>> pointsBySlug = new HashMap<>();
		all.forEach(meeting -> pointsBySlug.put(meeting.getSlug(), keyPoints.findWithThemesByMeeting(meeting)));
		Map<String, Meeting> bySlug = all.stream().collect(Collectors.toMap(Meeting::getSlug, meeting -> meeting));

		for (Meeting meeting : all) {
			List<RelatedMeeting> found = related.of(meeting, pointsBySlug.get(meeting.getSlug()));
			assertThat(found).as(meeting.getSlug()).hasSizeBetween(1, RelatedMeetings.LIMIT);
			assertThat(found).extracting(RelatedMeeting::slug)
				.doesNotHaveDuplicates()
				.doesNotContain(meeting.getSlug());
			String page = HtmlUtils.htmlUnescape(
					mvc.perform(get(meeting.getUrl())).andReturn().getResponse().getContentAsString());
			for (RelatedMeeting other : found) {
				Meeting otherMeeting = bySlug.get(other.slug());
				assertThat(other.speakers()).as(other.slug())
					.containsExactlyElementsOf(names(meeting).stream().filter(names(otherMeeting)::contains).toList());
				Set<String> sharedThemes = themes(pointsBySlug.get(meeting.getSlug()));
				sharedThemes.retainAll(themes(pointsBySlug.get(other.slug())));
				assertThat(sharedThemes).as(other.slug()).containsAll(other.themes());
				assertThat(other.themes()).hasSize(Math.min(sharedThemes.size(), RelatedMeetings.THEMES_NAMED));
				assertThat(other.getReason()).isNotBlank();
				assertThat(page).contains("href=\"" + other.getUrl() + "\"", other.getReason());
			}
		}
	}

	@Test
	void aMeetingSharingBothSpeakersComesFirst() {
		Meeting unequal = meetings.findWithSpeakersBySlug("joining-forces-unequal-alliances").orElseThrow();
		List<RelatedMeeting> found = related.of(unequal, keyPoints.findWithThemesByMeeting(unequal));
		assertThat(found.get(0).speakers()).containsExactly("Cate Newnes-Smith", "Steve Wyler");
	}

	private static List<String> names(Meeting meeting) {
		return meeting.getSpeakers().stream().map(Speaker::getName).toList();
	}

	private static Set<String> themes(List<KeyPoint> points) {
		return points.stream()
			.flatMap(point -> point.getThemes().stream())
			.map(Theme::getName)
			.collect(Collectors.toSet());
	}

}
