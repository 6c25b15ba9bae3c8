package org.abetterway.meetingnotes.notes;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the YAML of notes files (front matter, themes, speakers) safely, reporting problems with their line.
 */
public final class YamlReader {

	private YamlReader() {
	}

	/**
	 * Parses YAML that starts at {@code firstLine} of {@code file}.
	 * @return the top-level mapping, empty for an empty document
	 * @throws NotesException naming the file and line of a syntax error, or saying the top level is not a mapping
	 */
	public static Map<String, Object> readMapping(String yaml, String file, int firstLine) {
		Object loaded = read(yaml, file, firstLine);
		if (loaded == null) {
			return Map.of();
		}
		if (!(loaded instanceof Map<?, ?> map)) {
			throw new NotesException(file, firstLine, "expected 'key: value' lines, found " + describe(loaded));
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> mapping = (Map<String, Object>) map;
		return mapping;
	}

	/** Parses YAML whose top level may be anything. */
	public static Object read(String yaml, String file, int firstLine) {
		try {
			return loader().load(yaml);
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark() != null ? ex.getProblemMark() : ex.getContextMark();
			int line = mark != null ? firstLine + mark.getLine() : firstLine;
			String problem = ex.getProblem() != null ? ex.getProblem() : "is not valid YAML";
			throw new NotesException(file, line, "malformed YAML: " + problem);
		}
		catch (YAMLException ex) {
			throw new NotesException(file, firstLine, "malformed YAML: " + ex.getMessage());
		}
	}

	/**
	 * The line of each key of a top-level mapping, in YAML that starts at {@code firstLine} and that
	 * {@link #readMapping} has read without a problem.
	 */
	public static Map<String, Integer> keyLines(String yaml, int firstLine) {
		Map<String, Integer> lines = new HashMap<>();
		if (loader().compose(new StringReader(yaml)) instanceof MappingNode mapping) {
			for (NodeTuple entry : mapping.getValue()) {
				if (entry.getKeyNode() instanceof ScalarNode key) {
					lines.putIfAbsent(key.getValue(), firstLine + key.getStartMark().getLine());
				}
			}
		}
		return lines;
	}

	/** A scalar as text, or null; lists and mappings are a problem for the caller to report. */
	public static String text(Object value) {
		if (value == null || value instanceof Map || value instanceof List) {
			return null;
		}
		String text = value.toString().strip();
		return text.isEmpty() ? null : text;
	}

	public static String describe(Object value) {
		if (value instanceof Map) {
			return "a mapping";
		}
		if (value instanceof List) {
			return "a list";
		}
		return "'" + value + "'";
	}

	private static Yaml loader() {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		options.setCodePointLimit(2 * 1024 * 1024);
		return new Yaml(new SafeConstructor(options));
	}

}
