package org.abetterway.meetingnotes.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The whole English words the meaning model reads as words of its own: a reader's word that no key point uses but
 * the model knows ("safe", "coalition") is a word the reader meant, for the model to read, not a misspelling of some
 * word of the notes ("same", "collision") to put in its place.
 */
@Component
class ModelWords {

	private final MeaningModel model;

	private volatile Set<String> words;

	ModelWords(MeaningModel model) {
		this.model = model;
	}

	/** Whether search by meaning is on and its model has this word whole; false for a word it reads in pieces. */
	boolean knows(String word) {
		return model.awaitLoaded() && words().contains(word.toLowerCase(Locale.ROOT));
	}

	private Set<String> words() {
		if (words == null) {
			words = read();
		}
		return words;
	}

	/** The tokenizer's vocabulary, without the pieces of words ("##ing") and its markers ("[CLS]"). */
	private static Set<String> read() {
		String name = OnnxEncoder.NAME + "-tokenizer.json";
		try (InputStream in = ModelWords.class.getClassLoader().getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("the tokenizer " + name + " is not on the class path");
			}
			JsonNode vocabulary = JsonMapper.builder().build().readTree(in).path("model").path("vocab");
			Set<String> known = new HashSet<>();
			for (String token : vocabulary.propertyNames()) {
				if (token.chars().allMatch(Character::isLetter)) {
					known.add(token);
				}
			}
			return Set.copyOf(known);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
