package org.abetterway.meetingnotes.meeting;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Where key points recur: the ideas raised in several meetings, as the meeting and theme pages show them. Another
 * module gathers the ideas and implements this, so that the pages ask without depending on it; without one, nothing
 * recurs.
 */
public interface Recurrences {

	Recurrences NONE = new Recurrences() {

		@Override
		public Map<Long, Recurrence> ofKeyPoints(Collection<Long> keyPointIds) {
			// answers a key point not yet stored, without an id, as any other
			return Collections.emptyMap();
		}

		@Override
		public List<RecurringIdea> ofTheme(String themeSlug) {
			return List.of();
		}

	};

	/** The idea each of these key points belongs to, by key point id; points in no idea are left out. */
	Map<Long, Recurrence> ofKeyPoints(Collection<Long> keyPointIds);

	/** The ideas some of whose points carry the theme, raised in the most meetings first. */
	List<RecurringIdea> ofTheme(String themeSlug);

	/**
	 * A key point's idea.
	 *
	 * @param url the idea on the page of ideas
	 * @param otherMeetings the other meetings that raised it, in the order of the idea's points
	 */
	record Recurrence(String url, List<MeetingLink> otherMeetings) {
	}

	/** A meeting named by a link to it. */
	record MeetingLink(String title, String url) {
	}

	/**
	 * An idea as a theme page lists it.
	 *
	 * @param label the text of the point that names it
	 * @param meetings how many meetings raised it
	 * @param url the idea on the page of the theme's ideas
	 */
	record RecurringIdea(String label, int meetings, String url) {
	}

}
