package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With {@code notes.search.semantic=false} the site searches by words alone, as it did before search by meaning.
 */
@SpringBootTest(properties = "notes.search.semantic=false")
@AutoConfigureMockMvc
class SearchByWordsAloneTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	KeyPointSearch search;

	@Autowired
	MeaningModel meaning;

	@Test
	void everyResultHasTheReadersWordsAndNoPointLinksToSimilarOnes() throws Exception {
		SearchResults results = search.search(new SearchRequest("charities competing for grants", List.of(), null,
				null, 0, 20));
		assertThat(results.hits()).isNotEmpty().noneMatch(SearchHit::byMeaningAlone);
		assertThat(meaning.awaitLoaded()).isFalse();
		assertThat(meaning.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("turned off"));
		mvc.perform(get("/meetings/joining-forces-unequal-alliances"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Similar points in other meetings"))));
		mvc.perform(get("/api/meetings/joining-forces-unequal-alliances/key-points/there-is-always/similar"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

}
