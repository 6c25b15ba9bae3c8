package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "Similar points in other meetings": the page under each key point and its JSON, on the Joining Forces test notes.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SimilarKeyPointsTests {

	static final String POINT = "/meetings/joining-forces-unequal-alliances/key-points/there-is-always/similar";

	@Autowired
	MockMvc mvc;

	@Autowired
	SimilarKeyPoints similar;

	@Test
	void theApiListsTheNearestPointsOfOtherMeetingsBestFirst() throws Exception {
		mvc.perform(get("/api" + POINT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(SimilarKeyPointsApiController.DEFAULT_SIZE)))
			.andExpect(jsonPath("$[*].meetingSlug", everyItem(not("joining-forces-unequal-alliances"))))
			.andExpect(jsonPath("$[0].anchor").isString())
			.andExpect(jsonPath("$[0].url", containsString("/meetings/")))
			.andExpect(jsonPath("$[0].meetingTitle").isString())
			.andExpect(jsonPath("$[0].themes").isArray());
		List<Float> scores = similar.to("joining-forces-unequal-alliances", "there-is-always", 5).orElseThrow()
			.keyPoints().stream().map(SearchHit::score).toList();
		assertThat(scores).isSortedAccordingTo((a, b) -> Float.compare(b, a)).allMatch(score -> score <= 1);
		mvc.perform(get("/api" + POINT).param("size", "2")).andExpect(jsonPath("$", hasSize(2)));
	}

	@Test
	void anUnknownMeetingOrAnchorIsA404AndABadSizeA400() throws Exception {
		mvc.perform(get("/api/meetings/nope/key-points/there-is-always/similar")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/api/meetings/joining-forces-unequal-alliances/key-points/nope/similar"))
			.andExpect(status().isNotFound());
		for (String size : List.of("0", "21", "-1", "abc")) {
			mvc.perform(get("/api" + POINT).param("size", size)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.status").value(400));
		}
		mvc.perform(get(POINT.replace("there-is-always", "nope"))).andExpect(status().isNotFound());
	}

	@Test
	void thePageShowsThePointAndItsNeighboursAndEveryPointLinksToIt() throws Exception {
		mvc.perform(get(POINT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Similar points in other meetings</h1>")))
			.andExpect(content().string(containsString("There is always a tussle")))
			.andExpect(content().string(containsString("href=\"/meetings/joining-forces-unequal-alliances#there-is-always\"")));
		mvc.perform(get("/meetings/joining-forces-unequal-alliances"))
			.andExpect(content().string(containsString("href=\"" + POINT + "\"")));
	}

	/** Ten key points and the points of other meetings that, read side by side, make the same point. */
	@Test
	void eightOfTenJudgedPointsFindAPointOnTheSameIdeaInTheirFirstFive() throws IOException {
		String tsv = new ClassPathResource("search/similar-points.tsv").getContentAsString(StandardCharsets.UTF_8);
		int found = 0;
		for (String line : tsv.lines().skip(1).filter(line -> !line.isBlank()).toList()) {
			String[] columns = line.split("\t");
			String[] source = columns[0].split("#");
			Set<String> relevant = Set.copyOf(Arrays.asList(columns[1].split(" ")));
			List<String> nearest = similar.to(source[0], source[1], 5).orElseThrow().keyPoints().stream()
				.map(hit -> hit.meetingSlug() + "#" + hit.anchor()).toList();
			found += nearest.stream().anyMatch(relevant::contains) ? 1 : 0;
		}
		assertThat(found).isGreaterThanOrEqualTo(8);
	}

}
