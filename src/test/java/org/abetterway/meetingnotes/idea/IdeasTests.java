package org.abetterway.meetingnotes.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.abetterway.meetingnotes.idea.GatheredIdeas.Idea;
import org.abetterway.meetingnotes.idea.GatheredIdeas.Member;
import org.abetterway.meetingnotes.idea.GatheredIdeas.State;
import org.abetterway.meetingnotes.site.ContentChanged;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Ideas raised in several meetings, on the Joining Forces test notes: the pairs of key points judged by reading them,
 * the page, the API, and the links from key points, meetings and themes.
 */
@SpringBootTest(properties = "notes.page-cache=false")
@AutoConfigureMockMvc
class IdeasTests {

	static final String HEALTH = "joining-forces-for-integrated-health-and-care";

	static final String LEADERSHIP = "joining-forces-building-systems-leadership-into-job-roles-at-all-levels";

	static final String LEVELLING_UP = "joining-forces-for-levelling-up";

	static final String IMBALANCES = "joining-forces-imbalances-and-inequalities";

	static final String CAMPAIGNS = "joining-forces-learning-from-campaigns";

	static final String UNEQUAL = "joining-forces-unequal-alliances";

	/** The idea of New Public Management, as both meetings put it. */
	static final String NEW_PUBLIC_MANAGEMENT = LEADERSHIP + "--the-model-of";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdeaGathering gathering;

	@BeforeEach
	void ideasGathered() throws InterruptedException {
		for (int tries = 0; gathering.gathered().state() != State.READY; tries++) {
			assertThat(tries).as("ideas gathered within 30 s").isLessThan(300);
			Thread.sleep(100);
		}
	}

	/** Pairs judged by reading the notes to say the same thing; src/bench/README.md lists those the grouping misses. */
	@Test
	void pointsThatSayTheSameThingShareAnIdea() {
		assertThat(ideaOf(HEALTH, "new-public-management")).isPresent().isEqualTo(ideaOf(LEADERSHIP, "the-model-of"));
		assertThat(ideaOf(LEVELLING_UP, "there-is-a")).isPresent().isEqualTo(ideaOf(HEALTH, "instead-we-need"));
		assertThat(ideaOf(UNEQUAL, "there-is-always")).isPresent()
			.isEqualTo(ideaOf(IMBALANCES, "above-all-establishing"));
		// "the quick fix is never successful" and "a sustained effort will be needed over many years"
		assertThat(ideaOf(HEALTH, "we-need-to")).isPresent().isEqualTo(ideaOf(LEVELLING_UP, "a-sustained-effort"));
	}

	/** Pairs judged by reading the notes to say different things, most of them in the same words. */
	@Test
	void unrelatedPointsShareNoIdea() {
		// both speak of the pandemic: one of who it left out, the others of the trust it showed possible
		assertNotTogether(HEALTH, "there-are-serious", LEADERSHIP, "during-the-pandemic");
		assertNotTogether(HEALTH, "there-are-serious", LEADERSHIP, "but-it-was");
		// "the quick fix is never successful" and "sticking together ... through thick and thin"
		assertNotTogether(HEALTH, "we-need-to", IMBALANCES, "sticking-together-in");
		// small places to act in, a blank sheet to start from
		assertNotTogether(UNEQUAL, "most-can-be", LEVELLING_UP, "action-should-take");
		assertNotTogether(LEVELLING_UP, "action-should-take", LEADERSHIP, "in-a-larger");
		// who holds the purse strings, and how large partners should behave
		assertNotTogether(IMBALANCES, "where-funding-depends", CAMPAIGNS, "inequalities-within-the");
		assertNotTogether(IMBALANCES, "where-funding-depends", CAMPAIGNS, "managing-the-ebb");
		assertNotTogether(IMBALANCES, "where-funding-depends", CAMPAIGNS, "resources-to-manage");
		// unwritten rules between partners, and the unwritten rules that hold leaders back
		assertNotTogether(CAMPAIGNS, "unwritten-rules-there", LEADERSHIP, "barriers-to-this");
		assertNotTogether(CAMPAIGNS, "size-of-the", IMBALANCES, "in-the-best");
		assertNotTogether(UNEQUAL, "those-who-work", CAMPAIGNS, "size-of-the");
		assertNotTogether(LEVELLING_UP, "we-must-not", HEALTH, "public-sector-organisations");
	}

	@Test
	void everyIdeaIsRaisedInTwoMeetingsOrMoreAndHoldsAtMostEightPoints() {
		List<Idea> ideas = gathering.gathered().ideas();
		assertThat(ideas).hasSizeGreaterThanOrEqualTo(4).allSatisfy(idea -> {
			assertThat(idea.members()).hasSizeBetween(2, 8).contains(idea.naming());
			assertThat(idea.members().stream().map(Member::meetingSlug).distinct().count()).isEqualTo(idea.meetings())
				.isGreaterThanOrEqualTo(2);
			assertThat(idea.id()).isEqualTo(idea.naming().meetingSlug() + "--" + idea.naming().anchor());
		});
		assertThat(ideas.stream().flatMap(idea -> idea.members().stream()).map(Member::keyPointId))
			.as("a key point is in one idea at most").doesNotHaveDuplicates();
	}

