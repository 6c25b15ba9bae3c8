package org.abetterway.meetingnotes.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(KeyPointApiController.class)
class KeyPointApiControllerTests {

	final Theme leadership = new Theme("leadership", "Leadership", null, 0);

	final Theme health = new Theme("health-and-care", "Health & care", null, 1);

	final Meeting meeting = new Meeting("spring-gathering", "Spring gathering", "a.md", "hash", Instant.now());

	final KeyPoint point = new KeyPoint(meeting, 3, "brave-leaders", null, null, "Brave leaders.",
			List.of(leadership, health));

	@Autowired
	MockMvc mvc;

	// its default methods are the read path under test; the queries they run are stubbed
	@MockitoBean(answers = Answers.CALLS_REAL_METHODS)
	KeyPointRepository keyPoints;

	@MockitoBean
	ThemeRepository themes;

	@BeforeEach
	void themes() {
		given(themes.findAllByOrderByPosition()).willReturn(List.of(leadership, health));
		given(keyPoints.findWithThemesByIdIn(List.of(7L))).willReturn(List.of(point));
	}

	@Test
	void withoutThemeListsEveryKeyPointWithItsMeeting() throws Exception {
		given(keyPoints.findIdsInMeetingOrder(PageRequest.of(0, 20)))
			.willReturn(new PageImpl<>(List.of(7L), PageRequest.of(0, 20), 87));
		mvc.perform(get("/api/key-points"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(87))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.items[0].anchor").value("brave-leaders"))
			.andExpect(jsonPath("$.items[0].position").value(3))
			.andExpect(jsonPath("$.items[0].text").value("Brave leaders."))
			.andExpect(jsonPath("$.items[0].themes", contains("leadership", "health-and-care")))
			.andExpect(jsonPath("$.items[0].url").value("/meetings/spring-gathering#brave-leaders"))
			.andExpect(jsonPath("$.items[0].meetingSlug").value("spring-gathering"))
			.andExpect(jsonPath("$.items[0].meetingTitle").value("Spring gathering"))
			.andExpect(jsonPath("$.items[0].keyPoint").doesNotExist());
		verifyNoInteractions(themes);
	}

	@Test
	void severalThemesAskForKeyPointsOfAnyOfThem() throws Exception {
		given(keyPoints.findIdsByAnyThemeInMeetingOrder(Set.of("leadership", "health-and-care"), PageRequest.of(2, 5)))
			.willReturn(new PageImpl<>(List.of(7L), PageRequest.of(2, 5), 11));
		mvc.perform(get("/api/key-points?theme=leadership&theme=health-and-care&theme=leadership&page=2&size=5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(11))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.items[0].anchor").value("brave-leaders"));
	}

	@Test
	void emptyThemeIsIgnored() throws Exception {
		given(keyPoints.findIdsInMeetingOrder(any())).willReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));
		mvc.perform(get("/api/key-points?theme=")).andExpect(status().isOk()).andExpect(jsonPath("$.items").isEmpty());
		verify(keyPoints, never()).findWithThemesByIdIn(any());
	}

	@Test
	void unknownThemeIsA400NamingTheValidThemes() throws Exception {
		for (String theme : List.of("nope", "\0", "leadership,health-and-care", "%20leadership", "x".repeat(5000))) {
			mvc.perform(get("/api/key-points").param("theme", "leadership").param("theme", theme))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.error").value("Bad Request"))
				.andExpect(jsonPath("$.message", containsString("the themes are: leadership, health-and-care")));
		}
		mvc.perform(get("/api/key-points").param("theme", "nope"))
			.andExpect(jsonPath("$.message").value("Unknown theme 'nope'; the themes are: leadership, health-and-care"));
		verify(keyPoints, never()).findIdsByAnyThemeInMeetingOrder(any(), any());
	}

	@Test
	void badPagingIsA400() throws Exception {
		for (String query : List.of("page=-1", "size=0", "size=99999", "size=abc")) {
			mvc.perform(get("/api/key-points?" + query)).andExpect(status().isBadRequest());
		}
		verifyNoInteractions(keyPoints);
	}

}
