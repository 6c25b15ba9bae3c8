package org.abetterway.meetingnotes.feed;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;

import jakarta.servlet.http.HttpServletRequest;

import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingQueries;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.abetterway.meetingnotes.meeting.SpeakerRepository;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.search.KeyPointSearch;
import org.abetterway.meetingnotes.search.SearchHit;
import org.abetterway.meetingnotes.search.SearchRequest;
import org.abetterway.meetingnotes.search.SearchResults;
import org.abetterway.meetingnotes.site.NotFoundException;
import org.abetterway.meetingnotes.site.NotesLastChanged;
import org.abetterway.meetingnotes.site.SitePaths;
import org.abetterway.meetingnotes.site.SiteProperties;
import org.abetterway.meetingnotes.site.SiteUrls;
import org.abetterway.meetingnotes.theme.ThemeQueries;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Feeds to follow a theme, a speaker or a search, so that a reader hears of new notes on their subject without
 * coming back to look. Not a {@code @RestController}: an unknown theme or speaker gets the site's 404 page, not a
 * JSON API error.
 */
@Controller
class FollowFeedController {

	private final ThemeQueries themes;

	private final SpeakerRepository speakers;

	private final KeyPointRepository keyPoints;

	private final MeetingQueries meetings;

	private final KeyPointSearch search;

	private final SiteUrls urls;

	private final SiteProperties properties;

	private final NotesLastChanged notesChanged;

	FollowFeedController(ThemeQueries themes, SpeakerRepository speakers, KeyPointRepository keyPoints,
			MeetingQueries meetings, KeyPointSearch search, SiteUrls urls, SiteProperties properties,
			NotesLastChanged notesChanged) {
		this.notesChanged = notesChanged;
		this.themes = themes;
		this.speakers = speakers;
		this.keyPoints = keyPoints;
		this.meetings = meetings;
		this.search = search;
		this.urls = urls;
		this.properties = properties;
	}

	/** The key points of a theme, newest meetings first. */
	@GetMapping(value = "/themes/{slug}/feed.atom")
	@Transactional(readOnly = true)
	ResponseEntity<String> theme(@PathVariable String slug, HttpServletRequest request) throws XMLStreamException {
		Theme theme = themes.findBySlug(slug).orElseThrow(() -> new NotFoundException("no theme " + slug));
		List<PointEntry> points = keyPoints
			.findPageWithThemes(Set.of(slug), PageRequest.of(0, AtomFeed.MOST_ENTRIES))
			.map(PointEntry::of)
			.getContent();
		return atom(feed(request, SitePaths.themeFeed(slug), theme.getName(),
				"New key points about " + theme.getName() + ", newest meetings first.", theme.getUrl())
			.ofKeyPoints(points, path -> urls.absolute(request, path)));
	}

	/** The meetings a speaker spoke at, newest first. */
	@GetMapping(value = "/speakers/{slug}/feed.atom")
	@Transactional(readOnly = true)
	ResponseEntity<String> speaker(@PathVariable String slug, HttpServletRequest request) throws XMLStreamException {
		Speaker speaker = speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("no speaker " + slug));
		List<String> spokenAt = meetings.spokenAtBy(slug, PageRequest.of(0, AtomFeed.MOST_ENTRIES))
			.map(Meeting::getSlug).getContent();
		return atom(feed(request, SitePaths.speakerFeed(slug), speaker.getName(),
				"New meetings " + speaker.getName() + " spoke at.", speaker.getUrl())
			.ofMeetings(meetings.bySlugs(spokenAt), path -> urls.absolute(request, path)));
	}

	/** The best key points for a search, as the search page ranks them. */
	@GetMapping(value = "/search/feed.atom")
	ResponseEntity<String> search(@RequestParam(defaultValue = "") String q,
			@RequestParam(name = "theme", required = false) List<String> theme,
			@RequestParam(required = false) String speaker, @RequestParam(required = false) String meeting,
			HttpServletRequest request) throws XMLStreamException {
		SearchRequest asked = new SearchRequest(q, theme, speaker, meeting, 0, AtomFeed.MOST_ENTRIES);
		if (asked.query().isBlank() && asked.themes().isEmpty() && asked.speaker() == null
				&& asked.meeting() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "say what to follow: q=words or theme=slug");
		}
		SearchResults results = search.search(asked);
		Map<String, Meeting> bySlug = meetings.bySlugs(results.hits().stream().map(SearchHit::meetingSlug)
			.collect(Collectors.toSet())).stream().collect(Collectors.toMap(Meeting::getSlug, Function.identity()));
		List<PointEntry> points = results.hits().stream().filter(hit -> bySlug.containsKey(hit.meetingSlug()))
			.map(hit -> PointEntry.of(hit, bySlug.get(hit.meetingSlug())))
			.toList();
		String path = SitePaths.searchFeed(results.query(), asked.themes(), asked.speaker(), asked.meeting());
		String what = results.query().isEmpty() ? "Search" : "Search: " + results.query();
		return atom(feed(request, path, what, "The key points that best match this search, best first.",
				"/search" + path.substring("/search/feed.atom".length()))
			.ofKeyPoints(points, address -> urls.absolute(request, address)));
	}

	/** Set here rather than with {@code produces}, so that an unknown theme or speaker gets the HTML 404 page. */
	private static ResponseEntity<String> atom(String feed) {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(AtomFeed.TYPE)).body(feed);
	}

	private AtomFeed feed(HttpServletRequest request, String path, String what, String subtitle, String page) {
		return new AtomFeed(urls.absolute(request, path), what + " · " + properties.siteName(), subtitle,
				urls.absolute(request, page), properties.siteName(), notesChanged.at());
	}

}
