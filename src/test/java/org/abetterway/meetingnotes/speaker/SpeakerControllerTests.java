package org.abetterway.meetingnotes.speaker;

import static org.abetterway.meetingnotes.site.PageFixtures.keyPoint;
import static org.abetterway.meetingnotes.site.PageFixtures.meeting;
import static org.abetterway.meetingnotes.site.PageFixtures.speaker;
import static org.abetterway.meetingnotes.site.PageFixtures.theme;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingQueries;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.abetterway.meetingnotes.meeting.ThemeRepository;

@WebMvcTest(SpeakerController.class)
class SpeakerControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SpeakerQueries speakers;

	@MockitoBean
	MeetingQueries meetings;

	@MockitoBean
	KeyPointRepository keyPoints;

	@MockitoBean
	ThemeRepository themes;

	static final PageRequest FIRST_PAGE = PageRequest.of(0, SpeakerController.MEETINGS_PER_PAGE);

	Speaker cate = speaker("cate-newnes-smith", "Cate Newnes-Smith", "CEO", "Surrey Youth Focus");

	@Test
	void speakersShowRoleOrganisationAndMeetingCount() throws Exception {
		given(speakers.countMeetings(PageRequest.of(0, SpeakerController.SPEAKERS_PER_PAGE))).willReturn(new PageImpl<>(
				List.of(new SpeakerMeetingCount(cate, 4),
						new SpeakerMeetingCount(speaker("nadine-smith", "Nadine Smith", null, null), 1))));

		mvc.perform(get("/speakers"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<a href=\"/speakers/cate-newnes-smith\">Cate Newnes-Smith</a>"),
					containsString("CEO, Surrey Youth Focus"), containsString("4 meetings"),
					containsString("Nadine Smith"), containsString("1 meeting<"))));
	}

	@Test
	void speakerPageShowsTheirMeetingsAndTheKeyPointsOfThoseMeetings() throws Exception {
		Meeting meeting = meeting(1, "unequal-alliances", "Unequal alliances", null);
		given(speakers.findBySlug("cate-newnes-smith")).willReturn(Optional.of(cate));
		given(meetings.spokenAtBy("cate-newnes-smith", FIRST_PAGE)).willReturn(new PageImpl<>(List.of(meeting)));
		given(keyPoints.findWithThemesByMeetingIn(List.of(meeting))).willReturn(List.of(keyPoint(meeting, 0,
				"celebrate", null, null, "Unequal alliances should be celebrated.", theme(1, "power", "Power"))));

		mvc.perform(get("/speakers/cate-newnes-smith"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Cate Newnes-Smith</h1>"),
					containsString("CEO, Surrey Youth Focus"),
					containsString("<li><a href=\"/meetings/unequal-alliances\">Unequal alliances</a></li>"),
					containsString("<h2><a href=\"/meetings/unequal-alliances\">Unequal alliances</a></h2>"),
					containsString("Unequal alliances should be celebrated."),
					containsString("href=\"/meetings/unequal-alliances#celebrate\">See it in the meeting</a>"))));
	}

	@Test
	void speakerPageMapsTheirMeetingsAgainstEveryThemeAndOffersTheirFeed() throws Exception {
		Meeting meeting = meeting(1, "unequal-alliances", "Unequal alliances", null);
		var power = theme(1, "power", "Power");
		var funding = theme(2, "funding", "Funding");
		given(speakers.findBySlug("cate-newnes-smith")).willReturn(Optional.of(cate));
		given(meetings.spokenAtBy("cate-newnes-smith", FIRST_PAGE)).willReturn(new PageImpl<>(List.of(meeting)));
		given(themes.findAllByOrderByPosition()).willReturn(List.of(power, funding));
		given(keyPoints.findWithThemesByMeetingIn(List.of(meeting))).willReturn(List.of(
				keyPoint(meeting, 0, "celebrate", null, null, "Unequal alliances should be celebrated.", power),
				keyPoint(meeting, 1, "share", null, null, "Share the power.", power)));

		mvc.perform(get("/speakers/cate-newnes-smith"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<caption id=\"theme-map-caption\"><span>Key points of the meetings "
							+ "Cate Newnes-Smith spoke at, by theme</span></caption>"),
					containsString("<th scope=\"col\" class=\"theme-map-theme\"><a href=\"/themes/funding\">Funding</a></th>"),
					containsString("<th scope=\"row\"><a href=\"/meetings/unequal-alliances\">Unequal alliances</a></th>"),
					containsString("<td class=\"shade-4\"><a href=\"/key-points?theme=power&amp;meeting=unequal-alliances\" "
							+ "aria-label=\"2 key points: Power, Unequal alliances\">2</a>"),
					containsString("<td class=\"shade-0\"></td>"),
					containsString("<link rel=\"alternate\" type=\"application/atom+xml\" "
							+ "href=\"/speakers/cate-newnes-smith/feed.atom\""),
					containsString(">Follow this speaker</a>"))));
	}

	@Test
	void aSpeakerOfManyMeetingsHasThemAPageAtATimeWithTheirKeyPointsAndMap() throws Exception {
		Meeting meeting = meeting(21, "meeting-21", "Meeting 21", null);
		PageRequest second = PageRequest.of(1, SpeakerController.MEETINGS_PER_PAGE);
		given(speakers.findBySlug("cate-newnes-smith")).willReturn(Optional.of(cate));
		given(meetings.spokenAtBy("cate-newnes-smith", second)).willReturn(new PageImpl<>(List.of(meeting), second, 21));
		given(themes.findAllByOrderByPosition()).willReturn(List.of(theme(1, "power", "Power")));
		given(keyPoints.findWithThemesByMeetingIn(List.of(meeting))).willReturn(List.of(
				keyPoint(meeting, 0, "share", null, null, "Share the power.", theme(1, "power", "Power"))));

		mvc.perform(get("/speakers/cate-newnes-smith?page=1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("21–21 of 21 meetings"),
					containsString("<li><a href=\"/meetings/meeting-21\">Meeting 21</a></li>"),
					containsString("<th scope=\"row\"><a href=\"/meetings/meeting-21\">Meeting 21</a></th>"),
					containsString("Share the power."),
					containsString("href=\"/speakers/cate-newnes-smith?page=0\">Previous</a>"),
					containsString("Page <span>2</span> of <span>2</span>"))));
	}

	@Test
	void unknownSpeakerIsA404() throws Exception {
		given(speakers.findBySlug("nobody")).willReturn(Optional.empty());

		mvc.perform(get("/speakers/nobody"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<h1>Page not found</h1>")));
	}

}
