package org.abetterway.meetingnotes.idea;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.abetterway.meetingnotes.site.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The ideas of the notes as they were last gathered, raised in the most meetings first, and which key point belongs
 * to which.
 */
record GatheredIdeas(State state, List<Idea> ideas, Map<Long, Idea> byKeyPoint) {

	enum State {
		/** Being gathered after an import: there are none to show yet. */
		GATHERING,
		/** Gathered from the notes as imported. */
		READY,
		/** No key point has a vector, as when search by meaning is off: none can be found. */
		OFF
	}

	static final GatheredIdeas GATHERING = new GatheredIdeas(State.GATHERING, List.of(), Map.of());

	static final GatheredIdeas OFF = new GatheredIdeas(State.OFF, List.of(), Map.of());

	static final Comparator<Idea> MOST_MEETINGS_FIRST = Comparator.comparingInt(Idea::meetings)
		.reversed()
		.thenComparing(Comparator.comparingInt((Idea idea) -> idea.members().size()).reversed())
		.thenComparing(Idea::id);

	static GatheredIdeas ready(List<Idea> ideas) {
		List<Idea> ordered = ideas.stream().sorted(MOST_MEETINGS_FIRST).toList();
		Map<Long, Idea> byKeyPoint = new HashMap<>();
		ordered.forEach(idea -> idea.members().forEach(member -> byKeyPoint.put(member.keyPointId(), idea)));
		return new GatheredIdeas(State.READY, ordered, byKeyPoint);
	}

	/** The ideas some of whose points carry the theme, or all of them. */
	List<Idea> about(@Nullable String theme) {
		return theme == null ? ideas : ideas.stream().filter(idea -> idea.themes().contains(theme)).toList();
	}

	/** Where an idea is on the pages of ideas about the theme (or of all ideas): its page, and its anchor there. */
	String url(Idea idea, @Nullable String theme) {
		int page = about(theme).indexOf(idea) / Paging.DEFAULT_SIZE;
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/ideas");
		if (theme != null) {
			url.queryParam("theme", theme);
		}
		if (page > 0) {
			url.queryParam("page", page);
		}
		return url.fragment(idea.id()).encode().toUriString();
	}

	/**
	 * Key points of two meetings or more that say the same thing.
	 *
	 * @param id made of the naming point's meeting slug and anchor, so the same on every instance and after a restart
	 * @param naming the point that names it, the most central
	 * @param members every point, the naming one too, in the order of their meetings' slugs and anchors
	 * @param meetings how many meetings raised it
	 * @param themes the themes of any of its points
	 */
	record Idea(String id, Member naming, List<Member> members, int meetings, Set<String> themes) {

		static String idOf(String meetingSlug, String anchor) {
			return meetingSlug + "--" + anchor;
		}

	}

	/** One key point of an idea, with what the pages need without reading it. */
	record Member(long keyPointId, String meetingSlug, String meetingTitle, String anchor, String text) {
	}

}
