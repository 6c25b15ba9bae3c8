package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Lists longer than a page, on crafted notes: 22 meetings, newest last in file order, each with three key points of
 * one theme and four speakers, one of whom spoke at all of them. Each list shows a page at a time, says which of how
 * many it shows, and a page number it cannot take is the site's own error page, never JSON.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "notes.watch=false", "notes.search.semantic=false",
				"spring.jpa.properties.hibernate.generate_statistics=true", "notes.page-cache=false" })
class LongListsTests {

	static final int MEETINGS = 22;

	static final Path NOTES = craftedNotes();

	@LocalServerPort
	int port;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private final HttpClient http = HttpClient.newHttpClient();

	@DynamicPropertySource
	static void notes(DynamicPropertyRegistry registry) {
		registry.add("notes.seeds-dir", NOTES::toString);
	}

	@AfterAll
	static void cleanUp() throws IOException {
		FileSystemUtils.deleteRecursively(NOTES);
	}

	@Test
	void aThemePageShowsFiftyKeyPointsAPageNewestMeetingsFirstAndCountsThemAll() throws Exception {
		Document first = page("/themes/leadership");
		Document second = page("/themes/leadership?page=1");

		assertThat(first.selectFirst(".page-header .count").text()).startsWith("1–50 of 66 key points");
		assertThat(second.selectFirst(".page-header .count").text()).startsWith("51–66 of 66 key points");
		assertThat(first.select("li.key-point")).hasSize(50);
		assertThat(second.select("li.key-point")).hasSize(16);
		assertThat(first.select(".pager a").eachAttr("href")).containsExactly("/themes/leadership?page=1");
		assertThat(second.select(".pager a").eachAttr("href")).containsExactly("/themes/leadership?page=0");
		List<String> places = new ArrayList<>(first.select(".key-point-place a").eachAttr("href"));
		places.addAll(second.select(".key-point-place a").eachAttr("href"));
		assertThat(places).doesNotHaveDuplicates().hasSize(66);
		// the meeting cut by the page's end heads the next page too
		List<String> groups = new ArrayList<>(first.select(".meeting-group h2").eachText());
		groups.addAll(second.select(".meeting-group h2").eachText());
		assertThat(new LinkedHashSet<>(groups)).containsExactlyElementsOf(newestFirst());
		assertThat(groups).hasSize(MEETINGS + 1);
	}

	@Test
	void aPageNumberOutOfRangeIsBroughtIntoRange() throws Exception {
		assertThat(page("/themes/leadership?page=-4").select("li.key-point").eachText())
			.isEqualTo(page("/themes/leadership").select("li.key-point").eachText());
		Document pastTheEnd = page("/themes/leadership?page=40");
		assertThat(pastTheEnd.select("li.key-point")).isEmpty();
		assertThat(pastTheEnd.select("main p").eachText()).contains("There are no key points on this page. Go to the "
				+ "first page.");
		assertThat(pastTheEnd.selectFirst(".page-header .count").text()).startsWith("66 key points");
		assertThat(pastTheEnd.select(".pager a[rel=prev]").eachAttr("href")).containsExactly("/themes/leadership?page=1");
		assertThat(page("/speakers/ada-crafted?page=5").select("main p").eachText()).contains("There are no meetings "
				+ "on this page. Go to the first page.");
		assertThat(page("/speakers?page=5").select("main p").eachText()).contains("There are no speakers on this "
				+ "page. Go to the first page.");
	}

	@Test
	void aSpeakerPageShowsTwentyOfTheirMeetingsAPageWithTheirMapAndKeyPoints() throws Exception {
		Document first = page("/speakers/ada-crafted");
		Document second = page("/speakers/ada-crafted?page=1");

		assertThat(first.selectFirst(".spoke-at .count").text()).isEqualTo("1–20 of 22 meetings");
		assertThat(second.selectFirst(".spoke-at .count").text()).isEqualTo("21–22 of 22 meetings");
		assertThat(first.select(".spoke-at li a").eachText()).isEqualTo(newestFirst().subList(0, 20));
		assertThat(second.select(".spoke-at li a").eachText()).isEqualTo(newestFirst().subList(20, MEETINGS));
		assertThat(first.select(".theme-map tbody th").eachText()).isEqualTo(newestFirst().subList(0, 20));
		assertThat(second.select(".theme-map tbody th").eachText()).isEqualTo(newestFirst().subList(20, MEETINGS));
		assertThat(first.select("li.key-point")).hasSize(60);
		assertThat(second.select("li.key-point")).hasSize(6);
		assertThat(second.select(".meeting-group h2").eachText()).isEqualTo(newestFirst().subList(20, MEETINGS));
		assertThat(first.select(".pager a").eachAttr("href")).containsExactly("/speakers/ada-crafted?page=1");
	}

