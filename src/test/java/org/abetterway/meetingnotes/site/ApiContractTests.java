package org.abetterway.meetingnotes.site;

import static org.abetterway.meetingnotes.site.ApiShapes.ARRAY;
import static org.abetterway.meetingnotes.site.ApiShapes.DATE_OR_NULL;
import static org.abetterway.meetingnotes.site.ApiShapes.ERROR;
import static org.abetterway.meetingnotes.site.ApiShapes.JSON;
import static org.abetterway.meetingnotes.site.ApiShapes.KP;
import static org.abetterway.meetingnotes.site.ApiShapes.TEXT;
import static org.abetterway.meetingnotes.site.ApiShapes.TEXTS;
import static org.abetterway.meetingnotes.site.ApiShapes.TEXT_OR_NULL;
import static org.abetterway.meetingnotes.site.ApiShapes.THEMES;
import static org.abetterway.meetingnotes.site.ApiShapes.WHOLE;
import static org.abetterway.meetingnotes.site.ApiShapes.assertShape;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;

import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON API as the README's "JSON API" section describes it, field by field, on the Joining Forces test notes;
 * {@link ApiDescriptionTests} checks its OpenAPI description.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.jpa.properties.hibernate.generate_statistics=true",
		"spring.jpa.properties.hibernate.session.events.log=false" })
