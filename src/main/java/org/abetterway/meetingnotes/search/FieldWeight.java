package org.abetterway.meetingnotes.search;

import java.util.List;
import java.util.function.BiFunction;

import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

/**
 * How much the reader's words count in each field where they are found: a key point's bold title most, then its
 * section, then its text, then its meeting's title, speakers and themes. One table for every kind of predicate.
 */
enum FieldWeight {

	TITLE(SearchFields.TITLE, 3), SECTION(SearchFields.SECTION, 2), TEXT(SearchFields.TEXT, 1),
	MEETING_TITLE(SearchFields.MEETING_TITLE, 0.5f), SPEAKER_NAME(SearchFields.SPEAKER_NAME, 0.5f),
	THEME_NAME(SearchFields.THEME_NAME, 0.3f), THEME_DESCRIPTION(SearchFields.THEME_DESCRIPTION, 0.2f);

	/** The key point's own words. */
	static final List<FieldWeight> POINT = List.of(TEXT, TITLE, SECTION);

	/** The key point's own words and its meeting's title, where phrases and near misses are looked for. */
	static final List<FieldWeight> POINT_AND_MEETING = List.of(TEXT, TITLE, SECTION, MEETING_TITLE);

	final String field;

	final float weight;

	FieldWeight(String field, float weight) {
		this.field = field;
		this.weight = weight;
	}

	/**
	 * Key points that match in any of the fields, scored by the sum of their fields' weighted scores.
	 *
	 * @param suffix of the fields' paths: "" for words in any form, {@link SearchFields#EXACT_SUFFIX} as typed
	 * @param onField the predicate on one field, given its path and its weight
	 */
	static PredicateFinalStep anyOf(SearchPredicateFactory f, List<FieldWeight> fields, String suffix,
			BiFunction<String, Float, PredicateFinalStep> onField) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		fields.forEach(field -> any.should(onField.apply(field.field + suffix, field.weight)));
		return any;
	}

}
