package org.abetterway.meetingnotes.notes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.abetterway.meetingnotes.notes.ThemeTagger.ThemeDefinition;

/**
 * Reads {@code themes.yml}: the curated themes, their descriptions and the words that suggest them.
 */
public final class ThemesFile {

	public static final String NAME = "themes.yml";

	/** The themes of a folder without its own {@code themes.yml}, shipped with the application. */
	private static final String BUILT_IN = "notes/themes.yml";

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private ThemesFile() {
	}

	/** The text of the built-in themes. */
	static String builtIn() {
		try (InputStream in = ThemesFile.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
			if (in == null) {
				throw new IllegalStateException("The application lacks its built-in " + BUILT_IN);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ThemeTagger parse(String yaml) {
		Map<String, Object> root = YamlReader.readMapping(yaml, NAME, 1);
		if (!(root.get("themes") instanceof List<?> entries) || entries.isEmpty()) {
			throw new NotesException(NAME, 1, "expected a 'themes:' list");
		}
		List<ThemeDefinition> themes = new ArrayList<>();
		Set<String> slugs = new HashSet<>();
		for (Object entry : entries) {
			int number = themes.size() + 1;
			if (!(entry instanceof Map<?, ?> theme)) {
				throw new NotesException(NAME, 0, "theme " + number + " should have slug, name, description and words");
			}
			String slug = YamlReader.text(theme.get("slug"));
			String name = YamlReader.text(theme.get("name"));
			if (slug == null || !SLUG.matcher(slug).matches()) {
				throw new NotesException(NAME, 0, "theme " + number + " needs a slug of lower-case words and hyphens");
			}
			if (!slugs.add(slug)) {
				throw new NotesException(NAME, 0, "theme '" + slug + "' is listed twice");
			}
			if (name == null) {
				throw new NotesException(NAME, 0, "theme '" + slug + "' needs a name");
			}
			List<List<String>> phrases = new ArrayList<>();
			if (theme.get("words") instanceof List<?> words) {
				for (Object word : words) {
					String text = YamlReader.text(word);
					if (text != null && !ThemeDefinition.phrase(text).isEmpty()) {
						phrases.add(ThemeDefinition.phrase(text));
					}
				}
			}
			themes.add(new ThemeDefinition(slug, name, YamlReader.text(theme.get("description")), List.copyOf(phrases)));
		}
		String fallback = YamlReader.text(root.get("fallback"));
		if (fallback == null) {
			fallback = themes.get(0).slug();
		}
		if (!slugs.contains(fallback)) {
			throw new NotesException(NAME, 1, "the fallback theme '" + fallback + "' is not in the list");
		}
		return new ThemeTagger(themes, fallback);
	}

}
