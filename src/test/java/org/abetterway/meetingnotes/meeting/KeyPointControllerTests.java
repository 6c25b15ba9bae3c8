package org.abetterway.meetingnotes.meeting;

import static org.abetterway.meetingnotes.site.PageFixtures.keyPoint;
import static org.abetterway.meetingnotes.site.PageFixtures.meeting;
import static org.abetterway.meetingnotes.site.PageFixtures.theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.abetterway.meetingnotes.site.Paging;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(KeyPointController.class)
class KeyPointControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	KeyPointRepository keyPoints;

	@MockitoBean
	ThemeRepository themes;

	@MockitoBean
	MeetingRepository meetings;

	Theme power = theme(1, "power-and-inequality", "Power & inequality");

	Theme leadership = theme(2, "leadership", "Leadership");

	Meeting meeting = meeting(1, "unequal-alliances", "Unequal alliances", null);

	KeyPoint point = keyPoint(meeting, 0, "resources", "What gets in the way", "Resources.", "They are needed.",
			leadership);

	@BeforeEach
	void themes() {
		given(themes.findAllByOrderByPosition()).willReturn(List.of(power, leadership));
	}

	@Test
	void withoutThemesListsEveryKeyPointLinkingToItsPlace() throws Exception {
		given(keyPoints.findPageWithThemes(anyCollection(), any())).willReturn(new PageImpl<>(List.of(point)));

		mvc.perform(get("/key-points"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Key points</h1>"), containsString("1 key point"),
					containsString("<strong>Resources.</strong>"),
					containsString("href=\"/meetings/unequal-alliances#resources\"><cite>Unequal alliances</cite>"),
					containsString("What gets in the way"),
					containsString("type=\"checkbox\" name=\"theme\" id=\"theme-leadership\" value=\"leadership\">"),
					not(containsString("checked")))));
	}

	@Test
	void chosenThemesAreCheckedAndOnlyKnownOnesQueried() throws Exception {
		given(keyPoints.findPageWithThemes(anyCollection(), any())).willReturn(new PageImpl<>(List.of(point)));

		mvc.perform(get("/key-points").param("theme", "leadership", "power-and-inequality", "no-such-theme"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("id=\"theme-leadership\" value=\"leadership\" checked=\"checked\""),
					containsString("We have no theme called"), containsString("<q>no-such-theme</q>"))));

		@SuppressWarnings("unchecked")
		ArgumentCaptor<Collection<String>> chosen = ArgumentCaptor.forClass(Collection.class);
		verify(keyPoints).findPageWithThemes(chosen.capture(), any());
		assertThat(chosen.getValue()).containsExactly("leadership", "power-and-inequality");
	}

	@Test
	void pagerKeepsTheChosenThemes() throws Exception {
		given(keyPoints.findPageWithThemes(anyCollection(), any()))
			.willReturn(new PageImpl<>(List.of(point), PageRequest.of(1, Paging.DEFAULT_SIZE), 45));

		mvc.perform(get("/key-points").param("theme", "leadership").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Page <span>2</span> of <span>3</span>"),
					containsString("rel=\"prev\" href=\"/key-points?theme=leadership&amp;page=0\""),
					containsString("rel=\"next\" href=\"/key-points?theme=leadership&amp;page=2\""))));
	}

	@Test
	void pagerWithoutThemesLinksToPlainPages() throws Exception {
		given(keyPoints.findPageWithThemes(anyCollection(), any()))
			.willReturn(new PageImpl<>(List.of(point), PageRequest.of(0, Paging.DEFAULT_SIZE), 45));

		mvc.perform(get("/key-points"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("rel=\"next\" href=\"/key-points?page=1\""),
					not(containsString("rel=\"prev\"")))));
	}

	@Test
	void negativePageIsTheFirstPage() throws Exception {
		given(keyPoints.findPageWithThemes(anyCollection(), any())).willReturn(new PageImpl<>(List.of()));

		mvc.perform(get("/key-points").param("page", "-3")).andExpect(status().isOk());

		ArgumentCaptor<Pageable> page = ArgumentCaptor.forClass(Pageable.class);
		verify(keyPoints).findPageWithThemes(anyCollection(), page.capture());
		assertThat(page.getValue().getPageNumber()).isZero();
	}

	@Test
	void pageThatIsNotANumberIsABadRequest() throws Exception {
		mvc.perform(get("/key-points").param("page", "two")).andExpect(status().isBadRequest());
	}

}
