package org.abetterway.meetingnotes.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(MeetingApiController.class)
@Import(MeetingQueries.class)
class MeetingApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	MeetingRepository meetings;

	@MockitoBean
	KeyPointRepository keyPoints;

	@MockitoBean
	ThemeRepository themes;

	@Test
	void listsMeetingsWithSpeakersThemesAndKeyPointCount() throws Exception {
		Meeting dated = meeting(1L, "spring-gathering", "Spring gathering");
		dated.describe(LocalDate.of(2024, 3, 5), "What now?", "Joining Forces", "Hello.", "");
		Speaker cate = new Speaker("cate-newnes-smith", "Cate Newnes-Smith");
		dated.getSpeakers().add(cate);
		Meeting undated = meeting(2L, "autumn-gathering", "Autumn gathering");
		given(meetings.findNewestFirst(PageRequest.of(1, 2))).willReturn(new PageImpl<>(
				List.of(new MeetingKeyPointCount(1L, 3), new MeetingKeyPointCount(2L, 0)), PageRequest.of(1, 2), 4));
		given(meetings.findWithSpeakersByIdIn(List.of(1L, 2L))).willReturn(List.of(dated, undated));
		// most carried first, as the home page shows them; the API lists them in the themes file's order
		given(themes.countKeyPointsByMeetingIdIn(List.of(1L, 2L))).willReturn(List.of(
				new MeetingThemeCount(1L, new Theme("health-and-care", "Health & care", null, 5), 2),
				new MeetingThemeCount(1L, new Theme("leadership", "Leadership", null, 3), 1)));

		mvc.perform(get("/api/meetings?page=1&size=2"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.items[0].slug").value("spring-gathering"))
			.andExpect(jsonPath("$.items[0].date").value("2024-03-05"))
			.andExpect(jsonPath("$.items[0].question").value("What now?"))
			.andExpect(jsonPath("$.items[0].series").value("Joining Forces"))
			.andExpect(jsonPath("$.items[0].speakers[0].slug").value("cate-newnes-smith"))
			.andExpect(jsonPath("$.items[0].speakers[0].name").value("Cate Newnes-Smith"))
			.andExpect(jsonPath("$.items[0].themes", contains("leadership", "health-and-care")))
			.andExpect(jsonPath("$.items[0].keyPointCount").value(3))
			.andExpect(jsonPath("$.items[0].url").value("/meetings/spring-gathering"))
			.andExpect(jsonPath("$.items[1]", hasEntry(equalTo("date"), nullValue())))
			.andExpect(jsonPath("$.items[1].themes").isEmpty())
			.andExpect(jsonPath("$.items[1].keyPointCount").value(0));
	}

	@Test
	void emptyPagingParametersMeanTheDefaults() throws Exception {
		given(meetings.findNewestFirst(PageRequest.of(0, 20)))
			.willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));
		mvc.perform(get("/api/meetings?page=&size="))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20));
	}

	@Test
	void pageBeyondTheLastIsEmptyWithTheTotal() throws Exception {
		given(meetings.findNewestFirst(any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(9, 20), 6));
		mvc.perform(get("/api/meetings?page=9"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(6))
			.andExpect(jsonPath("$.items").isEmpty());
		verifyNoInteractions(keyPoints);
	}

	@Test
	void showsAMeetingWithSpeakersAndKeyPoints() throws Exception {
		Meeting meeting = meeting(1L, "spring-gathering", "Spring gathering");
		meeting.describe(null, null, null, "First.\n\nSecond.", "");
		Speaker steve = new Speaker("steve-wyler", "Steve Wyler");
		steve.describe("Steve Wyler", "co-convenor", null);
		meeting.getSpeakers().add(steve);
		KeyPoint point = new KeyPoint(meeting, 0, "trust-first", "Embracing conflict", "Resources.",
				"Trust comes first.", List.of(new Theme("trust-and-relationships", "Trust", null, 2)));
		given(meetings.findWithSpeakersBySlug("spring-gathering")).willReturn(Optional.of(meeting));
		given(keyPoints.findWithThemesByMeeting(meeting)).willReturn(List.of(point));

		mvc.perform(get("/api/meetings/spring-gathering"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.slug").value("spring-gathering"))
			.andExpect(jsonPath("$.title").value("Spring gathering"))
			.andExpect(jsonPath("$", hasEntry(equalTo("date"), nullValue())))
			.andExpect(jsonPath("$.summary").value("First.\n\nSecond."))
			.andExpect(jsonPath("$.speakers[0].role").value("co-convenor"))
			.andExpect(jsonPath("$.speakers[0]", hasEntry(equalTo("organisation"), nullValue())))
			.andExpect(jsonPath("$.keyPoints[0].anchor").value("trust-first"))
			.andExpect(jsonPath("$.keyPoints[0].position").value(0))
			.andExpect(jsonPath("$.keyPoints[0].section").value("Embracing conflict"))
			.andExpect(jsonPath("$.keyPoints[0].title").value("Resources."))
			.andExpect(jsonPath("$.keyPoints[0].text").value("Trust comes first."))
			.andExpect(jsonPath("$.keyPoints[0].themes", contains("trust-and-relationships")))
			.andExpect(jsonPath("$.keyPoints[0].url").value("/meetings/spring-gathering#trust-first"))
			.andExpect(jsonPath("$.url").value("/meetings/spring-gathering"));
	}

	@Test
	void unknownSlugIsA404WithAJsonBody() throws Exception {
		given(meetings.findWithSpeakersBySlug("nope")).willReturn(Optional.empty());
		given(meetings.findByOldSlug("nope")).willReturn(Optional.empty());
		mvc.perform(get("/api/meetings/nope").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.error").value("Not Found"))
			.andExpect(jsonPath("$.message").value("No meeting with slug 'nope'"));
	}

	@Test
	void oldSlugRedirectsToTheCurrentOne() throws Exception {
		given(meetings.findWithSpeakersBySlug("old-name")).willReturn(Optional.empty());
		given(meetings.findByOldSlug("old-name")).willReturn(Optional.of(meeting(1L, "new-name", "New name")));
		mvc.perform(get("/api/meetings/old-name"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/api/meetings/new-name"));
	}

	@Test
	void badPagingIsA400BeforeAnyQuery() throws Exception {
		for (String query : List.of("page=-1", "size=0", "size=501", "size=99999", "page=abc", "page=1.5",
				"page=2147483647&size=500")) {
			mvc.perform(get("/api/meetings?" + query))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.status").value(400));
		}
		mvc.perform(get("/api/meetings?page=abc")).andExpect(jsonPath("$.message").value("page must be a whole number"));
		mvc.perform(get("/api/meetings?size=501")).andExpect(jsonPath("$.message").value("size must be between 1 and 500"));
		verifyNoInteractions(meetings, keyPoints);
	}

	private static Meeting meeting(Long id, String slug, String title) {
		Meeting meeting = new Meeting(slug, title, slug + ".md", "hash", Instant.now());
		ReflectionTestUtils.setField(meeting, "id", id);
		return meeting;
	}

}
