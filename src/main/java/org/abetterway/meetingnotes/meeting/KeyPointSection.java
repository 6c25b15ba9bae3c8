package org.abetterway.meetingnotes.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The key points under one heading of a meeting's notes.
 */
public record KeyPointSection(String heading, List<KeyPoint> keyPoints) {

	/** What points outside any heading sit under. */
	public static final String UNTITLED = "Key points";

	/** Groups a meeting's key points by section, sections in the order they first appear. */
	public static List<KeyPointSection> of(List<KeyPoint> points) {
		Map<String, List<KeyPoint>> bySection = new LinkedHashMap<>();
		for (KeyPoint point : points) {
			String heading = point.getSection() == null || point.getSection().isBlank() ? UNTITLED
					: point.getSection();
			bySection.computeIfAbsent(heading, h -> new ArrayList<>()).add(point);
		}
		return bySection.entrySet().stream().map(e -> new KeyPointSection(e.getKey(), e.getValue())).toList();
	}

}
