package org.abetterway.meetingnotes.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;

import org.abetterway.meetingnotes.site.SiteProperties;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingQueries;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.abetterway.meetingnotes.meeting.SpeakerRepository;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.abetterway.meetingnotes.site.SiteUrls;

/**
 * The companions of a public site: an Atom feed of meetings, a sitemap and robots.txt.
 */
@RestController
class FeedController {

	/** Feed readers want what is new; the sitemap lists every meeting. */
	static final int FEED_SIZE = 100;

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final MeetingQueries meetings;

	private final SiteUrls urls;

	private final SiteProperties properties;

	private final ThemeRepository themes;

	private final SpeakerRepository speakers;

	FeedController(MeetingQueries meetings, ThemeRepository themes,
			SpeakerRepository speakers, SiteUrls urls, SiteProperties properties) {
		this.meetings = meetings;
		this.themes = themes;
		this.speakers = speakers;
		this.urls = urls;
		this.properties = properties;
	}

	@GetMapping(value = "/feed.atom", produces = "application/atom+xml;charset=UTF-8")
	@Transactional(readOnly = true)
	String feed(HttpServletRequest request) throws XMLStreamException {
		List<Meeting> all = meetings.newest(FEED_SIZE);
		Instant updated = all.stream().map(Meeting::getLastChanged).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
		return xml(xml -> {
			xml.writeStartElement("feed");
			xml.writeDefaultNamespace(ATOM);
			element(xml, "id", urls.absolute(request, "/"));
			element(xml, "title", properties.siteName());
			element(xml, "updated", timestamp(updated));
			link(xml, "self", urls.absolute(request, "/feed.atom"));
			link(xml, "alternate", urls.absolute(request, "/"));
			xml.writeStartElement("author");
			element(xml, "name", properties.siteName());
			xml.writeEndElement();
			for (Meeting meeting : all) {
				xml.writeStartElement("entry");
				element(xml, "id", urls.absolute(request, meeting.getUrl()));
				element(xml, "title", meeting.getTitle());
				element(xml, "updated", timestamp(meeting.getLastChanged()));
				if (meeting.getDate() != null) {
					element(xml, "published", timestamp(meeting.getDate().atStartOfDay(ZoneOffset.UTC).toInstant()));
				}
				link(xml, "alternate", urls.absolute(request, meeting.getUrl()));
				for (Speaker speaker : meeting.getSpeakers()) {
					xml.writeStartElement("contributor");
					element(xml, "name", speaker.getName());
					xml.writeEndElement();
				}
				String summary = meeting.getQuestion() != null ? meeting.getQuestion() : meeting.getSummary();
				if (summary != null) {
					element(xml, "summary", summary);
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Transactional(readOnly = true)
	String sitemap(HttpServletRequest request) throws XMLStreamException {
		return xml(xml -> {
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(SITEMAP);
			for (String path : List.of("/", "/themes", "/speakers", "/key-points")) {
				url(xml, urls.absolute(request, path), null);
			}
			for (Meeting meeting : meetings.allNewestFirst()) {
				url(xml, urls.absolute(request, meeting.getUrl()), meeting.getLastChanged());
			}
			for (Theme theme : themes.findAllByOrderByPosition()) {
				url(xml, urls.absolute(request, theme.getUrl()), null);
			}
			for (Speaker speaker : speakers.findAllByOrderByNameAsc()) {
				url(xml, urls.absolute(request, speaker.getUrl()), null);
			}
			xml.writeEndElement();
		});
	}

	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> robots(HttpServletRequest request) {
		return ResponseEntity.ok("User-agent: *\nAllow: /\nDisallow: /search\nDisallow: /api/\n\nSitemap: "
				+ urls.absolute(request, "/sitemap.xml") + "\n");
	}

	private static String xml(XmlBody body) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		body.write(xml);
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	private static void url(XMLStreamWriter xml, String location, Instant modified) throws XMLStreamException {
		xml.writeStartElement("url");
		element(xml, "loc", location);
		if (modified != null) {
			element(xml, "lastmod", DateTimeFormatter.ISO_LOCAL_DATE.format(modified.atZone(ZoneOffset.UTC)));
		}
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static String timestamp(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	@FunctionalInterface
	private interface XmlBody {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

}
