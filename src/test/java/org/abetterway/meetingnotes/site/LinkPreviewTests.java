package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.abetterway.meetingnotes.site.SiteProperties;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * What a pasted link unfurls into and what search engines read, on the Joining Forces test notes, with and without a configured
 * public address.
 */
class LinkPreviewTests {

	static final String MEETING = "/meetings/joining-forces-unequal-alliances";

	abstract static class OnEveryPage {

		@Autowired
		MockMvc mvc;

		@Autowired
		MeetingRepository meetings;

		@Autowired
		SiteProperties notes;

		/** What absolute addresses start with. */
		abstract String base();

		@Test
		void everyPageHasATitleADescriptionAndAnAbsoluteCanonicalUrlWithoutTheQuery() throws Exception {
			Map<String, String> canonical = Map.of("/", "/", "/key-points?theme=leadership&page=0", "/key-points",
					"/themes", "/themes", "/themes/leadership", "/themes/leadership", "/speakers", "/speakers",
					"/speakers/steve-wyler", "/speakers/steve-wyler", MEETING, MEETING, "/meetings/nope",
					"/meetings/nope", "/nope?x=1", "/nope", "/search?q=funders", "/search");
			for (Map.Entry<String, String> page : canonical.entrySet()) {
				PageHead head = new PageHead(
						mvc.perform(get(page.getKey())).andReturn().getResponse().getContentAsString());
				assertThat(head.title()).as(page.getKey()).hasValueSatisfying(
						title -> assertThat(title).endsWith(" · " + notes.siteName()).hasSizeGreaterThan(5));
				assertThat(head.meta("description")).as(page.getKey())
					.hasValueSatisfying(description -> assertThat(description).isNotBlank());
				assertThat(head.canonical()).as(page.getKey()).contains(base() + page.getValue());
			}
		}

		@Test
		void meetingPagesUnfurlAsArticlesWithTheirQuestion() throws Exception {
			for (Meeting meeting : meetings.findAllWithSpeakersNewestFirst()) {
				PageHead head = head(meeting.getUrl());
				String question = meeting.getQuestion();
				String description = question.length() <= 160 ? question : question.substring(0, 157) + "...";
				assertPreview(head, "article", meeting.getTitle(), description, base() + meeting.getUrl());
			}
		}

		@Test
		void speakerPagesUnfurlAsProfilesAndThemePagesAsWebsites() throws Exception {
			assertPreview(head("/speakers/cate-newnes-smith"), "profile", "Cate Newnes-Smith",
					"Cate Newnes-Smith, CEO, Surrey Youth Focus: the meetings they spoke at and their key points.",
					base() + "/speakers/cate-newnes-smith");
			assertPreview(head("/themes/power-and-inequality"), "website", "Power & inequality",
					"Key points about Power & inequality: Imbalances between partners, dominance, sharing or "
							+ "abusing power.",
					base() + "/themes/power-and-inequality");
		}

		/**
		 * Every previewed page shows a picture: its own card where it has one (two meetings, two pictures), else the
		 * home page's; each a PNG of 1200×630 within 300 KB, validated by an ETag, with alt text.
		 */
		@Test
		void everyPreviewedPageShowsACardOfItsOwnOrTheHomePages() throws Exception {
			Map<String, String> cards = new LinkedHashMap<>();
			cards.put("/", "/cards/home.png");
			cards.put("/themes", "/cards/home.png");
			cards.put("/speakers", "/cards/home.png");
			cards.put("/key-points", "/cards/home.png");
			cards.put("/themes/leadership", "/themes/leadership/card.png");
			cards.put("/speakers/cate-newnes-smith", "/speakers/cate-newnes-smith/card.png");
			for (Meeting meeting : meetings.findAllWithSpeakersNewestFirst()) {
				cards.put(meeting.getUrl(), meeting.getUrl() + "/card.png");
			}
			Map<String, byte[]> drawn = new HashMap<>();
			for (Map.Entry<String, String> page : cards.entrySet()) {
				PageHead head = head(page.getKey());
				String image = base() + page.getValue();
				assertThat(head.meta("og:image")).as(page.getKey()).contains(image);
				assertThat(head.meta("twitter:image")).as(page.getKey()).contains(image);
				assertThat(head.meta("og:image:width")).as(page.getKey()).contains("1200");
				assertThat(head.meta("og:image:height")).as(page.getKey()).contains("630");
				assertThat(head.meta("og:image:alt")).as(page.getKey()).hasValueSatisfying(alt -> assertThat(alt)
					.contains(page.getValue().equals("/cards/home.png") ? "Meetings" : head.meta("og:title").get()));
				assertThat(head.meta("twitter:image:alt")).as(page.getKey()).isEqualTo(head.meta("og:image:alt"));
				assertThat(head.meta("og:locale")).as(page.getKey()).contains("en_GB");
				drawn.computeIfAbsent(page.getValue(), path -> card(path));
			}
			assertThat(drawn.get(MEETING + "/card.png"))
				.isNotEqualTo(drawn.get("/meetings/joining-forces-for-levelling-up/card.png"));
		}

