package org.abetterway.meetingnotes.notes;

import static org.abetterway.meetingnotes.notes.NotesException.refuseIfLonger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A meeting's front matter: the YAML between the opening and closing '---' lines, which flexmark finds and SnakeYAML
 * reads. Its values come as the parser needs them; a value of the wrong kind is a {@link NotesException} naming the
 * line of its key.
 *
 * @param file the file's name within the notes folder
 * @param values the top-level mapping
 * @param keyLines the line each key of the mapping is on
 */
record FrontMatter(String file, Map<String, Object> values, Map<String, Integer> keyLines) {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern CLOSING = Pattern.compile("---|\\.\\.\\.");

	/** The front matter that opens the document; none if it does not open with one. */
	static FrontMatter read(String file, Document document) {
		if (!(document.getFirstChild() instanceof YamlFrontMatterBlock block)) {
			if (document.getChars().startsWith("---")) {
				throw new NotesException(file, 1, "the front matter is not valid: it must be 'key: value' lines "
						+ "between two '---' lines");
			}
			return new FrontMatter(file, Map.of(), Map.of());
		}
		// flexmark runs an unclosed block to the end of the document, so its last line that is not blank must close it
		List<BasedSequence> lines = block.getContentLines();
		int closing = lines.size() - 1;
		while (closing > 0 && lines.get(closing).isBlank()) {
			closing--;
		}
		if (closing == 0 || !CLOSING.matcher(lines.get(closing).toString().strip()).matches()) {
			throw new NotesException(file, 1, "the front matter is never closed: end it with a line '---'");
		}
		// without the last line's break, so that a problem at the end of the YAML is on its last line
		String yaml = block.getContentChars(1, closing).removeSuffix("\n").toString();
		int firstLine = block.getStartLineNumber() + 2;
		return new FrontMatter(file, YamlReader.readMapping(yaml, file, firstLine),
				YamlReader.keyLines(yaml, firstLine));
	}

	/** The line of a key, or the first line if the front matter does not have it. */
	int lineOf(String key) {
		return keyLines.getOrDefault(key, 1);
	}

	String text(String key) {
		Object value = values.get(key);
		if (value instanceof Map || value instanceof List) {
			throw new NotesException(file, lineOf(key), "'" + key + "' should be one line of text, found "
					+ YamlReader.describe(value));
		}
		return YamlReader.text(value);
	}

	List<String> list(String key) {
		Object value = values.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> items)) {
			String text = YamlReader.text(value);
			return text == null ? List.of() : List.of(text);
		}
		return items.stream().map(YamlReader::text).filter(item -> item != null).toList();
	}

	List<String> slugs(String key) {
		List<String> slugs = new ArrayList<>();
		for (String slug : list(key)) {
			if (!SLUG.matcher(slug).matches()) {
				throw new NotesException(file, lineOf(key), "'" + slug + "' in '" + key
						+ "' is not a slug of lower-case words and hyphens");
			}
			refuseIfLonger(file, lineOf(key), "'" + key + "'", slug, 200);
			slugs.add(slug);
		}
		return slugs;
	}

	LocalDate date() {
		Object value = values.get("date");
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
		}
		try {
			return LocalDate.parse(value.toString().strip());
		}
		catch (DateTimeParseException ex) {
			throw new NotesException(file, lineOf("date"), "'" + value + "' is not a date; write it as YYYY-MM-DD");
		}
	}

	/**
	 * When the notes last changed, if the front matter says: {@code updated: 2024-05-01} (the start of that day, UTC)
	 * or a moment such as {@code updated: 2024-05-01T10:30:00Z}.
	 */
	Instant updated() {
		Object value = values.get("updated");
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		String text = value.toString().strip();
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notAMoment) {
			try {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException ex) {
				throw new NotesException(file, lineOf("updated"), "'" + value + "' is not a date; write it as "
						+ "YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SSZ for a moment");
			}
		}
	}

	/** Each person under the key as their details by lower-case name; a bare name is {@code name}. */
	List<Map<String, String>> people(String key) {
		Object value = values.get(key);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> entries)) {
			throw new NotesException(file, lineOf(key), "'" + key + "' should be a list of people");
		}
		List<Map<String, String>> people = new ArrayList<>();
		for (Object entry : entries) {
			Map<String, String> person = new LinkedHashMap<>();
			if (entry instanceof Map<?, ?> map) {
				map.forEach((k, v) -> person.put(String.valueOf(k).toLowerCase(Locale.ROOT), YamlReader.text(v)));
			}
			else {
				person.put("name", YamlReader.text(entry));
			}
			if (person.get("name") == null) {
				throw new NotesException(file, lineOf(key), "every speaker needs a name");
			}
			people.add(person);
		}
		return people;
	}

}
