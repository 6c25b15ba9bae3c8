package org.abetterway.meetingnotes.meeting;

import static org.abetterway.meetingnotes.site.PageFixtures.keyPoint;
import static org.abetterway.meetingnotes.site.PageFixtures.meeting;
import static org.abetterway.meetingnotes.site.PageFixtures.speaker;
import static org.abetterway.meetingnotes.site.PageFixtures.theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.abetterway.meetingnotes.site.ContentChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.abetterway.meetingnotes.site.Paging;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@WebMvcTest(MeetingController.class)
@Import({ MeetingQueries.class, MeetingControllerTests.RelatedMeetingsReadAsAnnounced.class, MeetingJsonLd.class })
class MeetingControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MeetingRepository meetings;

	@MockitoBean
	KeyPointRepository keyPoints;

	@MockitoBean
	ThemeRepository themes;

	@Autowired
	ApplicationEventPublisher events;

	/**
	 * Related meetings read on the thread that announces a change: read on a thread of their own, they would call the
	 * mocked repository while a test stubs it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class RelatedMeetingsReadAsAnnounced {

		@Bean
		RelatedMeetings relatedMeetings(MeetingRepository meetings) {
			return new RelatedMeetings(meetings, null);
		}

	}

	@BeforeEach
	void eachTestIsANewImport() {
		// related meetings are read once per import, and each test's repository answers differ
		events.publishEvent(new ContentChanged(Instant.now(), null));
	}

	Theme power = theme(1, "power-and-inequality", "Power & inequality");

	Theme trust = theme(2, "trust-and-relationships", "Trust & relationships");

	@Test
	void homeListsMeetingsWithQuestionSpeakersAndThemeChipsMostFrequentFirst() throws Exception {
		Meeting older = meeting(1, "unequal-alliances", "Unequal alliances", null);
		older.getSpeakers().add(speaker("cate", "Cate Newnes-Smith", "CEO", "Surrey Youth Focus"));
		older.getSpeakers().add(speaker("steve", "Steve Wyler", null, null));
		Meeting newer = meeting(2, "levelling-up", "Levelling up", LocalDate.of(2022, 3, 1));
		given(meetings.findNewestFirst(any()))
			.willReturn(new PageImpl<>(List.of(new MeetingKeyPointCount(2L, 4), new MeetingKeyPointCount(1L, 6))));
		given(meetings.findWithSpeakersByIdIn(any())).willReturn(List.of(newer, older));
		given(themes.countKeyPointsByMeetingIdIn(any())).willReturn(List.of(new MeetingThemeCount(1L, trust, 5),
				new MeetingThemeCount(1L, power, 2), new MeetingThemeCount(2L, power, 1)));

		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<title>Meetings · A Better Way meeting notes</title>"),
					containsString("<meta name=\"description\""), containsString("role=\"search\""),
					containsString("<a href=\"/meetings/unequal-alliances\">Unequal alliances</a>"),
					containsString("What did we ask about Unequal alliances?"),
					containsString("<time datetime=\"2022-03-01\">1 March 2022</time>"),
					containsString("<a href=\"/speakers/cate\">Cate Newnes-Smith</a> and <a href=\"/speakers/steve\">"))))
			.andExpect(content().string(matchesPattern("(?s).*Levelling up.*Unequal alliances.*")))
			.andExpect(content().string(matchesPattern(
					"(?s).*Unequal alliances.*/themes/trust-and-relationships.*/themes/power-and-inequality.*")));
	}

	@Test
	void homeIsPagedTwentyMeetingsAtATime() throws Exception {
		Meeting meeting = meeting(21, "the-twenty-first", "The twenty-first", null);
		given(meetings.findNewestFirst(eq(PageRequest.of(1, Paging.DEFAULT_SIZE))))
			.willReturn(new PageImpl<>(List.of(new MeetingKeyPointCount(21L, 1)), PageRequest.of(1, Paging.DEFAULT_SIZE),
					21));
		given(meetings.findWithSpeakersByIdIn(any())).willReturn(List.of(meeting));

		mvc.perform(get("/").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<ol class=\"meeting-list\" start=\"21\">"),
					containsString("Page <span>2</span> of <span>2</span>"), containsString("href=\"/?page=0\""),
					containsString("The twenty-first"))));
	}

	@Test
	void meetingPageShowsKeyPointsBySectionWithAnchorsChipsAndShareLinks() throws Exception {
		Meeting meeting = meeting(1, "unequal-alliances", "Unequal alliances", null);
		meeting.getSpeakers().add(speaker("cate", "Cate Newnes-Smith", "CEO", "Surrey Youth Focus"));
		List<KeyPoint> points = List.of(
				keyPoint(meeting, 0, "celebrate-unequal-alliances", null, null, "Unequal alliances should be celebrated.",
						power),
				keyPoint(meeting, 1, "resources", "What gets in the way", "Resources.", "Partnerships need resources.",
						trust, power));
		given(meetings.findWithSpeakersBySlug("unequal-alliances")).willReturn(Optional.of(meeting));
		given(keyPoints.findWithThemesByMeeting(meeting)).willReturn(points);

		mvc.perform(get("/meetings/unequal-alliances"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Unequal alliances</h1>"),
					containsString("<a href=\"/speakers/cate\">Cate Newnes-Smith</a>, <span>CEO, Surrey Youth Focus</span>"),
					containsString("<p>First paragraph of Unequal alliances.</p>"), containsString("<p>Second paragraph.</p>"),
					containsString("<li class=\"key-point\" id=\"celebrate-unequal-alliances\">"),
					containsString("<strong>Resources.</strong>"),
					containsString("href=\"/meetings/unequal-alliances/key-points/resources\">Link to this point"),
					containsString("<a class=\"theme-chip\" href=\"/themes/trust-and-relationships\">Trust &amp; relationships</a>"),
					containsString("<p>More <em>notes</em>.</p>"),
					containsString("<link rel=\"canonical\" href=\"http://localhost/meetings/unequal-alliances\">"))))
			.andExpect(content().string(matchesPattern(
					"(?s).*<h2 id=\"section-key-points\">Key points</h2>.*celebrate-unequal-alliances"
							+ ".*<h2 id=\"section-what-gets-in-the-way\">What gets in the way</h2>.*id=\"resources\".*")));
	}

	@Test
	void meetingPageListsRelatedMeetingsWithWhyEachIsRelated() throws Exception {
		Meeting meeting = meeting(1, "unequal-alliances", "Unequal alliances", null);
		given(meetings.findWithSpeakersBySlug("unequal-alliances")).willReturn(Optional.of(meeting));
		given(keyPoints.findWithThemesByMeeting(meeting))
			.willReturn(List.of(keyPoint(meeting, 0, "a", null, null, "Power was discussed.", power)));
		given(meetings.findAllThemeCounts()).willReturn(List.of(new SharedTheme(1L, "unequal-alliances",
				"Unequal alliances", 1L, 1), new SharedTheme(2L, "levelling-up", "Levelling up", 1L, 4)));
		// the import that stored these meetings reads them for related meetings as it ends
		events.publishEvent(new ContentChanged(Instant.now().plusSeconds(1), null));

		mvc.perform(get("/meetings/unequal-alliances"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h2>Related meetings</h2>"),
					containsString("<a href=\"/meetings/levelling-up\" data-print-href=\"http://localhost/meetings/levelling-up\">Levelling up</a>"),
					containsString("<p class=\"related-reason\">Shares Power &amp; inequality</p>"))));
	}

	@Test
	void structuredDataIsJsonThatTheNotesCannotBreakOutOf() throws Exception {
		String title = "Tricky </script><script>alert(1)</script>";
		String question = "Is a < b && c > d? <!-- </SCRIPT>";
		Meeting meeting = meeting(1, "tricky", title, LocalDate.of(2022, 3, 1));
		meeting.describe(LocalDate.of(2022, 3, 1), question, "Joining Forces", null, null);
		given(meetings.findWithSpeakersBySlug("tricky")).willReturn(Optional.of(meeting));
		given(keyPoints.findWithThemesByMeeting(meeting)).willReturn(List.of());

		String html = mvc.perform(get("/meetings/tricky")).andReturn().getResponse().getContentAsString();

		Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
			.matcher(html);
		assertThat(script.find()).isTrue();
		assertThat(script.group(1)).doesNotContain("<", ">");
		JsonNode article = JsonMapper.builder().build().readTree(script.group(1));
		assertThat(article.get("headline").asString()).isEqualTo(title);
		assertThat(article.get("description").asString()).isEqualTo(question);
		assertThat(article.get("datePublished").asString()).isEqualTo("2022-03-01");
		assertThat(article.get("dateModified").asString()).isEqualTo("1970-01-01T00:00:00Z");
		assertThat(article.get("isPartOf").get("@type").asString()).isEqualTo("CreativeWorkSeries");
		assertThat(html).doesNotContain("<script>alert(1)");
	}

	@Test
	void oldSlugRedirectsPermanentlyToTheNewAddress() throws Exception {
		given(meetings.findWithSpeakersBySlug("old-name")).willReturn(Optional.empty());
		given(meetings.findByOldSlug("old-name")).willReturn(Optional.of(meeting(1, "new-name", "New name", null)));

		mvc.perform(get("/meetings/old-name"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/meetings/new-name"));
	}

	@Test
	void unknownSlugIsA404WithAHelpfulPage() throws Exception {
		given(meetings.findWithSpeakersBySlug("nope")).willReturn(Optional.empty());
		given(meetings.findByOldSlug("nope")).willReturn(Optional.empty());

		mvc.perform(get("/meetings/nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("<h1>Page not found</h1>"),
					containsString("href=\"/themes\""), containsString("href=\"/search\""),
					not(containsString("Exception")))));
	}

}
