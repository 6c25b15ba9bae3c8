package org.abetterway.meetingnotes.site;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.abetterway.meetingnotes.meeting.Theme;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Small meetings, speakers and themes for the page slice tests, built the way the importer builds them.
 */
public final class PageFixtures {

	private PageFixtures() {
	}

	public static Theme theme(long id, String slug, String name) {
		Theme theme = new Theme(slug, name, "About " + name.toLowerCase() + ".", (int) id);
		ReflectionTestUtils.setField(theme, "id", id);
		return theme;
	}

	public static Speaker speaker(String slug, String name, String role, String organisation) {
		Speaker speaker = new Speaker(slug, name);
		speaker.describe(name, role, organisation);
		return speaker;
	}

	public static Meeting meeting(long id, String slug, String title, LocalDate date) {
		Meeting meeting = new Meeting(slug, title, slug + ".md", "hash", Instant.EPOCH);
		meeting.describe(date, "What did we ask about " + title + "?", "Joining Forces",
				"First paragraph of " + title + ".\n\nSecond paragraph.", "<p>More <em>notes</em>.</p>");
		ReflectionTestUtils.setField(meeting, "id", id);
		return meeting;
	}

	public static KeyPoint keyPoint(Meeting meeting, int position, String anchor, String section, String title,
			String text, Theme... themes) {
		KeyPoint point = new KeyPoint(meeting, position, anchor, section, title, text, List.of(themes));
		meeting.addKeyPoint(point);
		return point;
	}

}
