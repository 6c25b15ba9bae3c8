package org.abetterway.meetingnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThemeTaggerTests {

	static final ThemeTagger TAGGER = ThemesFile.parse("""
			fallback: partnership-working
			themes:
			  - slug: power-and-inequality
			    name: Power & inequality
			    words: [power*, "upper hand", unequal]
			  - slug: funding-and-commissioning
			    name: Funding & commissioning
			    words: [funder*, money, "purse strings"]
			  - slug: health-and-care
			    name: Health & care
			    words: [nhs, health]
			  - slug: co-production
			    name: Co-production
			    words: ["front line", co-production]
			  - slug: partnership-working
			    name: Partnership working
			    words: [partner*]
			""");

	@Test
	void aTrailingStarMatchesAnyEndingAndOtherwiseWordsMatchWhole() {
		assertThat(TAGGER.tag("Funders and powerful partners")).containsExactly("power-and-inequality",
				"funding-and-commissioning", "partnership-working");
		assertThat(TAGGER.tag("Healthy moneylenders")).containsExactly("partnership-working");
	}

	@Test
	void phrasesMatchConsecutiveWordsAcrossHyphensAndCase() {
		assertThat(TAGGER.tag("Front-line staff and CO-PRODUCTION")).containsExactly("co-production");
		assertThat(TAGGER.tag("the front of the line")).containsExactly("partnership-working");
	}

	@Test
	void mostUsedThemesComeFirstAtMostThreeTiesInFileOrder() {
		assertThat(TAGGER.tag("NHS health money", "partners partnership partnering power"))
			.containsExactly("partnership-working", "health-and-care", "power-and-inequality");
	}

	@Test
	void aWordCountsOnceForATheme() {
		assertThat(TAGGER.tag("the upper hand holds the purse strings", "funders")).first()
			.isEqualTo("funding-and-commissioning");
	}

	@Test
	void aBareStarInTheWordsMatchesNothing() {
		ThemeTagger tagger = ThemesFile.parse("""
				fallback: other
				themes:
				  - slug: other
				    name: Other
				    words: [elsewhere]
				  - slug: star
				    name: Star
				    words: ["*"]
				""");
		assertThat(tagger.tag("Funders and powerful partners")).containsExactly("other");
	}

	@Test
	void noMatchingWordGivesTheFallback() {
		assertThat(TAGGER.tag("Nothing to see here", null, "")).containsExactly("partnership-working");
	}

}
