package org.abetterway.meetingnotes.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How search weighs meaning against words; the defaults were chosen on the first two sets of judged queries and
 * checked on a third that nothing was tuned on (src/bench/README.md).
 *
 * @param wholeWeight how much a key point's whole vector counts against its best sentence, from 0 to 1
 * @param wordsWeight how much matching every searched word adds to a key point's closeness in meaning
 * @param spreads how many standard deviations of the query's similarities a point found by meaning alone may be
 * below the closest point and still be shown
 * @param minimumSimilarity a query whose closest point is at least this similar is about the notes, unless it is closer
 * still to a subject they never discuss
 * @param looseSimilarity a query whose closest point is less similar than this is about nothing the notes discuss;
 * between this and {@code minimumSimilarity}, it is about them if its closest point is closer than every such subject
 * by {@code elsewhereMargin} at least
 * @param elsewhereMargin how much closer to the notes than to anything else a loosely close query must be
 */
@ConfigurationProperties("notes.search.ranking")
record SearchSettings(@DefaultValue("0.5") float wholeWeight, @DefaultValue("0.06") float wordsWeight,
		@DefaultValue("3") float spreads, @DefaultValue("0.6") float minimumSimilarity,
		@DefaultValue("0.55") float looseSimilarity, @DefaultValue("0.05") float elsewhereMargin) {
}