	/** The ids name key points, not rows of a database, so another instance or a restart gives these same ones. */
	@Test
	void theSameNotesGiveTheSameIdeasWithTheSameIdsWhenGatheredAgain() throws InterruptedException {
		List<List<String>> before = described(gathering.gathered().ideas());
		gathering.contentChanged(new ContentChanged(Instant.now(), Instant.now()));
		ideasGathered();

		assertThat(described(gathering.gathered().ideas())).isEqualTo(before);
		assertThat(gathering.gathered().ideas()).extracting(Idea::id)
			.containsExactly(NEW_PUBLIC_MANAGEMENT, HEALTH + "--instead-we-need", HEALTH + "--we-need-to",
					IMBALANCES + "--above-all-establishing");
	}

	@Test
	void thePageListsEveryIdeaWithItsPointsLinkedToTheirPlaces() throws Exception {
		String page = page("/ideas");
		assertThat(page).contains("<h1>Recurring ideas</h1>", "<article class=\"idea\" id=\"" + NEW_PUBLIC_MANAGEMENT
				+ "\">", "Raised in 2 meetings", "href=\"/meetings/" + HEALTH + "#new-public-management\"",
				"href=\"/meetings/" + LEADERSHIP + "#the-model-of\"", "<h3><a href=\"/meetings/" + HEALTH + "\"")
			.contains("href=\"/ideas?theme=targets-and-measurement\"");
		assertThat(page.indexOf(NEW_PUBLIC_MANAGEMENT)).isLessThan(page.indexOf(HEALTH + "--instead-we-need"));
	}

	@Test
	void aThemeKeepsTheIdeasSomeOfWhosePointsCarryIt() throws Exception {
		String page = page("/ideas?theme=targets-and-measurement");
		assertThat(page).contains("id=\"" + NEW_PUBLIC_MANAGEMENT + "\"", "1 idea about Targets &amp; measurement",
				"aria-current=\"page\"")
			.doesNotContain("id=\"" + HEALTH + "--instead-we-need\"");
		mvc.perform(get("/ideas").param("theme", "nope")).andExpect(status().isNotFound());
		mvc.perform(get("/api/ideas").param("theme", "nope")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", startsWith("Unknown theme 'nope'; the themes are: ")));
	}

	@Test
	void theApiAnswersEachIdeaWithItsLabelAndPointsShapedLikeSearchResults() throws Exception {
		mvc.perform(get("/api/ideas"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.items[0].id").value(NEW_PUBLIC_MANAGEMENT))
			.andExpect(jsonPath("$.items[0].meetings").value(2))
			.andExpect(jsonPath("$.items[0].label.anchor").value("the-model-of"))
			.andExpect(jsonPath("$.items[0].label.meetingSlug").value(LEADERSHIP))
			.andExpect(jsonPath("$.items[0].label.url").value("/meetings/" + LEADERSHIP + "#the-model-of"))
			.andExpect(jsonPath("$.items[0].points[0].meetingTitle").isString())
			.andExpect(jsonPath("$.items[0].points[0].themes").isArray())
			.andExpect(jsonPath("$.items[0].points[0].section").hasJsonPath())
			.andExpect(jsonPath("$.items[*].meetings", everyItem(greaterThanOrEqualTo(2))));
		mvc.perform(get("/api/ideas").param("theme", "targets-and-measurement"))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/ideas").param("size", "501")).andExpect(status().isBadRequest());
	}

	@Test
	void aPointOfAnIdeaSaysWhereElseItWasRaisedAndItsMeetingHowManyRecur() throws Exception {
		assertThat(page("/meetings/" + HEALTH)).contains("Also raised in: <a href=\"/ideas#" + NEW_PUBLIC_MANAGEMENT
				+ "\"><cite>Joining Forces: building systems leadership into job roles at all levels</cite></a>",
				"3 of its key points were raised in other meetings too");
		assertThat(page("/meetings/" + CAMPAIGNS)).doesNotContain("Also raised in", "raised in other meetings too");
	}

	@Test
	void aThemePageListsItsRecurringIdeasFirst() throws Exception {
		String page = page("/themes/targets-and-measurement");
		assertThat(page).contains("<h2 id=\"theme-ideas-heading\">Recurring ideas</h2>",
				"href=\"/ideas?theme=targets-and-measurement#" + NEW_PUBLIC_MANAGEMENT + "\"", "(2 meetings)");
		assertThat(page.indexOf("Recurring ideas")).isLessThan(page.indexOf("class=\"key-point\""));
		String without = List.of("power-and-inequality", "conflict-and-disagreement", "equality-diversity-inclusion",
				"government-and-policy").stream()
			.filter(theme -> gathering.gathered().about(theme).isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(page("/themes/" + without)).doesNotContain("Recurring ideas");
	}

	@Test
	void theSitemapAndTheMenuNameThePage() throws Exception {
		assertThat(page("/sitemap.xml")).contains("/ideas</loc>");
		assertThat(page("/")).contains("<a href=\"/ideas\">Ideas</a>");
	}

	private void assertNotTogether(String meeting, String anchor, String otherMeeting, String otherAnchor) {
		assertThat(ideaOf(meeting, anchor).filter(idea -> idea.equals(ideaOf(otherMeeting, otherAnchor).orElse(null))))
			.as("%s#%s and %s#%s in one idea", meeting, anchor, otherMeeting, otherAnchor)
			.isEmpty();
	}

	private Optional<String> ideaOf(String meetingSlug, String anchor) {
		return gathering.gathered().ideas().stream()
			.filter(idea -> idea.members().stream()
				.anyMatch(member -> member.meetingSlug().equals(meetingSlug) && member.anchor().equals(anchor)))
			.map(Idea::id)
			.findFirst();
	}

	private static List<List<String>> described(List<Idea> ideas) {
		return ideas.stream()
			.map(idea -> idea.members().stream().map(member -> member.meetingSlug() + "#" + member.anchor()).toList())
			.toList();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
