package org.abetterway.meetingnotes.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.abetterway.meetingnotes.site.PageCard;
import org.abetterway.meetingnotes.site.SitePaths;
import org.abetterway.meetingnotes.site.SiteProperties;
import org.abetterway.meetingnotes.site.SiteUrls;
import org.springframework.stereotype.Component;

/**
 * A meeting page's schema.org description: an {@code Article} whose authors are the meeting's speakers, with its
 * share card as its image and the site, with its logo, as its publisher, ready to sit in a
 * {@code <script type="application/ld+json">}.
 */
// An Article rather than an Event: most notes are undated, and an Event without a start date is not valid.
@Component
class MeetingJsonLd {

	private final JsonMapper json;

	private final SiteUrls urls;

	private final SiteProperties notes;

	MeetingJsonLd(JsonMapper json, SiteUrls urls, SiteProperties notes) {
		this.json = json;
		this.urls = urls;
		this.notes = notes;
	}

	/** Needs the meeting's speakers and its key points' themes loaded. */
	String of(Meeting meeting, List<KeyPoint> keyPoints, HttpServletRequest request) {
		String url = urls.absolute(request, meeting.getUrl());
		List<Person> authors = meeting.getSpeakers()
			.stream()
			.map(speaker -> Person.of(speaker, urls.absolute(request, speaker.getUrl())))
			.toList();
		List<String> keywords = keyPoints.stream()
			.flatMap(point -> point.getThemes().stream())
			.distinct()
			.map(Theme::getName)
			.toList();
		ImageObject card = new ImageObject(urls.absolute(request, SitePaths.meetingCard(meeting.getSlug())),
				PageCard.WIDTH, PageCard.HEIGHT);
		ImageObject logo = new ImageObject(urls.absolute(request, SitePaths.LOGO), SitePaths.LOGO_SIZE,
				SitePaths.LOGO_SIZE);
		// datePublished only from the notes' own date: when the file changed is dateModified, not publication
		Article article = new Article(meeting.getTitle(), description(meeting), url, url, card, meeting.getDate(),
				DateTimeFormatter.ISO_INSTANT.format(meeting.getLastChanged().truncatedTo(ChronoUnit.SECONDS)), authors,
				meeting.getSeries() == null ? null : new Series(meeting.getSeries()),
				new Organization(notes.siteName(), urls.base(request) + "/", logo), keywords);
		return scriptSafe(json.writeValueAsString(article));
	}

	private static String description(Meeting meeting) {
		if (meeting.getQuestion() != null && !meeting.getQuestion().isBlank()) {
			return meeting.getQuestion();
		}
		List<String> paragraphs = meeting.getSummaryParagraphs();
		return paragraphs.isEmpty() ? null : paragraphs.get(0);
	}

	/**
	 * {@code <}, {@code >} and {@code &} only occur inside JSON strings, where their unicode escapes mean the same;
	 * so notes saying {@code </script>} or {@code <!--} cannot end or upset the script element.
	 */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "@context", "@type" })
	record Article(String headline, String description, String url, String mainEntityOfPage, ImageObject image,
			LocalDate datePublished, String dateModified, List<Person> author, Series isPartOf, Organization publisher,
			List<String> keywords) {

		@JsonProperty("@context")
		String context() {
			return "https://schema.org";
		}

		@JsonProperty("@type")
		String type() {
			return "Article";
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "@type" })
	record Person(String name, String jobTitle, Organization affiliation, String url) {

		static Person of(Speaker speaker, String url) {
			boolean known = speaker.getOrganisation() != null && !speaker.getOrganisation().isBlank();
			return new Person(speaker.getName(), speaker.getRole(),
					known ? new Organization(speaker.getOrganisation(), null, null) : null, url);
		}

		@JsonProperty("@type")
		String type() {
			return "Person";
		}

	}

	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	@JsonPropertyOrder({ "@type" })
	record Organization(String name, String url, ImageObject logo) {

		@JsonProperty("@type")
		String type() {
			return "Organization";
		}

	}

	@JsonPropertyOrder({ "@type" })
	record ImageObject(String url, int width, int height) {

		@JsonProperty("@type")
		String type() {
			return "ImageObject";
		}

	}

	@JsonPropertyOrder({ "@type" })
	record Series(String name) {

		@JsonProperty("@type")
		String type() {
			return "CreativeWorkSeries";
		}

	}

}
