package org.abetterway.meetingnotes.speaker;

import java.util.List;
import org.abetterway.meetingnotes.meeting.Speaker;

/**
 * A speaker in the JSON API, with the slugs of the meetings they spoke at.
 */
record SpeakerJson(String slug, String name, String role, String organisation, List<String> meetings) {

	static SpeakerJson of(Speaker speaker, List<String> meetings) {
		return new SpeakerJson(speaker.getSlug(), speaker.getName(), speaker.getRole(), speaker.getOrganisation(),
				meetings);
	}

}
