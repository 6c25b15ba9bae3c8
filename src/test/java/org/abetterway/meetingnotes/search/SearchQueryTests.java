package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.abetterway.meetingnotes.search.SearchQuery.Clause;
import org.junit.jupiter.api.Test;

class SearchQueryTests {

	@Test
	void wordsAreEachAGroup() {
		SearchQuery query = SearchQuery.parse("psychological  safety");
		assertThat(query.groups()).containsExactly(List.of(word("psychological")), List.of(word("safety")));
		assertThat(query.excluded()).isEmpty();
	}

	@Test
	void quotesMakeAPhraseAndTypographicQuotesCount() {
		assertThat(SearchQuery.parse("\"New Public Management\" targets").groups())
			.containsExactly(List.of(new Clause("New Public Management", true)), List.of(word("targets")));
		assertThat(SearchQuery.parse("\u201Clived experience\u201D").groups())
			.containsExactly(List.of(new Clause("lived experience", true)));
	}

	@Test
	void minusAndNotExclude() {
		SearchQuery query = SearchQuery.parse("conflict -disagreement NOT \"falling out\"");
		assertThat(query.groups()).containsExactly(List.of(word("conflict")));
		assertThat(query.excluded()).containsExactly(word("disagreement"), new Clause("falling out", true));
	}

	@Test
	void orJoinsAlternativesIntoOneGroup() {
		SearchQuery query = SearchQuery.parse("funders OR commissioners power");
		assertThat(query.groups()).containsExactly(List.of(word("funders"), word("commissioners")),
				List.of(word("power")));
	}

	@Test
	void theModelReadsALongQuestionWholeWhileTheWordsSearchTakesItsFirstWords() {
		String question = "what can a small local charity do when the council and the big national providers keep "
				+ "deciding everything about services without ever asking the people who use them";
		SearchQuery query = SearchQuery.parse(question + " -funding");
		assertThat(query.groups()).hasSize(SearchQuery.MAX_GROUPS);
		assertThat(query.meaning()).isEqualTo(question);
		assertThat(SearchQuery.parse("\"lived experience\" -funding").meaning()).as("phrases alone ask for exact words")
			.isNull();
	}

	@Test
	void anUnbalancedQuoteIsIgnored() {
		assertThat(SearchQuery.parse("\"psychological safety").groups())
			.containsExactly(List.of(word("psychological")), List.of(word("safety")));
	}

	@Test
	void operatorsAloneAskForNothing() {
		assertThat(SearchQuery.parse("OR AND NOT \"\" + &&").isBlank()).isTrue();
		assertThat(SearchQuery.parse("trust - power").excluded()).isEmpty();
	}

	@Test
	void controlCharactersGoAndLongInputIsCut() {
		assertThat(SearchQuery.clean("tr\u0000ust\u0007 \u202Epower")).isEqualTo("tr ust power");
		assertThat(SearchQuery.clean("word ".repeat(2000))).hasSizeLessThanOrEqualTo(SearchQuery.MAX_LENGTH);
		assertThat(SearchQuery.parse("word ".repeat(2000)).groups()).hasSize(SearchQuery.MAX_GROUPS);
	}

	@Test
	void cuttingNeverSplitsAnEmoji() {
		String text = "a".repeat(SearchQuery.MAX_LENGTH - 1) + "\uD83E\uDD1D";
		String cut = SearchQuery.clean(text);
		assertThat(cut).isEqualTo("a".repeat(SearchQuery.MAX_LENGTH - 1));
	}

	private static Clause word(String text) {
		return new Clause(text, false);
	}

}
