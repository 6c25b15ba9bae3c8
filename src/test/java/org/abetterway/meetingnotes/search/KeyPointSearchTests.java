package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.abetterway.meetingnotes.notes.NotesImporter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches on the Joining Forces test notes, as readers type them: the search and its index over the database the
 * importer fills, without the web layer.
 */
@DataJpaTest(showSql = false, properties = { "notes.watch=false",
		"spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync" })
@Import(SearchSlice.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class KeyPointSearchTests {

	@Autowired
	KeyPointSearch search;

	@Autowired
	NotesImporter importer;

	/** The test notes again, should another test of this slice have imported other notes; else a no-op. */
	@BeforeEach
	void importTheTestNotes() {
		assertThat(importer.importNotes().problems()).isEmpty();
	}

	@Test
	void pluralsAndSingularsFindEachOther() {
		assertFindsWord("funder", "funders");
		assertFindsWord("funders", "funder");
		assertFindsWord("trusted", "trust");
		assertFindsWord("trust", "trusted");
		assertFindsWord("neighbourhoods", "neighbourhood");
		assertFindsWord("neighbourhood", "neighbourhoods");
	}

	@Test
	void aQuotedPhraseMatchesOnlyThatPhraseUnstemmed() {
		SearchResults phrase = search("\"systems change\"");
		assertThat(phrase.hits()).isNotEmpty()
			.allSatisfy(hit -> assertThat(everything(hit)).containsIgnoringCase("systems change"));
		assertThat(search("systems change").total()).isGreaterThan(phrase.total());

		SearchResults trusted = search("\"trusted\"");
		assertThat(trusted.hits()).isNotEmpty().allSatisfy(hit -> assertThat(everything(hit)).containsPattern(
				Pattern.compile("\\btrusted\\b", Pattern.CASE_INSENSITIVE)));
		assertThat(search("trusted").total()).isGreaterThan(trusted.total());
	}

	@Test
	void aQueryOfCommonWordsOnlyIsALooseQuote() {
		// each word alone is too common to search for; together they quote "a shift from the Me to the We"
		SearchResults quote = search("from me to we");
		assertThat(quote.hits()).isNotEmpty()
			.allSatisfy(hit -> assertThat(everything(hit)).containsIgnoringCase("from the me to the we"));
		assertThat(search("to the of").hits()).isEmpty();
		// alternatives of common words are no quote: "from" or "to", each too common, find nothing
		assertThat(search("from OR to").hits()).isEmpty();
	}

	@Test
	void aMinusLeavesOutKeyPointsWithThatWord() {
		SearchResults all = search("conflict");
		SearchResults without = search("conflict -disagreement");
		assertThat(without.total()).isPositive().isLessThan(all.total());
		assertThat(without.hits()).allSatisfy(hit -> assertThat(hit.text() + " " + hit.title() + " " + hit.section())
			.doesNotContainIgnoringCase("disagree"));
	}

	@Test
	void orFindsEither() {
		long funders = search("funders").total();
		long nhs = search("NHS").total();
		assertThat(search("funders OR NHS").total()).isGreaterThan(Math.max(funders, nhs));
	}

	@Test
	void theTopResultSaysWhatWasSearchedFor() {
		assertTopResultSays("NHS", "NHS");
		assertTopResultSays("conflict", "conflict");
		assertTopResultSays("New Public Management", "New Public Management");
		assertTopResultSays("commissioners", "commissioners");
		assertTopResultSays("psychological safety", "psychological safety");
		assertTopResultSays("levelling up", "Levelling-Up");
		assertTopResultSays("falling out", "falling out");
	}

	@Test
	void questionsFindWhatTheirTopicWords() {
		// with search by meaning the two rank the funders' points a little differently; the question's words still lead
		SearchHit first = search("what did we say about funders?").hits().get(0);
		assertThat(first.byMeaningAlone()).isFalse();
		assertThat(search("funders").hits().stream().limit(3).map(SearchHit::getUrl)).contains(first.getUrl());
		assertTopResultSays("how do we deal with disagreement?", "disagree");
	}

	@Test
	void misspellingsFindTheirTargetAndSuggestTheSpelling() {
		SearchResults psychological = search("pyschological safety");
		assertThat(psychological.hits().get(0).text()).containsIgnoringCase("psychological safety");
		assertThat(psychological.suggestion()).isEqualTo("psychological safety");
		assertThat(psychological.hits().get(0).highlight()).contains("<mark>psychological</mark>");

		SearchResults collaboration = search("colaboration");
		assertThat(everything(collaboration.hits().get(0))).containsIgnoringCase("collaborat");
		assertThat(collaboration.suggestion()).isEqualTo("collaboration");
	}

	@Test
	void anEnglishWordTheNotesDoNotUseIsReadForItsMeaningNotCorrected() {
		// "coalition" is no misspelling of "collision", nor "safe" of "same": the reader meant them
		SearchResults coalition = search("how big should a coalition be?");
		assertThat(coalition.suggestion()).isNull();
		assertThat(everything(coalition.hits().get(0))).containsIgnoringCase("size of the partnership");

		SearchResults safe = search("safe to speak up at work");
		assertThat(safe.suggestion()).isNull();
		assertThat(safe.ignored()).contains("safe");
		assertThat(safe.hits().stream().limit(3).map(SearchHit::text))
			.anySatisfy(text -> assertThat(text).containsIgnoringCase("psychological safety"));
	}

	@Test
	void wordsThatAreFoundGetNoSuggestion() {
		assertThat(search("psychological safety").suggestion()).isNull();
	}

	@Test
	void wordsTypedTogetherAreFoundApart() {
		assertThat(search("coproduction").hits()).isNotEmpty()
			.allSatisfy(hit -> assertThat(hit.text()).containsIgnoringCase("co-production"));
	}

	@Test
	void whenNoKeyPointHasEveryWordTheCommonestIsLeftOut() {
		SearchResults results = search("what about the role of government?");
		assertThat(results.ignored()).containsExactly("role");
		// points near in meaning may come first; the first found by the words is about government
		assertThat(results.hits().stream().filter(hit -> !hit.byMeaningAlone()).findFirst().orElseThrow().text())
			.containsIgnoringCase("government");
	}

	@Test
	void themeCountsEqualTheResultsOfTickingThatTheme() {
		for (String query : List.of("trust", "funding", "systems leadership", "conflict -disagreement", "")) {
			SearchResults results = search(query);
			assertThat(results.facets()).isNotEmpty();
			for (ThemeFacet facet : results.facets()) {
				SearchResults ticked = search.search(new SearchRequest(query, List.of(facet.slug()), null, null, 0, 20));
				assertThat(ticked.total()).as("%s in %s", query, facet.slug()).isEqualTo(facet.count());
				assertThat(ticked.hits()).allSatisfy(hit -> assertThat(hit.themes())
					.anySatisfy(theme -> assertThat(theme.getSlug()).isEqualTo(facet.slug())));
			}
		}
	}

	@Test
	void tickingASecondThemeNarrowsFurther() {
		SearchRequest one = new SearchRequest("trust", List.of("trust-and-relationships"), null, null, 0, 20);
		SearchRequest two = new SearchRequest("trust", List.of("trust-and-relationships", "power-and-inequality"), null,
				null, 0, 20);
		assertThat(search.search(two).total()).isPositive().isLessThan(search.search(one).total());
	}

	@Test
	void speakerAndMeetingFiltersKeepOnlyTheirKeyPoints() {
		SearchResults ollie = search.search(new SearchRequest("partnership", List.of(), "ollie-hilbery", null, 0, 20));
		assertThat(ollie.hits()).isNotEmpty()
			.allSatisfy(hit -> assertThat(hit.meetingSlug()).isEqualTo("joining-forces-learning-from-campaigns"));
		SearchResults meeting = search.search(
				new SearchRequest("", List.of(), null, "joining-forces-for-levelling-up", 0, 500));
		assertThat(meeting.total()).isEqualTo(9);
		assertThat(search.search(new SearchRequest("trust", List.of(), "nobody", null, 0, 20)).total()).isZero();
	}

	@Test
	void pagesFollowOneAnother() {
		SearchResults first = search.search(new SearchRequest("partnership", List.of(), null, null, 0, 5));
		SearchResults second = search.search(new SearchRequest("partnership", List.of(), null, null, 1, 5));
		assertThat(first.hits()).hasSize(5);
		assertThat(second.hits()).isNotEmpty().extracting(SearchHit::getUrl)
			.doesNotContainAnyElementsOf(first.hits().stream().map(SearchHit::getUrl).toList());
		assertThat(second.total()).isEqualTo(first.total());
	}

	private SearchResults search(String query) {
		return search.search(new SearchRequest(query, List.of(), null, null, 0, 20));
	}

	@Test
	void aReadersQuestionListsThePointsThatAnswerItNotOnlyThoseThatShareItsWords() {
		// the grants story shares "small" and "heard" with the question; the model too places it close, so it may
		// stay first, but the points about small organisations' voice follow it instead of being hidden
		SearchResults results = search("how do small charities get heard");
		assertThat(positionOf(results, "build confidence in their own voice")).isBetween(0, 1);
		assertThat(positionOf(results, "Those who have small amounts")).isBetween(0, 4);
		assertThat(results.hits()).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void aQueryWithMeaningShowsMoreThanThePointsThatShareItsWords() {
		// no key point says "voice of smaller partners", but several are about it
		SearchResults results = search("the voice of smaller partners in an alliance");
		assertThat(results.hits()).hasSizeGreaterThanOrEqualTo(3);
		assertThat(results.hits()).anySatisfy(hit -> assertThat(hit.byMeaningAlone()).isTrue());
	}

	@Test
	void queriesAboutWhatTheNotesNeverDiscussFindNothing() {
		List<String> elsewhere = List.of("pizza delivery times", "quantum computing", "football transfer rumours",
				"how to bake sourdough bread", "best smartphone camera", "cryptocurrency mining rigs",
				"volcano eruptions in Iceland", "knitting patterns for beginners", "changing a car's engine oil",
				"cheap flights to Spain", "chess opening theory", "how do I train my puppy to sit",
				"how tall is mount everest", "python list comprehension syntax", "recipe for chocolate cake",
				"tennis grand slam winners", "how to fix a leaking tap", "symptoms of the common cold in toddlers",
				"best budget gaming laptop", "the plot of Hamlet", "wedding dress alterations", "how do black holes form",
				"learn to play guitar chords", "weather forecast for the weekend", "marathon training plan",
				"growing tomatoes in a greenhouse", "what is the capital of Australia", "vintage car restoration",
				"how to make a cup of tea", "photosynthesis in plants", "stock market tips for beginners",
				"medieval castle architecture", "dinosaur fossils in museums", "how to tie a tie",
				"video game speedrun records", "skiing holidays in the Alps", "jazz saxophone solos",
				"birdwatching binoculars", "how to remove a red wine stain", "the rules of cricket",
				// never read when the subjects the notes never discuss were written
				"Formula One pit stop strategy", "how to brew beer at home", "origami crane instructions",
				"best sunscreen for sensitive skin", "learning to surf", "train timetables to Edinburgh",
				"Lego Star Wars sets", "how to bleed a radiator", "solar eclipse viewing glasses",
				"karaoke songs for parties", "scuba diving certification", "ice hockey playoffs",
				"how to sharpen kitchen knives", "poker hand rankings", "tattoo aftercare", "hot air balloon rides",
				"Roman emperors timeline", "3D printer filament types", "bee keeping for beginners",
				"how many calories in a banana");
		for (String query : elsewhere) {
			SearchResults results = search(query);
			assertThat(results.hits()).as(query).isEmpty();
			assertThat(results.total()).as(query).isZero();
			assertThat(results.facets()).as(query).isEmpty();
		}
	}

	@Test
	void aQueryOnlyLooselyCloseToTheNotesFindsWhatItIsAbout() {
		// its closest point is less similar than most queries' closest, but closer than any subject of elsewhere
		SearchResults results = search("from me to we");
		assertThat(results.hits()).isNotEmpty();
		assertThat(results.hits().subList(0, Math.min(3, results.hits().size())))
			.anySatisfy(hit -> assertThat(hit.text()).contains("from the Me to the We"));
	}

	@Test
	void aSentenceWithOnlyOneWordUncommonEnoughToSearchForIsReadByMeaningToo() {
		// "move" is the only word of it worth searching for, and the point it recalls says "shift" instead
		SearchResults results = search("a move from the me to the we");
		assertThat(positionOf(results, "from the Me to the We")).isBetween(0, 2);
	}

	@Test
	void aTopicNamedInAFewWordsListsThePointsThatSayIt() {
		// "handling" is too common to mean much: what is asked for in up to three words is disagreements
		for (String topic : List.of("handling disagreements", "handling the disagreements")) {
			SearchResults results = search(topic);
			assertThat(results.hits()).as(topic)
				.isNotEmpty()
				.allSatisfy(hit -> assertThat(hit.byMeaningAlone()).as(hit.text()).isFalse());
			assertThat(everything(results.hits().get(0))).containsIgnoringCase("disagree");
		}
		// in four words it is a sentence, read by meaning too
		assertThat(search("the handling of disagreements").hits())
			.anySatisfy(hit -> assertThat(hit.byMeaningAlone()).isTrue());
	}

	@Test
	void aQuotedPhraseInASentenceIsStillAskedForAsTyped() {
		SearchResults results = search("what did we say about \"systems change\"");
		assertThat(results.hits()).isNotEmpty()
			.allSatisfy(hit -> assertThat(everything(hit)).containsIgnoringCase("systems change"));
	}

	private static int positionOf(SearchResults results, String words) {
		for (int i = 0; i < results.hits().size(); i++) {
			if (results.hits().get(i).text().contains(words)) {
				return i;
			}
		}
		return -1;
	}

	private void assertFindsWord(String query, String word) {
		Pattern pattern = Pattern.compile("\\b" + word + "\\b", Pattern.CASE_INSENSITIVE);
		assertThat(search(query).hits()).as("'%s' finds '%s'", query, word)
			.anySatisfy(hit -> assertThat(hit.text()).containsPattern(pattern));
	}

	private void assertTopResultSays(String query, String words) {
		SearchHit top = search(query).hits().get(0);
		assertThat((top.title() + " " + top.text()).toLowerCase(Locale.ROOT)).as("top result for '%s'", query)
			.contains(words.toLowerCase(Locale.ROOT));
	}

	private static String everything(SearchHit hit) {
		return hit.title() + " " + hit.section() + " " + hit.text() + " " + hit.meetingTitle();
	}

}
