package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManagerFactory;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The Joining Forces test notes, imported at start-up, served as pages.
 */
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true", "notes.page-cache=false" })
@AutoConfigureMockMvc
class PagesFlowTests {

	private static final Pattern KEY_POINT_ID = Pattern.compile("<li class=\"key-point\" id=\"([^\"]+)\">");

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	KeyPointRepository keyPoints;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void homeListsTheSixSeededMeetingsInFileOrder() throws Exception {
		String home = page("/");
		// The notes are undated, so the home page keeps the order of their files.
		List<Integer> positions = meetings.findAll().stream()
			.sorted(Comparator.comparing(Meeting::getSourceFile))
			.map(meeting -> home.indexOf("href=\"" + meeting.getUrl() + "\""))
			.toList();
		assertThat(positions).hasSize(6).doesNotContain(-1).isSorted();
		assertThat(home).contains("Joining forces: unequal alliances", "class=\"theme-chip\"", "role=\"search\"");
	}

	@Test
	void everyMeetingPageGivesEachKeyPointItsAnchorAsId() throws Exception {
		int seen = 0;
		for (Meeting meeting : meetings.findAllWithSpeakersNewestFirst()) {
			List<String> anchors = keyPoints.findWithThemesByMeeting(meeting).stream()
				.map(KeyPoint::getAnchor)
				.toList();
			String html = page(meeting.getUrl());
			assertThat(ids(html)).as(meeting.getSlug()).containsExactlyElementsOf(anchors);
			anchors.forEach(anchor -> assertThat(html).contains(
					"href=\"" + meeting.getUrl() + "/key-points/" + anchor + "\">Link to this point"));
			seen += anchors.size();
		}
		assertThat(seen).isEqualTo(87);
	}

	@Test
	void meetingAndHomePagesTakeAHandfulOfQueriesWhateverTheirSize() throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		page("/meetings/joining-forces-building-systems-leadership-into-job-roles-at-all-levels");
		// the meeting, its key points, and the other meetings sharing its themes, then its speakers
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(4);
		statistics.clear();
		page("/");
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
	}

	@Test
	void themesAndSpeakersServeTheSeeds() throws Exception {
		assertThat(page("/themes")).contains("Power &amp; inequality", "href=\"/themes/long-term-change\"");
		assertThat(page("/themes/leadership")).contains("<h1>Leadership</h1>", "class=\"key-point\"");
		assertThat(page("/speakers")).contains("Cate Newnes-Smith", "4 meetings", "Steve Wyler", "3 meetings");
		assertThat(page("/speakers/cate-newnes-smith")).contains("CEO, Surrey Youth Focus",
				"href=\"/meetings/joining-forces-unequal-alliances\"");
		assertThat(page("/key-points?theme=health-and-care")).contains("<h2 class=\"result-count\">5 key points</h2>");
	}

	@Test
	void unknownPathsAndSlugsAre404WithTheHelpfulPage() throws Exception {
		for (String path : List.of("/nope", "/meetings/nope", "/themes/nope", "/speakers/nope", "/meetings/a/b")) {
			String html = mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(path).contains("<h1>Page not found</h1>", "href=\"/themes\"", "href=\"/search\"")
				.doesNotContain("Exception", "Whitelabel");
		}
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static List<String> ids(String html) {
		List<String> ids = new ArrayList<>();
		Matcher matcher = KEY_POINT_ID.matcher(html);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

}
