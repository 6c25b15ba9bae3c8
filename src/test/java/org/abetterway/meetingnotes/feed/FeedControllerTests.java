package org.abetterway.meetingnotes.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.notes.SeedsCopy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The feed, sitemap and robots.txt on the Joining Forces test notes, with and without a configured public address.
 */
class FeedControllerTests {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes("UTF-8")));
	}

	static List<String> texts(Document document, String namespace, String name) {
		NodeList nodes = document.getElementsByTagNameNS(namespace, name);
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			texts.add(nodes.item(i).getTextContent());
		}
		return texts;
	}

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	class OnTheRequestsOwnAddress {

		@Autowired
		MockMvc mvc;

		@Autowired
		MeetingRepository meetings;

		@Test
		void feedIsAtomWithOneEntryPerMeetingNewestFirst() throws Exception {
			var response = mvc.perform(get("/feed.atom")).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(200);
			assertThat(response.getContentType()).startsWith("application/atom+xml");
			Document feed = parse(response.getContentAsString());
			Element root = feed.getDocumentElement();
			assertThat(root.getLocalName()).isEqualTo("feed");
			assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
			NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
			assertThat(entries.getLength()).isEqualTo(6);
			for (int i = 0; i < entries.getLength(); i++) {
				Element entry = (Element) entries.item(i);
				for (String required : List.of("id", "title", "updated")) {
					assertThat(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required).getLength())
						.as(required).isEqualTo(1);
				}
			}
			List<String> expected = meetings.findAllWithSpeakersNewestFirst().stream()
				.map(meeting -> "http://localhost" + meeting.getUrl()).toList();
			List<String> ids = texts(feed, "http://www.w3.org/2005/Atom", "id");
			assertThat(ids.subList(1, ids.size())).containsExactlyElementsOf(expected);
		}

		@Test
		void feedAndSitemapDateEachMeetingByWhenItsNotesChanged() throws Exception {
			Map<String, Instant> changed = new HashMap<>();
			for (Meeting meeting : meetings.findAll()) {
				Instant modified = Files.getLastModifiedTime(SeedsCopy.TEST_NOTES.resolve(meeting.getSourceFile()))
					.toInstant().truncatedTo(ChronoUnit.SECONDS);
				changed.put("http://localhost" + meeting.getUrl(), modified);
			}
			MockHttpServletResponse response = mvc.perform(get("/feed.atom")).andReturn().getResponse();
			Document feed = parse(response.getContentAsString());
			NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
			for (int i = 0; i < entries.getLength(); i++) {
				Element entry = (Element) entries.item(i);
				String id = entry.getElementsByTagNameNS(ATOM, "id").item(0).getTextContent();
				assertThat(entry.getElementsByTagNameNS(ATOM, "updated").item(0).getTextContent()).as(id)
					.isEqualTo(changed.get(id).toString());
			}
			// the feed itself is as new as the notes, as its Last-Modified says, and never older than its entries
			Instant newest = changed.values().stream().max(Comparator.naturalOrder()).orElseThrow();
			Instant notesChanged = Instant.ofEpochMilli(response.getDateHeader("Last-Modified"));
			assertThat(texts(feed, ATOM, "updated").get(0)).isEqualTo(notesChanged.toString());
			assertThat(notesChanged).isAfterOrEqualTo(newest);

			Document sitemap = parse(mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString());
			NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP, "url");
			int dated = 0;
			for (int i = 0; i < urls.getLength(); i++) {
				Element url = (Element) urls.item(i);
				Instant modified = changed.get(url.getElementsByTagNameNS(SITEMAP, "loc").item(0).getTextContent());
				if (modified != null) {
					assertThat(url.getElementsByTagNameNS(SITEMAP, "lastmod").item(0).getTextContent())
						.isEqualTo(modified.atZone(ZoneOffset.UTC).toLocalDate().toString());
					dated++;
				}
			}
			assertThat(dated).isEqualTo(6);
		}

		@Test
		void sitemapListsEveryMeetingThemeAndSpeakerPage() throws Exception {
			String xml = mvc.perform(get("/sitemap.xml")).andReturn().getResponse().getContentAsString();
			List<String> locations = texts(parse(xml), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
			meetings.findAll().forEach(meeting -> assertThat(locations).contains("http://localhost" + meeting.getUrl()));
			assertThat(locations).contains("http://localhost/themes/health-and-care",
					"http://localhost/speakers/cate-newnes-smith");
			assertThat(locations).contains("http://localhost/ideas").hasSize(5 + 6 + 13 + 9);
		}

		/**
		 * Feed readers and crawlers each say what they accept, and each gets the feed or sitemap as it is, whether the
		 * page cache has it or not: a query no controller reads makes an address no one has asked for yet.
		 */
		@Test
		void feedsAndTheSitemapAnswerWhateverXmlAReaderAccepts() throws Exception {
			Map<String, String> types = Map.of("/feed.atom", "application/atom+xml",
					"/themes/leadership/feed.atom", "application/atom+xml", "/speakers/steve-wyler/feed.atom",
					"application/atom+xml", "/search/feed.atom?q=funders", "application/atom+xml", "/sitemap.xml",
					"application/xml");
			List<String> accepts = List.of("application/rss+xml", "application/rss+xml, application/xml;q=0.9",
					"application/xml", "text/xml", "*/*");
			int fresh = 0;
			for (String accept : accepts) {
				for (Map.Entry<String, String> address : types.entrySet()) {
					String path = address.getKey();
					String notYetCached = path + (path.contains("?") ? "&" : "?") + "fresh=" + fresh++;
					for (String asked : List.of(notYetCached, path, path, path)) {
						var response = mvc.perform(get(asked).header("Accept", accept)).andReturn().getResponse();
						assertThat(response.getStatus()).as("%s with Accept: %s", asked, accept).isEqualTo(200);
						assertThat(response.getContentType()).as("%s with Accept: %s", asked, accept)
							.startsWith(address.getValue());
						assertThat(parse(response.getContentAsString()).getDocumentElement().getLocalName())
							.isIn("feed", "urlset");
					}
				}
			}
		}

		@Test
		void robotsPointsToTheSitemap() throws Exception {
			String robots = mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString();
			assertThat(robots).contains("User-agent: *").contains("Sitemap: http://localhost/sitemap.xml");
		}

	}

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	@TestPropertySource(properties = "notes.base-url=https://notes.example.org/")
	class OnTheConfiguredAddress {

		@Autowired
		MockMvc mvc;

		@Test
		void linksUseTheConfiguredBaseUrl() throws Exception {
			String feed = mvc.perform(get("/feed.atom")).andReturn().getResponse().getContentAsString();
			assertThat(texts(parse(feed), "http://www.w3.org/2005/Atom", "id"))
				.allSatisfy(id -> assertThat(id).startsWith("https://notes.example.org/"));
			String robots = mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString();
			assertThat(robots).contains("Sitemap: https://notes.example.org/sitemap.xml");
		}

	}

}
