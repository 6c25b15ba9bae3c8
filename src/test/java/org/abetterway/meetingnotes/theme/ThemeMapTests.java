package org.abetterway.meetingnotes.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The theme map on the Joining Forces test notes, checked against the JSON API: a table of every meeting against
 * every theme whose numbers are the key points {@code /api/key-points?theme=…} lists for each meeting, each number
 * linking to exactly those key points.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ThemeMapTests {

	@Autowired
	MockMvc mvc;

	@Test
	void themesPageMapsEveryMeetingAgainstEveryThemeWithTheApisCounts() throws Exception {
		Element table = page("/themes").selectFirst(".theme-map table");
		assertThat(table).as("the map").isNotNull();
		assertThat(table.selectFirst("caption").text()).isEqualTo("Key points of each meeting, by theme");

		List<String> themes = JsonPath.read(body("/api/themes"), "$[*].slug");
		assertThat(table.select("thead th[scope=col] a").eachAttr("href"))
			.containsExactlyElementsOf(themes.stream().map(slug -> "/themes/" + slug).toList());
		List<String> meetings = JsonPath.read(body("/api/meetings?size=500"), "$.items[*].slug");
		Elements rows = table.select("tbody tr");
		assertThat(rows.eachText()).hasSize(meetings.size());

		int cellsWithPoints = 0;
		for (int column = 0; column < themes.size(); column++) {
			Map<String, Integer> perMeeting = keyPointsPerMeeting(themes.get(column));
			for (int row = 0; row < meetings.size(); row++) {
				Element tr = rows.get(row);
				assertThat(tr.selectFirst("th[scope=row] a").attr("href")).isEqualTo("/meetings/" + meetings.get(row));
				Element cell = tr.select("td").get(column);
				int expected = perMeeting.getOrDefault(meetings.get(row), 0);
				String where = meetings.get(row) + " × " + themes.get(column);
				if (expected == 0) {
					assertThat(cell.text()).as(where).isEmpty();
					assertThat(cell.select("a")).as(where).isEmpty();
				}
				else {
					cellsWithPoints++;
					assertThat(cell.text()).as(where).isEqualTo(Integer.toString(expected));
					assertThat(cell.selectFirst("a").attr("href")).as(where)
						.isEqualTo("/key-points?theme=" + themes.get(column) + "&meeting=" + meetings.get(row));
				}
			}
		}
		assertThat(cellsWithPoints).isGreaterThan(themes.size());
	}

	@Test
	void everyNumberLinksToExactlyTheKeyPointsItCounts() throws Exception {
		Elements links = page("/themes").select(".theme-map td a");
		assertThat(links).isNotEmpty();
		for (Element link : links) {
			String meeting = link.attr("href").replaceAll(".*meeting=", "");
			Document points = page(link.attr("href"));
			assertThat(points.selectFirst("h2.result-count").text()).as(link.attr("href"))
				.isEqualTo(link.text() + (link.text().equals("1") ? " key point" : " key points"));
			assertThat(points.select("li.key-point .key-point-place a").eachAttr("href")).as(link.attr("href"))
				.hasSize(Integer.parseInt(link.text()))
				.allSatisfy(href -> assertThat(href).startsWith("/meetings/" + meeting + "#"));
		}
	}

	@Test
	void aMeetingPageListsItsThemesWithTheirCounts() throws Exception {
		String meeting = "joining-forces-imbalances-and-inequalities";
		Elements themes = page("/meetings/" + meeting).select(".meeting-themes li a");
		assertThat(themes).hasSizeGreaterThan(5);
		for (Element theme : themes) {
			String slug = theme.attr("href").replaceAll(".*theme=([^&]+).*", "$1");
			int count = keyPointsPerMeeting(slug).get(meeting);
			assertThat(theme.attr("href")).isEqualTo("/key-points?theme=" + slug + "&meeting=" + meeting);
			assertThat(theme.selectFirst(".theme-tally-count").text())
				.isEqualTo(count + (count == 1 ? " key point" : " key points"));
		}
	}

	@Test
	void anUnknownMeetingInTheKeyPointListIsSaidAndLeftOut() throws Exception {
		Document points = page("/key-points?theme=leadership&meeting=no-such-meeting");
		assertThat(points.selectFirst(".notice").text()).contains("We have no meeting called no-such-meeting");
		assertThat(points.selectFirst("h2.result-count").text())
			.isEqualTo(JsonPath.read(body("/api/key-points?theme=leadership"), "$.total") + " key points");
	}

	private Map<String, Integer> keyPointsPerMeeting(String theme) throws Exception {
		List<String> slugs = JsonPath.read(body("/api/key-points?size=500&theme=" + theme), "$.items[*].meetingSlug");
		Map<String, Integer> counts = new HashMap<>();
		slugs.forEach(slug -> counts.merge(slug, 1, Integer::sum));
		return counts;
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(body(path));
	}

	private String body(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

}