		/** The PNG at a card's path, checked as link previews take it. */
		private byte[] card(String path) {
			try {
				var response = mvc.perform(get(path)).andReturn().getResponse();
				assertThat(response.getStatus()).as(path).isEqualTo(200);
				assertThat(response.getContentType()).as(path).isEqualTo("image/png");
				assertThat(response.getHeader("ETag")).as(path).isNotBlank();
				byte[] png = response.getContentAsByteArray();
				assertThat(png.length).as(path).isLessThanOrEqualTo(300 * 1024);
				BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
				assertThat(image.getWidth()).as(path).isEqualTo(1200);
				assertThat(image.getHeight()).as(path).isEqualTo(630);
				return png;
			}
			catch (Exception ex) {
				throw new AssertionError(path, ex);
			}
		}

		@Test
		void errorAndSearchPagesAreNeitherPreviewedNorIndexed() throws Exception {
			for (String path : List.of("/meetings/nope", "/search?q=funders")) {
				String html = page(path);
				assertThat(new PageHead(html).meta("og:type")).as(path).isEmpty();
				assertThat(html).as(path).contains("<meta name=\"robots\" content=\"noindex\">");
			}
			assertThat(page("/themes")).doesNotContain("noindex");
		}

		@Test
		void meetingPagesDescribeThemselvesAsSchemaOrgArticles() throws Exception {
			for (Meeting meeting : meetings.findAllWithSpeakersNewestFirst()) {
				List<String> scripts = head(meeting.getUrl()).jsonLd();
				assertThat(scripts).as(meeting.getSlug()).hasSize(1);
				JsonNode article = ApiShapes.JSON.readTree(scripts.get(0));
				assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
				assertThat(article.get("@type").asString()).isEqualTo("Article");
				assertThat(article.get("url").asString()).isEqualTo(base() + meeting.getUrl());
				assertThat(article.get("headline").asString()).isEqualTo(meeting.getTitle());
				assertThat(article.get("description").asString()).isEqualTo(meeting.getQuestion());
				assertThat(article.get("isPartOf").get("name").asString()).isEqualTo(meeting.getSeries());
				assertThat(article.has("datePublished")).isEqualTo(meeting.getDate() != null);
				assertThat(article.get("image").get("url").asString()).isEqualTo(base() + meeting.getUrl() + "/card.png");
				assertThat(article.get("image").get("width").asInt()).isEqualTo(1200);
				assertThat(article.get("publisher").get("name").asString()).isEqualTo(notes.siteName());
				JsonNode logo = article.get("publisher").get("logo");
				assertThat(logo.get("url").asString()).isEqualTo(base() + "/logo.png");
				assertThat(logo.get("width").asInt()).isGreaterThanOrEqualTo(112);
				assertThat(article.get("author").values()).extracting(author -> author.get("@type").asString())
					.containsOnly("Person");
				assertThat(article.get("author").values()).extracting(author -> author.get("name").asString())
					.containsExactlyElementsOf(meeting.getSpeakers().stream().map(Speaker::getName).toList());
				assertThat(article.get("author").values()).extracting(author -> author.get("url").asString())
					.containsExactlyElementsOf(meeting.getSpeakers().stream()
						.map(speaker -> base() + "/speakers/" + speaker.getSlug())
						.toList());
			}
			assertThat(head("/speakers/cate-newnes-smith").jsonLd()).isEmpty();
		}

		private void assertPreview(PageHead head, String type, String title, String description, String url) {
			assertThat(head.meta("og:type")).as(url).contains(type);
			assertThat(head.meta("og:title")).as(url).contains(title);
			assertThat(head.meta("twitter:title")).as(url).contains(title);
			assertThat(head.meta("description")).as(url).contains(description);
			assertThat(head.meta("og:description")).as(url).contains(description);
			assertThat(head.meta("twitter:description")).as(url).contains(description);
			assertThat(head.meta("og:url")).as(url).contains(url);
			assertThat(head.canonical()).as(url).contains(url);
			assertThat(head.meta("og:site_name")).as(url).contains(notes.siteName());
			assertThat(head.meta("twitter:card")).as(url).contains("summary_large_image");
		}

		private PageHead head(String path) throws Exception {
			return new PageHead(page(path));
		}

		private String page(String path) throws Exception {
			return mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		}

	}

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	class OnTheRequestsOwnAddress extends OnEveryPage {

		@Override
		String base() {
			return "http://localhost";
		}

	}

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	@TestPropertySource(properties = "notes.base-url=https://notes.example.org/")
	class OnTheConfiguredAddress extends OnEveryPage {

		@Override
		String base() {
			return "https://notes.example.org";
		}

	}

}
