package org.abetterway.meetingnotes.feed;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletRequest;

import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingQueries;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.abetterway.meetingnotes.meeting.SpeakerRepository;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.abetterway.meetingnotes.site.NotesLastChanged;
import org.abetterway.meetingnotes.site.SiteProperties;
import org.abetterway.meetingnotes.site.SiteUrls;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The companions of a public site: an Atom feed of meetings, a sitemap and robots.txt.
 */
@RestController
class FeedController {

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final MeetingQueries meetings;

	private final SiteUrls urls;

	private final SiteProperties properties;

	private final ThemeRepository themes;

	private final SpeakerRepository speakers;

	private final NotesLastChanged notesChanged;

	FeedController(MeetingQueries meetings, ThemeRepository themes, SpeakerRepository speakers, SiteUrls urls,
			SiteProperties properties, NotesLastChanged notesChanged) {
		this.meetings = meetings;
		this.notesChanged = notesChanged;
		this.themes = themes;
		this.speakers = speakers;
		this.urls = urls;
		this.properties = properties;
	}

	/**
	 * Feed readers ask for RSS or plain XML ({@code Accept: application/rss+xml}, {@code text/xml}) and read Atom
	 * all the same: the type is set on the answer rather than negotiated, so that none gets a 406.
	 */
	@GetMapping("/feed.atom")
	@Transactional(readOnly = true)
	ResponseEntity<String> feed(HttpServletRequest request) throws XMLStreamException {
		AtomFeed feed = new AtomFeed(urls.absolute(request, "/"), properties.siteName(), null,
				urls.absolute(request, "/"), properties.siteName(), notesChanged.at());
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(AtomFeed.TYPE))
			.body(feed.ofMeetings(meetings.newest(AtomFeed.MOST_ENTRIES), path -> urls.absolute(request, path)));
	}

	/** Crawlers ask for {@code text/xml} as often as {@code application/xml}: set, not negotiated, like the feed. */
	@GetMapping("/sitemap.xml")
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemap(HttpServletRequest request) throws XMLStreamException {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(Xml.document(xml -> {
			xml.startRoot("urlset", SITEMAP);
			for (String path : List.of("/", "/themes", "/speakers", "/key-points", "/ideas")) {
				url(xml, urls.absolute(request, path), null);
			}
			for (Meeting meeting : meetings.allNewestFirst()) {
				url(xml, urls.absolute(request, meeting.getUrl()), AtomFeed.updated(meeting));
			}
			for (Theme theme : themes.findAllByOrderByPosition()) {
				url(xml, urls.absolute(request, theme.getUrl()), null);
			}
			for (Speaker speaker : speakers.findAllByOrderByNameAsc()) {
				url(xml, urls.absolute(request, speaker.getUrl()), null);
			}
			xml.end();
		}));
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots(HttpServletRequest request) {
		return ResponseEntity.ok("User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /api/\n\nSitemap: "
				+ urls.absolute(request, "/sitemap.xml") + "\n");
	}

	private static void url(Xml xml, String location, Instant modified) throws XMLStreamException {
		xml.start("url");
		xml.element("loc", location);
		if (modified != null) {
			xml.element("lastmod", DateTimeFormatter.ISO_LOCAL_DATE.format(modified.atZone(ZoneOffset.UTC)));
		}
		xml.end();
	}

}
