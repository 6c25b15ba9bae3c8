package org.abetterway.meetingnotes.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A notes file as read, before anything is stored.
 *
 * @param updated when the notes last changed, if the front matter says so
 */
public record ParsedMeeting(String slug, String title, LocalDate date, Instant updated, String question, String series,
		String summary, String notesHtml, List<String> oldSlugs, List<ParsedSpeaker> speakers,
		List<ParsedKeyPoint> keyPoints) {

	/** A speaker as the front matter names them, spelling already made canonical. */
	public record ParsedSpeaker(String name, String role, String organisation) {
	}

	/** One key point with its themes already chosen. */
	public record ParsedKeyPoint(String anchor, String section, String title, String text, List<String> themes) {
	}

}
