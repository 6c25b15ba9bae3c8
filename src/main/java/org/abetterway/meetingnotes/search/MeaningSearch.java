package org.abetterway.meetingnotes.search;

import java.util.List;
import java.util.function.Function;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * The key points nearest in meaning to a vector, among those a filter lets through, and no further from it than a
 * point on the same subject is: a query about nothing the notes discuss finds nothing by meaning.
 */
@Component
class MeaningSearch {

	/** Below this cosine similarity a key point is on another subject; measured on the judged queries. */
	static final float MINIMUM_SIMILARITY = 0.55f;

	/** A key point found by its meaning and none of the reader's words must be closer than this to be shown. */
	static final float MINIMUM_SIMILARITY_ALONE = 0.6f;

	/** A key point found by meaning, best first, with its themes for the facet counts. */
	record Found(long id, float similarity, List<String> themes) {
	}

	/** Lucene scores the dot product of unit vectors, their cosine, as (1 + cosine) / 2, to keep scores positive. */
	private static float cosine(float score) {
		return 2 * score - 1;
	}

	@SuppressWarnings("unchecked")
	List<Found> find(SearchSession session, float[] vector,
			Function<SearchPredicateFactory, PredicateFinalStep> filter, int count) {
		return session.search(KeyPoint.class)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.score(), f.field(SearchFields.THEME_SLUG, String.class).list())
				.asList(values -> new Found((Long) values.get(0), cosine((Float) values.get(1)),
						(List<String>) values.get(2))))
			.where(f -> f.knn(count).field(SearchFields.MEANING).matching(vector).filter(filter.apply(f))
				.requiredMinimumSimilarity(MINIMUM_SIMILARITY))
			.fetchHits(count);
	}

}
