package org.abetterway.meetingnotes.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Finding one's way in and between meetings on the Joining Forces test notes: the contents list of a meeting in
 * sections, the previous and next meeting of its series, and the notes file to download.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LongMeetingTests {

	static final String LONG = "joining-forces-imbalances-and-inequalities";

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingRepository meetings;

	@Value("${notes.seeds-dir}")
	Path notesFolder;

	@Test
	void aMeetingInSectionsListsThemInOrderEachLinkingToItsHeading() throws Exception {
		Document page = page("/meetings/" + LONG);
		List<String> headings = page.select(".key-point-section > h2").eachText();
		assertThat(headings).hasSizeGreaterThan(5).contains("Embracing conflict");
		List<Element> links = page.select("nav.contents a");
		assertThat(page.selectFirst("nav.contents h2").text()).isEqualTo("On this page");
		assertThat(links.stream().map(Element::text).toList())
			.containsExactlyElementsOf(concat(headings, "The rest of the notes"));
		for (Element link : links) {
			Element target = page.getElementById(link.attr("href").substring(1));
			assertThat(target).as(link.attr("href")).isNotNull();
			assertThat(target.text()).isEqualTo(link.text());
		}
	}

	@Test
	void aMeetingWithoutSectionsHasNoContentsList() throws Exception {
		assertThat(page("/meetings/joining-forces-unequal-alliances").select("nav.contents")).isEmpty();
	}

	@Test
	void eachMeetingLinksToTheOnesBeforeAndAfterItInItsSeries() throws Exception {
		// the test notes are undated, so the series is in the order of their files, which the API keeps
		List<String> series = JsonPath.read(body("/api/meetings"), "$.items[*].slug");
		assertThat(series).hasSize(6);
		for (int i = 0; i < series.size(); i++) {
			Document page = page("/meetings/" + series.get(i));
			assertThat(page.select("nav.series-nav a[rel=prev]").eachAttr("href")).as(series.get(i))
				.isEqualTo(i == 0 ? List.of() : List.of("/meetings/" + series.get(i - 1)));
			assertThat(page.select("nav.series-nav a[rel=next]").eachAttr("href")).as(series.get(i))
				.isEqualTo(i == series.size() - 1 ? List.of() : List.of("/meetings/" + series.get(i + 1)));
		}
	}

	@Test
	void theMarkdownDownloadIsTheNotesFileByteForByte() throws Exception {
		for (Meeting meeting : meetings.findAll()) {
			String link = page(meeting.getUrl()).select("a:contains(Download the notes (Markdown))").attr("href");
			assertThat(link).isEqualTo(meeting.getUrl() + ".md");
			mvc.perform(get(link));
			// asked again, as a second reader would: still the file, named as the editor named it
			var response = mvc.perform(get(link)).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getHeader("Content-Disposition")).contains(meeting.getSourceFile());
			assertThat(response.getContentType()).isEqualToIgnoringCase("text/markdown;charset=UTF-8");
			assertThat(response.getContentAsByteArray())
				.isEqualTo(Files.readAllBytes(notesFolder.resolve(meeting.getSourceFile())));
		}
	}

	@Test
	void anUnknownMeetingHasNoMarkdown() throws Exception {
		assertThat(mvc.perform(get("/meetings/no-such-meeting.md")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/meetings/..%2Fthemes.yml.md")).andReturn().getResponse().getStatus())
			.isIn(400, 404);
	}

	private static List<String> concat(List<String> list, String last) {
		return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(last)).toList();
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
