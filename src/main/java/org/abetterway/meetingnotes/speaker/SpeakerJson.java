package org.abetterway.meetingnotes.speaker;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.abetterway.meetingnotes.meeting.Speaker;

/**
 * A speaker in the JSON API, with the slugs of the meetings they spoke at.
 */
@Schema(name = "Speaker", description = "A speaker, with the meetings they spoke at")
record SpeakerJson(String slug, String name, @Schema(nullable = true) String role,
		@Schema(nullable = true) String organisation,
		@Schema(description = "The slugs of the meetings they spoke at, in the home page's order")
		List<String> meetings) {

	static SpeakerJson of(Speaker speaker, List<String> meetings) {
		return new SpeakerJson(speaker.getSlug(), speaker.getName(), speaker.getRole(), speaker.getOrganisation(),
				meetings);
	}

}
