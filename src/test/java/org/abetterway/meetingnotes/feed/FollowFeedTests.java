package org.abetterway.meetingnotes.feed;

import static org.abetterway.meetingnotes.feed.FeedControllerTests.parse;
import static org.abetterway.meetingnotes.feed.FeedControllerTests.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Following a theme, a speaker or a search on the Joining Forces test notes: each feed is Atom with the entries the
 * JSON API lists for the same question, identified by addresses made of slugs and anchors, and each page names its
 * feed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowFeedTests {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	@Autowired
	MockMvc mvc;

	@Test
	void aThemesFeedHoldsItsKeyPointsNewestMeetingsFirst() throws Exception {
		Document feed = feed("/themes/funding-and-commissioning/feed.atom");
		List<String> expected = urls("/api/key-points?size=100&theme=funding-and-commissioning", "$.items[*].url");
		assertThat(expected).isNotEmpty();
		assertThat(entryIds(feed)).containsExactlyElementsOf(expected);
		assertThat(texts(feed, ATOM, "id").get(0))
			.isEqualTo("http://localhost/themes/funding-and-commissioning/feed.atom");
		assertThat(feed.getElementsByTagNameNS(ATOM, "category").getLength()).isGreaterThanOrEqualTo(expected.size());
	}

	@Test
	void aSpeakersFeedHoldsTheMeetingsTheySpokeAt() throws Exception {
		Document feed = feed("/speakers/cate-newnes-smith/feed.atom");
		List<String> meetings = JsonPath.read(body("/api/speakers"),
				"$[?(@.slug == 'cate-newnes-smith')].meetings[*]");
		assertThat(meetings).hasSizeGreaterThan(1);
		assertThat(entryIds(feed))
			.containsExactlyElementsOf(meetings.stream().map(slug -> "http://localhost/meetings/" + slug).toList());
	}

	@Test
	void aSearchsFeedHoldsTheSearchsBestResultsInItsOrder() throws Exception {
		for (String query : List.of("q=funders", "q=trust&theme=leadership", "theme=health-and-care")) {
			Document feed = feed("/search/feed.atom?" + query);
			List<String> expected = urls("/api/search?size=100&" + query, "$.items[*].url");
			assertThat(expected).as(query).isNotEmpty();
			assertThat(entryIds(feed)).as(query).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void everyFeedIsUpdatedWhenItsNewestEntryWas() throws Exception {
		for (String path : List.of("/themes/leadership/feed.atom", "/speakers/cate-newnes-smith/feed.atom",
				"/search/feed.atom?q=funders")) {
			Document feed = feed(path);
			List<String> updated = texts(feed, ATOM, "updated");
			Instant newest = updated.subList(1, updated.size()).stream().map(Instant::parse)
				.max(Comparator.naturalOrder()).orElseThrow();
			assertThat(Instant.parse(updated.get(0))).as(path).isEqualTo(newest);
		}
	}

	@Test
	void eachPageAdvertisesItsFeedInItsHeadAndInWords() throws Exception {
		for (String[] pageAndFeed : List.of(new String[] { "/themes/leadership", "/themes/leadership/feed.atom" },
				new String[] { "/speakers/cate-newnes-smith", "/speakers/cate-newnes-smith/feed.atom" },
				new String[] { "/search?q=funders&theme=leadership", "/search/feed.atom?q=funders&theme=leadership" },
				new String[] { "/", "/feed.atom" })) {
			var page = Jsoup.parse(body(pageAndFeed[0]));
			assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
				.as(pageAndFeed[0]).containsExactly(pageAndFeed[1]);
			var follow = page.selectFirst("main .follow a");
			assertThat(follow.attr("href")).isEqualTo(pageAndFeed[1]);
			assertThat(follow.text()).startsWith("Follow ");
			assertThat(page.selectFirst("main .follow").text()).contains("feed reader");
			assertThat(feed(pageAndFeed[1]).getDocumentElement().getLocalName()).isEqualTo("feed");
		}
	}

	@Test
	void feedsAreCachedLikeEveryPage() throws Exception {
		var first = mvc.perform(get("/themes/leadership/feed.atom")).andReturn().getResponse();
		String etag = first.getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(mvc.perform(get("/themes/leadership/feed.atom").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andReturn().getResponse().getStatus()).isEqualTo(304);
	}

	@Test
	void unknownOrEmptyFollowsAreClearErrors() throws Exception {
		assertThat(status("/themes/no-such-theme/feed.atom")).isEqualTo(404);
		assertThat(status("/speakers/nobody/feed.atom")).isEqualTo(404);
		assertThat(status("/search/feed.atom")).isEqualTo(400);
		assertThat(status("/search/feed.atom?q=")).isEqualTo(400);
		assertThat(entryIds(feed("/search/feed.atom?q=funders&theme=no-such-theme"))).isEmpty();
		assertThat(entryIds(feed("/search/feed.atom?q=" + "x".repeat(5000) + "&speaker=%3Cscript%3E"))).isEmpty();
	}

	private Document feed(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		assertThat(response.getContentType()).as(path).startsWith("application/atom+xml");
		Document feed = parse(response.getContentAsString());
		Element root = feed.getDocumentElement();
		assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
		assertThat(root.getLocalName()).isEqualTo("feed");
		for (String required : List.of("id", "title", "updated", "author")) {
			assertThat(children(root, required)).as(path + " " + required).hasSize(1);
		}
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		assertThat(entries.getLength()).isLessThanOrEqualTo(AtomFeed.MOST_ENTRIES);
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			for (String required : List.of("id", "title", "updated", "link")) {
				assertThat(children(entry, required)).as(path + " entry " + required).hasSize(1);
			}
			Instant.parse(children(entry, "updated").get(0).getTextContent());
		}
		return feed;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element element && ATOM.equals(element.getNamespaceURI())
					&& name.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	private static List<String> entryIds(Document feed) {
		List<String> ids = new ArrayList<>();
		NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			ids.add(children((Element) entries.item(i), "id").get(0).getTextContent());
		}
		return ids;
	}

	private List<String> urls(String api, String path) throws Exception {
		List<String> urls = JsonPath.read(body(api), path);
		return urls.stream().map(url -> "http://localhost" + url).toList();
	}

	private int status(String path) throws Exception {
		return mvc.perform(get(path)).andReturn().getResponse().getStatus();
	}

	private String body(String path) throws Exception {
		var response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

}
