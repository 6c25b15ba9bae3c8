package org.abetterway.meetingnotes.theme;

import static org.abetterway.meetingnotes.site.PageFixtures.keyPoint;
import static org.abetterway.meetingnotes.site.PageFixtures.meeting;
import static org.abetterway.meetingnotes.site.PageFixtures.theme;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.abetterway.meetingnotes.meeting.Theme;

@WebMvcTest(ThemeController.class)
class ThemeControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ThemeQueries themes;

	@MockitoBean
	KeyPointRepository keyPoints;

	Theme leadership = theme(1, "leadership", "Leadership");

	@Test
	void themesShowNameDescriptionAndKeyPointCount() throws Exception {
		given(themes.countKeyPoints()).willReturn(List.of(new ThemeCount(leadership, 17),
				new ThemeCount(theme(2, "health-and-care", "Health & care"), 1)));
		given(themes.findMeetingsNewestFirst(any())).willReturn(Page.empty());

		mvc.perform(get("/themes"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<a href=\"/themes/leadership\">Leadership</a>"),
					containsString("About leadership."), containsString("17 key points"),
					containsString("Health &amp; care"), containsString("1 key point<"))));
	}

	@Test
	void themesPageMapsAPageOfMeetingsAgainstTheThemes() throws Exception {
		Meeting meeting = meeting(7, "unequal-alliances", "Unequal alliances", null);
		given(themes.countKeyPoints()).willReturn(List.of(new ThemeCount(leadership, 3),
				new ThemeCount(theme(2, "health-and-care", "Health & care"), 1)));
		given(themes.findMeetingsNewestFirst(PageRequest.of(1, ThemeController.MAP_ROWS)))
			.willReturn(new PageImpl<>(List.of(meeting), PageRequest.of(1, ThemeController.MAP_ROWS), 51));
		given(themes.countKeyPointsByMeetingAndTheme(List.of(7L))).willReturn(List.of(new MeetingThemeCell(7L, 1L, 3)));

		mvc.perform(get("/themes?page=1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<th scope=\"row\"><a href=\"/meetings/unequal-alliances\">Unequal alliances</a></th>"),
					containsString("<td class=\"shade-4\"><a href=\"/key-points?theme=leadership&amp;meeting=unequal-alliances\""),
					containsString("<td class=\"shade-0\"></td>"),
					containsString("href=\"/themes?page=0\">Previous</a>"),
					containsString("Page <span>2</span> of <span>2</span>"))));
	}

	@Test
	void themePageGroupsItsKeyPointsByMeeting() throws Exception {
		Meeting first = meeting(1, "levelling-up", "Levelling up", null);
		Meeting second = meeting(2, "campaigns", "Campaigns", null);
		given(themes.findBySlug("leadership")).willReturn(Optional.of(leadership));
		given(keyPoints.findPageWithThemes(Set.of("leadership"), PageRequest.of(0, ThemeController.THEME_POINTS)))
			.willReturn(new PageImpl<>(List.of(
					keyPoint(first, 0, "brave-leaders", null, null, "Brave leaders can come forward.", leadership),
					keyPoint(first, 3, "boards", "Boards", null, "Boards matter.", leadership),
					keyPoint(second, 1, "resources", null, "Resources.", "They are needed.", leadership))));

		mvc.perform(get("/themes/leadership"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Leadership</h1>"), containsString("3 key points"),
					containsString("href=\"/meetings/levelling-up#boards\">Boards</a>"))))
			.andExpect(content().string(matchesPattern("(?s).*<h2><a href=\"/meetings/levelling-up\">Levelling up</a></h2>"
					+ ".*brave-leaders.*boards.*<h2><a href=\"/meetings/campaigns\">Campaigns</a></h2>.*resources.*")));
	}

	@Test
	void aThemeOfManyKeyPointsHasThemAPageAtATimeCountingThemAll() throws Exception {
		Meeting meeting = meeting(1, "levelling-up", "Levelling up", null);
		PageRequest second = PageRequest.of(1, ThemeController.THEME_POINTS);
		given(themes.findBySlug("leadership")).willReturn(Optional.of(leadership));
		given(keyPoints.findPageWithThemes(Set.of("leadership"), second)).willReturn(new PageImpl<>(
				List.of(keyPoint(meeting, 0, "boards", null, null, "Boards matter.", leadership)), second, 1234));

		mvc.perform(get("/themes/leadership?page=1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("51–51 of 1,234 key points"),
					containsString("href=\"/meetings/levelling-up#boards\""),
					containsString("href=\"/themes/leadership?page=0\">Previous</a>"),
					containsString("Page <span>2</span> of <span>25</span>"),
					containsString("href=\"/themes/leadership?page=2\">Next</a>"))));
	}

	@Test
	void aPageNumberThatIsNoWholeNumberIsTheSitesBadRequestPageNotJson() throws Exception {
		mvc.perform(get("/themes/leadership?page=999999999999").accept("application/json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("We could not answer that request")));
	}

	@Test
	void unknownThemeIsA404() throws Exception {
		given(themes.findBySlug("nope")).willReturn(Optional.empty());

		mvc.perform(get("/themes/nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<h1>Page not found</h1>")));
	}

}