	@Test
	void theListsOfSpeakersMeetingsAndKeyPointsSayWhichOfHowManyTheyShow() throws Exception {
		assertThat(page("/speakers").selectFirst("main .count").text()).isEqualTo("1–50 of 67 speakers");
		assertThat(page("/speakers").select(".card-list > li")).hasSize(50);
		assertThat(page("/speakers?page=1").select(".card-list > li")).hasSize(17);
		assertThat(page("/").selectFirst("main .count").text()).isEqualTo("1–20 of 22 meetings");
		assertThat(page("/key-points").selectFirst("h2.result-count").text()).isEqualTo("1–20 of 66 key points");
		assertThat(page("/key-points?page=3").selectFirst("h2.result-count").text()).isEqualTo("61–66 of 66 key points");
	}

	@ParameterizedTest(name = "{0} asked for as {1}")
	@CsvSource({ "/themes?page=999999999999, application/json", "/themes/leadership?page=abc, */*",
			"/speakers/ada-crafted?page=1e3, application/json", "/?page=99999999999999999999, */*",
			"/search/feed.atom?q=, application/atom+xml", "'/search/feed.atom?q=%20', application/atom+xml" })
	void aValueAPageOrFeedCannotTakeIsTheSitesBadRequestPageNotJson(String path, String accept) throws Exception {
		HttpResponse<String> response = get(path, accept);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("<h1>We could not answer that request</h1>").doesNotContain("\"status\"");
	}

	@Test
	void aFeedOfNothingKnownIsTheNotFoundPageLabelledAsHtml() throws Exception {
		HttpResponse<String> response = get("/themes/no-such-theme/feed.atom", "application/atom+xml");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
	}

	@Test
	void theApiStillAnswersABadPageNumberInJson() throws Exception {
		HttpResponse<String> response = get("/api/meetings?page=999999999999", "text/html");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).startsWith("{\"status\":400");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/themes/leadership, /themes/leadership?page=1", "/speakers/ada-crafted, /speakers/ada-crafted?page=1",
			"/speakers, /speakers?page=1", "/, /?page=1", "/key-points, /key-points?page=2" })
	void laterPagesOfALongListRunNoMoreStatementsThanTheFirst(String first, String later) throws Exception {
		long onFirst = statementsFor(first);
		// a part-filled last page saves its count query
		assertThat(statementsFor(later)).isBetween(onFirst - 1, onFirst);
		assertThat(onFirst).isLessThanOrEqualTo(QueryCountTests.MOST_STATEMENTS_PER_PAGE);
	}

	private long statementsFor(String path) throws Exception {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		get(path, "text/html");
		statistics.clear();
		assertThat(get(path, "text/html").statusCode()).as(path).isEqualTo(200);
		return statistics.getPrepareStatementCount();
	}

	/** The crafted meetings' titles in the home page's order. */
	private static List<String> newestFirst() {
		List<String> titles = new ArrayList<>();
		for (int n = MEETINGS; n >= 1; n--) {
			titles.add("Meeting " + n);
		}
		return titles;
	}

	private Document page(String path) throws Exception {
		HttpResponse<String> response = get(path, "text/html");
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", accept)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Path craftedNotes() {
		try {
			Path folder = Files.createTempDirectory("long-lists");
			for (int n = 1; n <= MEETINGS; n++) {
				StringBuilder md = new StringBuilder("---\ntitle: \"Meeting " + n + "\"\ndate: 2024-01-"
						+ String.format("%02d", n) + "\nspeakers:\n  - name: Ada Crafted\n");
				for (String person : List.of("A", "B", "C")) {
					md.append("  - name: Person ").append(n).append(' ').append(person).append('\n');
				}
				md.append("---\n\n## What was said\n\n");
				for (int point = 1; point <= 3; point++) {
					md.append("- Point ").append(point).append(" of meeting ").append(n)
						.append(". <!-- themes: leadership -->\n");
				}
				Files.writeString(folder.resolve(String.format("%02d-meeting.md", n)), md);
			}
			return folder;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
