package org.abetterway.meetingnotes.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.abetterway.meetingnotes.idea.GatheredIdeas.State;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With search by meaning off no key point has a vector, so no idea can be found: the page says why, the API answers an
 * empty list, and nothing else changes.
 */
@SpringBootTest(properties = { "notes.search.semantic=false", "notes.page-cache=false" })
@AutoConfigureMockMvc
class IdeasWithoutMeaningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdeaGathering gathering;

	@Test
	void thePageSaysWhyThereAreNoneAndTheApiAnswersAnEmptyList() throws Exception {
		for (int tries = 0; gathering.gathered().state() == State.GATHERING; tries++) {
			assertThat(tries).isLessThan(300);
			Thread.sleep(100);
		}
		assertThat(gathering.gathered().state()).isEqualTo(State.OFF);
		assertThat(mvc.perform(get("/ideas")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
			.contains("Search by meaning is off on this site")
			.doesNotContain("class=\"idea\"");
		mvc.perform(get("/api/ideas")).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.items").isEmpty());
		assertThat(mvc.perform(get("/meetings/joining-forces-for-integrated-health-and-care")).andReturn().getResponse()
			.getContentAsString()).doesNotContain("Also raised in");
	}

}
