package org.abetterway.meetingnotes.search;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.abetterway.meetingnotes.meeting.Theme;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SearchApiController.class)
class SearchApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	KeyPointSearch search;

	@Test
	void resultsHaveTheShapeTheProductBriefPromises() throws Exception {
		Theme funding = new Theme("funding-and-commissioning", "Funding & commissioning", null, 1);
		SearchHit hit = new SearchHit(1L, "funders-can", 3, "The role of funders", "Money.", "Funders can help.",
				List.of(funding), "joining-forces", "Joining forces", "<mark>Funders</mark> can help.", 2.5f, false);
		given(search.search(any())).willReturn(new SearchResults("funders", 41, 2, 5, List.of(hit),
				List.of(new ThemeFacet(funding.getSlug(), funding.getName(), 41, false)), null, List.of()));
		mvc.perform(get("/api/search").param("q", "funders").param("page", "2").param("size", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("funders"))
			.andExpect(jsonPath("$.total").value(41))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.items[0].anchor").value("funders-can"))
			.andExpect(jsonPath("$.items[0].position").value(3))
			.andExpect(jsonPath("$.items[0].section").value("The role of funders"))
			.andExpect(jsonPath("$.items[0].title").value("Money."))
			.andExpect(jsonPath("$.items[0].text").value("Funders can help."))
			.andExpect(jsonPath("$.items[0].themes[0]").value("funding-and-commissioning"))
			.andExpect(jsonPath("$.items[0].url").value("/meetings/joining-forces#funders-can"))
			.andExpect(jsonPath("$.items[0].meetingSlug").value("joining-forces"))
			.andExpect(jsonPath("$.items[0].meetingTitle").value("Joining forces"))
			.andExpect(jsonPath("$.items[0].highlight").value("<mark>Funders</mark> can help."))
			.andExpect(jsonPath("$.items[0].score").value(2.5))
			.andExpect(jsonPath("$.facets.themes[0].slug").value("funding-and-commissioning"))
			.andExpect(jsonPath("$.facets.themes[0].name").value("Funding & commissioning"))
			.andExpect(jsonPath("$.facets.themes[0].count").value(41));
	}

	@Test
	void aSizeOver500IsA400() throws Exception {
		mvc.perform(get("/api/search").param("q", "trust").param("size", "501")).andExpect(status().isBadRequest());
	}

	@Test
	void aNegativePageIsA400() throws Exception {
		mvc.perform(get("/api/search").param("q", "trust").param("page", "-1")).andExpect(status().isBadRequest());
	}

}
