package org.abetterway.meetingnotes.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Splits text into the index's words, the same way the index does: stemmed English or exact.
 */
record Analysis(Analyzer english, Analyzer exact) {

	/** One word of a text and where it stands in it. */
	record Token(String term, int start, int end) {
	}

	List<Token> stemmed(String text) {
		return tokens(english, text);
	}

	List<Token> exactly(String text) {
		return tokens(exact, text);
	}

	List<String> stemmedTerms(String text) {
		return stemmed(text).stream().map(Token::term).toList();
	}

	List<String> exactTerms(String text) {
		return exactly(text).stream().map(Token::term).toList();
	}

	private static List<Token> tokens(Analyzer analyzer, String text) {
		List<Token> tokens = new ArrayList<>();
		if (text == null || text.isEmpty()) {
			return tokens;
		}
		try (TokenStream stream = analyzer.tokenStream("", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
