package org.abetterway.meetingnotes.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.abetterway.meetingnotes.search.Analysis.Token;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks the words of a key point that a search matched: the same words in any form, near misses of a
 * misspelled word, and exact phrases. Done here rather than by the index's highlighter because one search
 * matches stemmed words and exact phrases in different fields, and the result must mark both in one text.
 *
 * @param stems stemmed words the reader asked for
 * @param misspelt stemmed words not in the index, marked where a word is within a typing slip or two of them
 * @param phrases exact phrases, each as its exact words
 */
record MatchHighlighter(Analysis analysis, Set<String> stems, List<String> misspelt, List<List<String>> phrases) {

	/** The text, HTML-escaped, with each match wrapped in {@code <mark>}. */
	String highlight(String text) {
		if (text == null) {
			return "";
		}
		List<int[]> spans = new ArrayList<>();
		if (!stems.isEmpty() || !misspelt.isEmpty()) {
			for (Token token : analysis.stemmed(text)) {
				if (stems.contains(token.term()) || isNearMiss(token.term())) {
					spans.add(new int[] { token.start(), token.end() });
				}
			}
		}
		if (!phrases.isEmpty()) {
			List<Token> words = analysis.exactly(text);
			for (List<String> phrase : phrases) {
				for (int i = 0; i + phrase.size() <= words.size(); i++) {
					if (startsPhrase(words, i, phrase)) {
						spans.add(new int[] { words.get(i).start(), words.get(i + phrase.size() - 1).end() });
					}
				}
			}
		}
		spans.sort(Comparator.comparingInt(span -> span[0]));
		StringBuilder html = new StringBuilder(text.length() + 16 * spans.size());
		int done = 0;
		for (int[] span : spans) {
			if (span[1] <= done) {
				continue;
			}
			int start = Math.max(span[0], done);
			html.append(escape(text.substring(done, start)));
			html.append("<mark>").append(escape(text.substring(start, span[1]))).append("</mark>");
			done = span[1];
		}
		html.append(escape(text.substring(done)));
		return html.toString();
	}

	private boolean isNearMiss(String term) {
		for (String wrong : misspelt) {
			int allowed = Vocabulary.maxEdits(wrong);
			if (allowed > 0 && term.charAt(0) == wrong.charAt(0) && Math.abs(term.length() - wrong.length()) <= allowed
					&& EditDistance.between(term, wrong) <= allowed) {
				return true;
			}
		}
		return false;
	}

	/** Escapes only what HTML needs, leaving other characters as they are. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static boolean startsPhrase(List<Token> words, int at, List<String> phrase) {
		for (int j = 0; j < phrase.size(); j++) {
			if (!words.get(at + j).term().equals(phrase.get(j))) {
				return false;
			}
		}
		return true;
	}

}
