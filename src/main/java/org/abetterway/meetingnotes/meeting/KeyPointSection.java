package org.abetterway.meetingnotes.meeting;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The key points under one heading of a meeting's notes.
 *
 * @param id the heading's anchor on the meeting page, for the contents list: {@code section-} and its words
 */
public record KeyPointSection(String heading, String id, List<KeyPoint> keyPoints) {

	/** What points outside any heading sit under. */
	public static final String UNTITLED = "Key points";

	/** Groups a meeting's key points by section, sections in the order they first appear. */
	public static List<KeyPointSection> of(List<KeyPoint> points) {
		Map<String, List<KeyPoint>> bySection = new LinkedHashMap<>();
		Set<String> taken = new HashSet<>();
		for (KeyPoint point : points) {
			String heading = point.getSection() == null || point.getSection().isBlank() ? UNTITLED
					: point.getSection();
			bySection.computeIfAbsent(heading, h -> new ArrayList<>()).add(point);
			taken.add(point.getAnchor());
		}
		List<KeyPointSection> sections = new ArrayList<>();
		bySection.forEach((heading, sectionPoints) -> sections
			.add(new KeyPointSection(heading, uniqueId(heading, taken), sectionPoints)));
		return sections;
	}

	/** Whether a meeting's key points are in sections enough to want a contents list. */
	public static boolean worthListing(List<KeyPointSection> sections) {
		return sections.size() > 1;
	}

	/** "The role of connectors" becomes "section-the-role-of-connectors", unless a point's anchor is that already. */
	private static String uniqueId(String heading, Set<String> taken) {
		String words = Normalizer.normalize(heading, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("['’‘]", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		String base = words.isEmpty() ? "section" : "section-" + words;
		String id = base;
		for (int suffix = 2; taken.contains(id); suffix++) {
			id = base + "-" + suffix;
		}
		taken.add(id);
		return id;
	}

}
