package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Every key point of the test notes has one place to land on: the anchor the JSON API gives is an id on its meeting's
 * page, once, with a link to it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PermalinkTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyMeetingPageCarriesTheApisAnchorsInOrderEachOnce() throws Exception {
		JsonNode list = json("/api/meetings?size=500");
		assertThat(list.get("items").values()).hasSize(6);
		int points = 0;
		for (JsonNode item : list.get("items").values()) {
			String slug = item.get("slug").asString();
			List<JsonNode> keyPoints = List.copyOf(json("/api/meetings/" + slug).get("keyPoints").values());
			List<String> anchors = keyPoints.stream().map(point -> point.get("anchor").asString()).toList();
			String html = html("/meetings/" + slug);
			PageHead page = new PageHead(html);

			assertThat(page.keyPointIds()).as(slug).containsExactlyElementsOf(anchors);
			assertThat(page.allIds()).as(slug).doesNotHaveDuplicates();
			for (JsonNode point : keyPoints) {
				String url = point.get("url").asString();
				assertThat(url).isEqualTo("/meetings/" + slug + "#" + point.get("anchor").asString());
				String shared = "/meetings/" + slug + "/key-points/" + point.get("anchor").asString();
				assertThat(html).contains("<a class=\"point-link\" href=\"" + shared + "\">");
			}
			points += anchors.size();
		}
		assertThat(points).isEqualTo(87);
	}

	private JsonNode json(String path) throws Exception {
		return ApiShapes.JSON.readTree(html(path));
	}

	private String html(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
