package org.abetterway.meetingnotes.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The share cards and the logo on the Joining Forces test notes: what link previews and search engines fetch.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CardControllerTests {

	static final String MEETING = "/meetings/joining-forces-unequal-alliances";

	@Autowired
	MockMvc mvc;

	@Autowired
	MeetingRepository meetings;

	@Autowired
	KeyPointRepository keyPoints;

	@Test
	void everyKeyPointHasACardOfItsOwn() throws Exception {
		var meeting = meetings.findBySlug("joining-forces-unequal-alliances").orElseThrow();
		var points = keyPoints.findWithThemesByMeeting(meeting);
		byte[] first = png(cardOf(points.get(0)));
		byte[] second = png(cardOf(points.get(1)));
		assertThat(first).isNotEqualTo(second);
		assertThat(first).isNotEqualTo(png(MEETING + "/card.png"));
	}

	@Test
	void anUnchangedCardIsNotModifiedForAClientThatHasIt() throws Exception {
		String etag = response(MEETING + "/card.png").getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(mvc.perform(get(MEETING + "/card.png").header(HttpHeaders.IF_NONE_MATCH, etag)).andReturn()
			.getResponse().getStatus()).isEqualTo(304);
	}

	@Test
	void theLogoIsASquarePngLargeEnoughForSearchEngines() throws Exception {
		BufferedImage logo = ImageIO.read(new ByteArrayInputStream(png("/logo.png")));
		assertThat(logo.getWidth()).isEqualTo(logo.getHeight()).isGreaterThanOrEqualTo(112);
	}

	@Test
	void unknownMeetingsPointsThemesAndSpeakersHaveNoCard() throws Exception {
		for (String path : new String[] { "/meetings/nope/card.png", MEETING + "/key-points/nope/card.png",
				"/meetings/nope/key-points/nope/card.png", "/themes/nope/card.png", "/speakers/nope/card.png" }) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(404);
			assertThat(response.getContentAsString()).as(path).contains("Page not found");
		}
	}

	private static String cardOf(KeyPoint point) {
		return point.getShareUrl() + "/card.png";
	}

	private byte[] png(String path) throws Exception {
		MockHttpServletResponse response = response(path);
		assertThat(response.getContentType()).as(path).isEqualTo("image/png");
		return response.getContentAsByteArray();
	}

	private MockHttpServletResponse response(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response;
	}

}