@AutoConfigureMockMvc
class ApiContractTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void meetingsListHasEveryFieldInHomePageOrder() throws Exception {
		JsonNode page = page("/api/meetings?size=500", 6);
		List<String> slugs = new ArrayList<>();
		for (JsonNode meeting : page.get("items")) {
			assertShape(meeting, Map.of("slug", TEXT, "title", TEXT, "date", DATE_OR_NULL, "question", TEXT_OR_NULL,
					"series", TEXT_OR_NULL, "speakers", ARRAY, "themes", TEXTS, "keyPointCount", WHOLE, "url", TEXT));
			meeting.get("speakers").forEach(speaker -> assertShape(speaker, Map.of("slug", TEXT, "name", TEXT)));
			assertThat(THEMES).containsAll(texts(meeting.get("themes")));
			assertThat(meeting.get("url").asString()).isEqualTo("/meetings/" + meeting.get("slug").asString());
			slugs.add(meeting.get("slug").asString());
		}
		List<String> homePageOrder = meetings.findAll().stream()
			.sorted(Comparator.comparing(Meeting::getDate, Comparator.nullsLast(Comparator.reverseOrder()))
				.thenComparing(Meeting::getSourceFile))
			.map(Meeting::getSlug)
			.toList();
		assertThat(slugs).isEqualTo(homePageOrder);
		assertThat(page.get("items").values().stream().mapToLong(m -> m.get("keyPointCount").asLong()).sum())
			.isEqualTo(87);
	}

	@Test
	void meetingsAreThePagesOfTheFullList() throws Exception {
		JsonNode all = page("/api/meetings?size=500", 6);
		JsonNode defaults = body("/api/meetings", 200);
		assertThat(defaults.get("page").asInt()).isZero();
		assertThat(defaults.get("size").asInt()).isEqualTo(20);
		JsonNode second = body("/api/meetings?page=1&size=2", 200);
		assertThat(second.get("total").asLong()).isEqualTo(6);
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("size").asInt()).isEqualTo(2);
		assertThat(second.get("items").values()).containsExactly(all.get("items").get(2), all.get("items").get(3));
		JsonNode beyond = body("/api/meetings?page=3&size=2", 200);
		assertThat(beyond.get("total").asLong()).isEqualTo(6);
		assertThat(beyond.get("items").isEmpty()).isTrue();
	}

	@Test
	void eachMeetingHasEveryFieldAndItsKeyPointsLinkToTheirAnchors() throws Exception {
		int keyPoints = 0;
		for (JsonNode summary : page("/api/meetings?size=500", 6).get("items")) {
			String slug = summary.get("slug").asString();
			JsonNode meeting = body("/api/meetings/" + slug, 200);
			assertShape(meeting, Map.of("slug", TEXT, "title", TEXT, "date", DATE_OR_NULL, "question", TEXT_OR_NULL,
					"series", TEXT_OR_NULL, "summary", TEXT_OR_NULL, "speakers", ARRAY, "keyPoints", ARRAY, "url",
					TEXT));
			meeting.get("speakers").forEach(speaker -> assertShape(speaker,
					Map.of("slug", TEXT, "name", TEXT, "role", TEXT_OR_NULL, "organisation", TEXT_OR_NULL)));
			for (JsonNode point : meeting.get("keyPoints")) {
				assertShape(point, KP);
				assertThat(point.get("url").asString()).isEqualTo(anchorUrl(slug, point));
				assertThat(point.get("themes").size()).isBetween(1, 3);
			}
			assertThat(positions(meeting.get("keyPoints"))).isSorted();
			assertThat(meeting.get("keyPoints").size()).isEqualTo(summary.get("keyPointCount").asInt());
			Set<String> pointThemes = meeting.get("keyPoints").values().stream()
				.flatMap(point -> texts(point.get("themes")).stream())
				.collect(Collectors.toSet());
			assertThat(texts(summary.get("themes"))).doesNotHaveDuplicates()
				.containsExactlyInAnyOrderElementsOf(pointThemes);
			assertThat(texts(meeting.get("speakers"), "slug")).isEqualTo(texts(summary.get("speakers"), "slug"));
			keyPoints += meeting.get("keyPoints").size();
		}
		assertThat(keyPoints).isEqualTo(87);
	}

	@Test
	void keyPointsListHasEveryFieldInMeetingOrder() throws Exception {
		JsonNode page = page("/api/key-points?size=500", 87);
		Map<String, Predicate<JsonNode>> shape = new HashMap<>(KP);
		shape.put("meetingSlug", TEXT);
		shape.put("meetingTitle", TEXT);
		List<String> meetingOrder = texts(page("/api/meetings?size=500", 6).get("items"), "slug");
		List<String> seen = new ArrayList<>();
		for (JsonNode point : page.get("items")) {
			assertShape(point, shape);
			String meeting = point.get("meetingSlug").asString();
			assertThat(point.get("url").asString()).isEqualTo(anchorUrl(meeting, point));
			if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(meeting)) {
				seen.add(meeting);
			}
		}
		assertThat(seen).isEqualTo(meetingOrder);
		for (String meeting : meetingOrder) {
			List<JsonNode> ofMeeting = page.get("items").values().stream()
				.filter(point -> point.get("meetingSlug").asString().equals(meeting))
				.toList();
			assertThat(ofMeeting.stream().map(point -> point.get("position").asInt()).toList()).isSorted();
			assertThat(JSON.valueToTree(ofMeeting.stream().map(ApiContractTests::withoutMeeting).toList()).toString())
				.isEqualTo(body("/api/meetings/" + meeting, 200).get("keyPoints").toString());
		}
	}

	@Test
	void keyPointsOfTwoThemesAreTheUnionOfEach() throws Exception {
		String first = "funding-and-commissioning";
		String second = "conflict-and-disagreement";
		Set<String> union = new LinkedHashSet<>(urls("/api/key-points?size=500&theme=" + first));
		union.addAll(urls("/api/key-points?size=500&theme=" + second));
		JsonNode both = body("/api/key-points?size=500&theme=" + first + "&theme=" + second, 200);
		assertThat(both.get("total").asLong()).isEqualTo(union.size());
		assertThat(texts(both.get("items"), "url")).containsExactlyInAnyOrderElementsOf(union);
		both.get("items").forEach(point -> assertThat(texts(point.get("themes"))).containsAnyOf(first, second));
		assertThat(body("/api/key-points?theme=", 200).get("total").asLong()).isEqualTo(87);
	}

	@Test
	void themesAreTheProductThemesWithTheirCounts() throws Exception {
		JsonNode themes = body("/api/themes", 200);
		assertThat(themes.isArray()).isTrue();
		themes.forEach(theme -> assertShape(theme,
				Map.of("slug", TEXT, "name", TEXT, "description", TEXT_OR_NULL, "keyPointCount", WHOLE)));
		assertThat(texts(themes, "slug")).isEqualTo(THEMES);
		long tagged = 0;
		for (JsonNode theme : themes) {
			String slug = theme.get("slug").asString();
			long count = theme.get("keyPointCount").asLong();
			assertThat(body("/api/key-points?theme=" + slug, 200).get("total").asLong()).as(slug).isEqualTo(count);
			tagged += count;
		}
		long themesOnKeyPoints = page("/api/key-points?size=500", 87).get("items").values().stream()
			.mapToLong(point -> point.get("themes").size())
			.sum();
		assertThat(tagged).isEqualTo(themesOnKeyPoints);
	}

	@Test
	void speakersAreByNameWithTheMeetingsTheySpokeAt() throws Exception {
		JsonNode speakers = body("/api/speakers", 200);
		assertThat(speakers.isArray()).isTrue();
		assertThat(speakers.size()).isEqualTo(9);
		speakers.forEach(speaker -> assertShape(speaker, Map.of("slug", TEXT, "name", TEXT, "role", TEXT_OR_NULL,
				"organisation", TEXT_OR_NULL, "meetings", TEXTS)));
		assertThat(texts(speakers, "name")).isSorted();
		Map<String, Set<String>> spokeAt = new HashMap<>();
		for (JsonNode meeting : page("/api/meetings?size=500", 6).get("items")) {
			meeting.get("speakers").forEach(speaker -> spokeAt
				.computeIfAbsent(speaker.get("slug").asString(), slug -> new HashSet<>())
				.add(meeting.get("slug").asString()));
		}
		speakers.forEach(speaker -> assertThat(texts(speaker.get("meetings")))
			.containsExactlyInAnyOrderElementsOf(spokeAt.get(speaker.get("slug").asString())));
	}

	@Test
	void everyEndpointTakesAHandfulOfQueriesWhateverTheNumberOfRows() throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		for (String url : List.of("/api/meetings?size=500", "/api/meetings/" + meetings.findAll().get(0).getSlug(),
				"/api/key-points?size=500", "/api/key-points?size=500&theme=leadership&theme=health-and-care",
				"/api/themes", "/api/speakers")) {
			statistics.clear();
			body(url, 200);
			assertThat(statistics.getPrepareStatementCount()).as(url).isLessThanOrEqualTo(5);
		}
	}

	@Test
	void unknownSlugIsA404WithAJsonBodyEvenForABrowser() throws Exception {
		MvcResult result = mvc.perform(get("/api/meetings/no-such-meeting").accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
		JsonNode error = JSON.readTree(result.getResponse().getContentAsString());
		assertShape(error, ERROR);
		assertThat(error.get("status").asInt()).isEqualTo(404);
		assertThat(error.get("error").asString()).isEqualTo("Not Found");
		assertThat(error.get("message").asString()).contains("'no-such-meeting'");
	}

	private JsonNode page(String url, int total) throws Exception {
		JsonNode page = body(url, 200);
		assertShape(page, Map.of("total", WHOLE, "page", WHOLE, "size", WHOLE, "items", ARRAY));
		assertThat(page.get("total").asLong()).isEqualTo(total);
		assertThat(page.get("items").size()).isEqualTo(total);
		return page;
	}

	private JsonNode body(String url, int status) throws Exception {
		MvcResult result = mvc.perform(get(url)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(status);
		assertThat(result.getResponse().getContentType()).as(url).startsWith(MediaType.APPLICATION_JSON_VALUE);
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	private List<String> urls(String url) throws Exception {
		return texts(body(url, 200).get("items"), "url");
	}

	private static List<String> texts(JsonNode array) {
		return array.values().stream().map(JsonNode::asString).toList();
	}

	private static List<String> texts(JsonNode array, String field) {
		return array.values().stream().map(node -> node.get(field).asString()).toList();
	}

	private static List<Integer> positions(JsonNode keyPoints) {
		return keyPoints.values().stream().map(point -> point.get("position").asInt()).toList();
	}

	private static String anchorUrl(String meetingSlug, JsonNode point) {
		return "/meetings/" + meetingSlug + "#" + point.get("anchor").asString();
	}

	private static JsonNode withoutMeeting(JsonNode point) {
		return ((ObjectNode) point.deepCopy()).without(List.of("meetingSlug", "meetingTitle"));
	}

}
