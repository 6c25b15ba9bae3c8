package org.abetterway.meetingnotes.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A key point's own page, the address its "Copy link" control gives: pasted, it previews the point itself; opened, it
 * shows the point and leads to it in its meeting, without JavaScript.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SharedKeyPointTests {

	static final String SLUG = "joining-forces-unequal-alliances";

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	KeyPointRepository keyPoints;

	@Test
	void aPointsOwnPagePreviewsThePointWithItsCard() throws Exception {
		for (KeyPoint point : points()) {
			String address = "http://localhost" + point.getShareUrl();
			Document page = page(point.getShareUrl());
			assertThat(page.title()).as(address).startsWith(point.getHeadline() + " · ");
			assertThat(meta(page, "description")).as(address).startsWith(point.getWords().substring(0, 60));
			assertThat(meta(page, "og:title")).as(address).isEqualTo(point.getHeadline());
			assertThat(meta(page, "og:description")).as(address).isEqualTo(meta(page, "description"));
			assertThat(meta(page, "twitter:description")).as(address).isEqualTo(meta(page, "description"));
			assertThat(meta(page, "og:type")).as(address).isEqualTo("article");
			assertThat(meta(page, "og:url")).as(address).isEqualTo(address);
			// its own address, not the meeting's: previews that follow the canonical link would show the meeting
			assertThat(page.selectFirst("link[rel=canonical]").attr("href")).as(address).isEqualTo(address);
			assertThat(meta(page, "og:image")).as(address).isEqualTo(address + "/card.png");
			assertThat(meta(page, "twitter:image")).as(address).isEqualTo(address + "/card.png");
			assertThat(meta(page, "og:image:alt")).as(address).contains(point.getHeadline());
		}
	}

	@Test
	void aReaderReadsThePointAndGoesOnToItInItsMeeting() throws Exception {
		for (KeyPoint point : points()) {
			Document page = page(point.getShareUrl());
			assertThat(page.selectFirst("main blockquote").text()).as(point.getAnchor()).isEqualTo(point.getWords());
			var read = page.selectFirst("main a:contains(Read it in the meeting)");
			assertThat(read).as(point.getAnchor()).isNotNull();
			assertThat(read.attr("href")).isEqualTo("/meetings/" + SLUG + "#" + point.getAnchor());
			assertThat(page.select("main h1")).hasSize(1);
			assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
		}
	}

	@Test
	void theMeetingsLinkToEachPointIsItsOwnPage() throws Exception {
		Document meeting = page("/meetings/" + SLUG);
		List<String> links = meeting.select("a.point-link").eachAttr("href");
		assertThat(links).containsExactlyElementsOf(points().stream().map(KeyPoint::getShareUrl).toList());
		assertThat(links).allSatisfy(link -> assertThat(link).startsWith("/meetings/" + SLUG + "/key-points/"));
	}

	@Test
	void anUnknownPointOrMeetingIsTheSites404() throws Exception {
		for (String path : List.of("/meetings/" + SLUG + "/key-points/nope", "/meetings/nope/key-points/nope")) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(response.getContentAsString()).as(path).contains("Page not found");
		}
	}

	private List<KeyPoint> points() {
		return keyPoints.findWithThemesByMeeting(meetings.findBySlug(SLUG).orElseThrow());
	}

	private Document page(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString());
	}

	private static String meta(Document page, String name) {
		var meta = page.selectFirst("meta[name='" + name + "'], meta[property='" + name + "']");
		assertThat(meta).as(name).isNotNull();
		return meta.attr("content");
	}

}
