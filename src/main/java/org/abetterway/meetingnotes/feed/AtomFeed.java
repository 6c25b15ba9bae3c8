package org.abetterway.meetingnotes.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.stream.XMLStreamException;

import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.abetterway.meetingnotes.meeting.Theme;
import org.jspecify.annotations.Nullable;

/**
 * One Atom feed: of meetings or of key points. Every id is an absolute address made of slugs and anchors, so it is
 * the same after a restart and on every instance; every date is when the notes changed.
 *
 * @param id the feed's own address
 * @param alternate the page the feed follows
 * @param notesChanged when the notes last changed: the feed's own {@code updated}, unless an entry is newer
 */
record AtomFeed(String id, String title, String subtitle, String alternate, String author,
		@Nullable Instant notesChanged) {

	static final String NAMESPACE = "http://www.w3.org/2005/Atom";

	/** Feed readers want what is new; a hundred entries is months of notes. */
	static final int MOST_ENTRIES = 100;

	static final String TYPE = "application/atom+xml;charset=UTF-8";

	/** When a meeting's notes last changed: the one place every feed and the sitemap take a meeting's date from. */
	static Instant updated(Meeting meeting) {
		return meeting.getLastChanged();
	}

	/** A feed of meetings, each entry linking to its page. */
	String ofMeetings(List<Meeting> meetings, Addresses addresses) throws XMLStreamException {
		Instant updated = newest(meetings.stream().map(AtomFeed::updated));
		return Xml.document(xml -> {
			head(xml, updated);
			for (Meeting meeting : meetings) {
				xml.start("entry");
				String url = addresses.absolute(meeting.getUrl());
				xml.element("id", url);
				xml.element("title", meeting.getTitle());
				xml.element("updated", Xml.timestamp(updated(meeting)));
				published(xml, meeting);
				xml.empty("link", "rel", "alternate", "type", "text/html", "href", url);
				for (Speaker speaker : meeting.getSpeakers()) {
					xml.start("contributor");
					xml.element("name", speaker.getName());
					xml.end();
				}
				String summary = meeting.getQuestion() != null ? meeting.getQuestion() : meeting.getSummary();
				if (summary != null) {
					xml.element("summary", summary);
				}
				xml.end();
			}
			xml.end();
		});
	}

	/** A feed of key points, each entry linking to the point on its meeting's page. */
	String ofKeyPoints(List<PointEntry> points, Addresses addresses) throws XMLStreamException {
		Instant updated = newest(points.stream().map(point -> updated(point.meeting())));
		return Xml.document(xml -> {
			head(xml, updated);
			for (PointEntry point : points) {
				Meeting meeting = point.meeting();
				String url = addresses.absolute(point.url());
				xml.start("entry");
				xml.element("id", url);
				xml.element("title", point.headline());
				xml.element("updated", Xml.timestamp(updated(meeting)));
				published(xml, meeting);
				xml.empty("link", "rel", "alternate", "type", "text/html", "href", url);
				for (Theme theme : point.themes()) {
					xml.empty("category", "term", theme.getSlug(), "label", theme.getName(), "scheme",
							addresses.absolute("/themes/"));
				}
				xml.element("summary", point.place());
				xml.start("content");
				xml.attribute("type", "text");
				xml.text(point.content());
				xml.end();
				xml.end();
			}
			xml.end();
		});
	}

	private void head(Xml xml, Instant updated) throws XMLStreamException {
		xml.startRoot("feed", NAMESPACE);
		xml.element("id", id);
		xml.element("title", title);
		if (subtitle != null) {
			xml.element("subtitle", subtitle);
		}
		xml.element("updated", Xml.timestamp(updated));
		xml.empty("link", "rel", "self", "type", "application/atom+xml", "href", id);
		xml.empty("link", "rel", "alternate", "type", "text/html", "href", alternate);
		xml.start("author");
		xml.element("name", author);
		xml.end();
	}

	private static void published(Xml xml, Meeting meeting) throws XMLStreamException {
		if (meeting.getDate() != null) {
			xml.element("published", Xml.timestamp(meeting.getDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
	}

	/**
	 * When the notes last changed, or the latest change among the entries if later. Not the entries' alone: when the
	 * newest meeting is deleted, the feed has changed, and its date must not go back to the one before.
	 */
	private Instant newest(Stream<Instant> entries) {
		return Stream.concat(entries, Stream.ofNullable(notesChanged)).max(Comparator.naturalOrder())
			.orElse(Instant.EPOCH);
	}

	/** Absolute addresses for paths, as the request or the configured public address makes them. */
	@FunctionalInterface
	interface Addresses {

		String absolute(String path);

	}

}
