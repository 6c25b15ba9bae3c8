package org.abetterway.meetingnotes.notes;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.site.NotFoundException;
import org.abetterway.meetingnotes.site.SitePaths;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /meetings/{slug}.md}: a meeting's notes file exactly as the editors wrote it, for readers to reuse.
 */
@Controller
class MeetingSourceController {

	static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	private static final Logger log = LoggerFactory.getLogger(MeetingSourceController.class);

	private final MeetingRepository meetings;

	private final NotesProperties properties;

	MeetingSourceController(MeetingRepository meetings, NotesProperties properties) {
		this.meetings = meetings;
		this.properties = properties;
	}

	@GetMapping("/meetings/{slug}.md")
	ResponseEntity<byte[]> source(@PathVariable String slug) {
		Optional<Meeting> found = meetings.findBySlug(slug);
		if (found.isEmpty()) {
			Meeting moved = meetings.findByOldSlug(slug)
				.orElseThrow(() -> new NotFoundException("no meeting " + slug));
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create(SitePaths.meetingSource(moved.getSlug())))
				.build();
		}
		Meeting meeting = found.get();
		byte[] bytes = read(meeting.getSourceFile());
		return ResponseEntity.ok()
			.contentType(MARKDOWN)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(meeting.getSourceFile(), StandardCharsets.UTF_8).build()
						.toString())
			.body(bytes);
	}

	/** The file as it is now; gone or unreadable since the last import, it is not found. */
	private byte[] read(String file) {
		NotesFolder folder = new NotesFolder(properties.seedsDir(), properties.maxFileBytes());
		try {
			byte[] bytes = folder.bytesIfPresent(file);
			if (bytes == null) {
				throw new NotFoundException("no file " + file);
			}
			return bytes;
		}
		catch (NotesException ex) {
			log.warn("Cannot serve {}: {}", file, ex.getMessage());
			throw new NotFoundException("unreadable file " + file);
		}
	}

}
