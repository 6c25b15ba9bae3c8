package org.abetterway.meetingnotes.card;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.abetterway.meetingnotes.meeting.SpeakerRepository;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.site.NotFoundException;
import org.abetterway.meetingnotes.site.SitePaths;
import org.abetterway.meetingnotes.theme.ThemeQueries;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The share card of each page a reader may paste a link to, at its page's address and {@code /card.png}, and the
 * site's logo. An unknown slug or anchor is the site's 404, as for its page.
 */
@Controller
class CardController {

	/** The home page's description, which its card repeats. */
	static final String HOME_SUBTITLE = "The meetings of the network: the question each explored, who spoke and "
			+ "the themes of its key points.";

	private final Cards cards;

	private final MeetingRepository meetings;

	private final KeyPointRepository keyPoints;

	private final ThemeQueries themes;

	private final SpeakerRepository speakers;

	CardController(Cards cards, MeetingRepository meetings, KeyPointRepository keyPoints, ThemeQueries themes,
			SpeakerRepository speakers) {
		this.cards = cards;
		this.meetings = meetings;
		this.keyPoints = keyPoints;
		this.themes = themes;
		this.speakers = speakers;
	}

	@GetMapping(SitePaths.HOME_CARD)
	ResponseEntity<byte[]> home() {
		return png(cards.png(ShareCard.of("", "Meetings", HOME_SUBTITLE)));
	}

	@GetMapping(SitePaths.LOGO)
	ResponseEntity<byte[]> logo() {
		return png(cards.logo());
	}

	@GetMapping("/meetings/{slug}/card.png")
	ResponseEntity<byte[]> meeting(@PathVariable String slug) {
		Meeting meeting = meetings.findBySlug(slug).orElseThrow(() -> new NotFoundException("no meeting " + slug));
		String about = meeting.getQuestion() != null ? meeting.getQuestion()
				: meeting.getSummaryParagraphs().stream().findFirst().orElse("");
		return png(cards.png(ShareCard.of("Meeting", meeting.getTitle(), about)));
	}

	@GetMapping("/meetings/{slug}/key-points/{anchor}/card.png")
	ResponseEntity<byte[]> keyPoint(@PathVariable String slug, @PathVariable String anchor) {
		KeyPoint point = keyPoints.findWithMeetingAndThemes(slug, anchor)
			.orElseThrow(() -> new NotFoundException("no key point " + anchor + " in " + slug));
		return png(cards.png(ShareCard.of("Key point", point.getWords(), "From " + point.getMeeting().getTitle())));
	}

	@GetMapping("/themes/{slug}/card.png")
	ResponseEntity<byte[]> theme(@PathVariable String slug) {
		Theme theme = themes.findBySlug(slug).orElseThrow(() -> new NotFoundException("no theme " + slug));
		return png(cards.png(ShareCard.of("Theme", theme.getName(), theme.getDescription())));
	}

	@GetMapping("/speakers/{slug}/card.png")
	ResponseEntity<byte[]> speaker(@PathVariable String slug) {
		Speaker speaker = speakers.findBySlug(slug).orElseThrow(() -> new NotFoundException("no speaker " + slug));
		return png(cards.png(ShareCard.of("Speaker", speaker.getName(), speaker.getAffiliation())));
	}

	private static ResponseEntity<byte[]> png(byte[] png) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
	}

}
