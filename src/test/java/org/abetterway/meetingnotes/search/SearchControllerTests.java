package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.theme.ThemeCount;
import org.abetterway.meetingnotes.theme.ThemeQueries;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.abetterway.meetingnotes.site.Paging;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(SearchController.class)
class SearchControllerTests {

	static final Theme FUNDING = new Theme("funding-and-commissioning", "Funding & commissioning", null, 1);

	@Autowired
	MockMvc mvc;

	@MockitoBean
	KeyPointSearch search;

	@MockitoBean
	ThemeQueries themes;

	@Test
	void resultsShowTheirMeetingSectionThemesAndMarkedText() throws Exception {
		given(search.search(any())).willReturn(results(1, 0, "<mark>Funders</mark> &lt;b&gt;can&lt;/b&gt; help."));
		mvc.perform(get("/search").param("q", "funders"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("1 result</span> for"), containsString("<q>funders</q>"),
					containsString("href=\"/meetings/joining-forces#funders-can\""),
					containsString("<span><mark>Funders</mark> &lt;b&gt;can&lt;/b&gt; help.</span>"),
					containsString("href=\"/themes/funding-and-commissioning\">Funding &amp; commissioning</a>"),
					containsString("<cite>Joining forces</cite>"), containsString("The role of funders"))));
	}

	@Test
	void theThemeFormKeepsTheWordsAndTheTickedThemes() throws Exception {
		SearchResults ticked = new SearchResults("funders", 1, 0, 20, results(1, 0, "Funders").hits(),
				List.of(new ThemeFacet(FUNDING.getSlug(), FUNDING.getName(), 1, true)), null, List.of());
		given(search.search(any())).willReturn(ticked);
		mvc.perform(get("/search").param("q", "funders").param("theme", "funding-and-commissioning"))
			.andExpect(content().string(allOf(containsString("<input type=\"hidden\" name=\"q\" value=\"funders\">"),
					containsString("value=\"funding-and-commissioning\" checked=\"checked\">"),
					containsString("href=\"/search?q=funders\">Clear themes</a>"))));
		ArgumentCaptor<SearchRequest> request = ArgumentCaptor.forClass(SearchRequest.class);
		verify(search).search(request.capture());
		assertThat(request.getValue().themes()).containsExactly("funding-and-commissioning");
	}

	@Test
	void manyResultsArePaged() throws Exception {
		given(search.search(any())).willReturn(results(45, 1, "Trust"));
		mvc.perform(get("/search").param("q", "trust").param("page", "1"))
			.andExpect(content().string(allOf(containsString("Page <span>2</span> of <span>3</span>"),
					containsString("rel=\"prev\" href=\"/search?q=trust&amp;page=0\""),
					containsString("rel=\"next\" href=\"/search?q=trust&amp;page=2\""))));
	}

	@Test
	void sizeAndPageOutOfRangeAreBroughtIntoRange() throws Exception {
		given(search.search(any())).willReturn(results(1, 0, "Trust"));
		mvc.perform(get("/search").param("q", "trust").param("size", "100000").param("page", "-3"))
			.andExpect(status().isOk());
		ArgumentCaptor<SearchRequest> request = ArgumentCaptor.forClass(SearchRequest.class);
		verify(search).search(request.capture());
		assertThat(request.getValue().size()).isEqualTo(Paging.MAX_SIZE);
		assertThat(request.getValue().page()).isZero();
	}

	@Test
	void nothingFoundOffersASpellingTheThemesAndSearchesToTry() throws Exception {
		given(search.search(any())).willReturn(new SearchResults("pyschological safety", 0, 0, 20, List.of(),
				List.of(), "psychological safety", List.of()));
		given(themes.countKeyPoints()).willReturn(List.of(new ThemeCount(FUNDING, 13)));
		mvc.perform(get("/search").param("q", "pyschological safety"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("0 results</span> for"),
					containsString("Did you mean <a href=\"/search?q=psychological+safety\">psychological safety</a>?"),
					containsString("No key points match"), containsString("13 key points"),
					containsString("href=\"/themes/funding-and-commissioning\""), containsString("Searches to try"))));
	}

	@Test
	void anEmptyBoxShowsWaysToStartWithoutSearching() throws Exception {
		given(themes.countKeyPoints()).willReturn(List.of(new ThemeCount(FUNDING, 13)));
		mvc.perform(get("/search"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Searches to try"),
					containsString("Funding &amp; commissioning"), not(containsString("results</span>")))));
		verify(search, never()).search(any());
	}

	@Test
	void wordsLeftOutAreNamed() throws Exception {
		given(search.search(any())).willReturn(new SearchResults("role of government", 1, 0, 20,
				results(1, 0, "government").hits(), List.of(), null, List.of("role")));
		mvc.perform(get("/search").param("q", "role of government"))
			.andExpect(content().string(containsString("leave out\n      <strong>role</strong>.")));
	}

	private static SearchResults results(long total, int page, String highlight) {
		SearchHit hit = new SearchHit(1L, "funders-can", 3, "The role of funders", null, "Funders <b>can</b> help.",
				List.of(FUNDING), "joining-forces", "Joining forces", highlight, 2.5f, false);
		return new SearchResults("funders", total, page, 20, List.of(hit),
				List.of(new ThemeFacet(FUNDING.getSlug(), FUNDING.getName(), total, false)), null, List.of());
	}

}
