package org.abetterway.meetingnotes.meeting;

import java.util.ArrayList;
import java.util.List;
import org.abetterway.meetingnotes.site.SitePaths;

/**
 * A meeting worth reading after another one, with what the two have in common: speakers, then the themes both
 * dwell on most.
 */
public record RelatedMeeting(String slug, String title, List<String> speakers, List<String> themes) {

	public String getUrl() {
		return SitePaths.meeting(slug);
	}

	/** "Also with Cate Newnes-Smith · shares Power &amp; inequality, Partnership working". */
	public String getReason() {
		List<String> parts = new ArrayList<>();
		if (!speakers.isEmpty()) {
			parts.add("Also with " + joinWithAnd(speakers));
		}
		if (!themes.isEmpty()) {
			parts.add("shares " + String.join(", ", themes));
		}
		String reason = String.join(" · ", parts);
		return reason.isEmpty() ? reason : Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
	}

	private static String joinWithAnd(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

}
