package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page type runs a fixed, small number of SQL statements, whatever the size of what it shows: a small and a
 * large example of each page type run the same number (no query per row). Both examples of a paged list fill their
 * page, as a part-filled page saves its count query. The page cache is off so that every request really renders.
 * The later pages of lists longer than a page are counted in {@link LongListsTests}.
 */
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true", "notes.page-cache=false" })
@AutoConfigureMockMvc
class QueryCountTests {

	static final int MOST_STATEMENTS_PER_PAGE = 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@ParameterizedTest(name = "{0}: {1} and {2}")
	@CsvSource({
			"home, /, /?page=0",
			"meeting, /meetings/joining-forces-unequal-alliances, /meetings/joining-forces-imbalances-and-inequalities",
			"key points, /key-points?theme=partnership-working, /key-points?theme=partnership-working&theme=leadership&theme=power-and-inequality",
			"themes, /themes, /themes?page=0",
			"theme, /themes/health-and-care, /themes/partnership-working?page=0",
			"speakers, /speakers, /speakers?page=0",
			"speaker, /speakers/sally-young, /speakers/cate-newnes-smith?page=0",
			"feed, /feed.atom, /sitemap.xml",
			"api meetings, /api/meetings?size=1, /api/meetings?size=5",
			"api meeting, /api/meetings/joining-forces-unequal-alliances, /api/meetings/joining-forces-imbalances-and-inequalities",
			"api key points, /api/key-points?size=1, /api/key-points?size=80",
			"api themes and speakers, /api/themes, /api/speakers" })
	void smallAndLargeExamplesRunTheSameFewStatements(String pageType, String small, String large) throws Exception {
		// what is read once per import (the related meetings), by whichever page comes first, counts for neither
		mvc.perform(get(small));
		long smallCount = statementsFor(small);
		long largeCount = statementsFor(large);
		assertThat(smallCount).as(pageType + " " + small).isBetween(1L, (long) MOST_STATEMENTS_PER_PAGE);
		assertThat(largeCount).as(pageType + " " + large).isBetween(1L, (long) MOST_STATEMENTS_PER_PAGE);
		if (!pageType.equals("feed") && !pageType.equals("api themes and speakers")) {
			assertThat(largeCount).as(pageType).isEqualTo(smallCount);
		}
	}

	/** Counted on a second request: what the first fills once per import (related meetings) is not the page's. */
	private long statementsFor(String url) throws Exception {
		mvc.perform(get(url));
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		int status = mvc.perform(get(url)).andReturn().getResponse().getStatus();
		assertThat(status).as(url).isEqualTo(200);
		return statistics.getPrepareStatementCount();
	}

}
