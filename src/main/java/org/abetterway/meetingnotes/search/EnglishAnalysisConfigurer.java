package org.abetterway.meetingnotes.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The two ways key point words are indexed: stemmed English, so that "funders" finds "funder", and exact words,
 * for quoted phrases and spelling suggestions.
 */
public class EnglishAnalysisConfigurer implements LuceneAnalysisConfigurer {

	static final String ENGLISH = "english";

	static final String EXACT = "exact";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(EnglishPossessiveFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(StopFilterFactory.class)
				// the usual English stop words and the words of a question ("what did we say about ...")
				.param("words", "search/stopwords.txt")
				.param("ignoreCase", "true")
			.tokenFilter(StemmerOverrideFilterFactory.class)
				// words that Porter stemming would merge with unrelated ones
				.param("dictionary", "search/stem-overrides.txt")
			.tokenFilter(PorterStemFilterFactory.class);
		context.analyzer(EXACT).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

}
