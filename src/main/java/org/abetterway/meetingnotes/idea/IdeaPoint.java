package org.abetterway.meetingnotes.idea;

import java.util.List;

/**
 * A key point as the grouping reads it.
 *
 * @param id the key point's id
 * @param meetingSlug its meeting's slug
 * @param anchor its anchor on the meeting page
 * @param whole the unit vector of the whole point
 * @param sentences a unit vector for each of its sentences; empty when they are not known
 */
record IdeaPoint(long id, String meetingSlug, String anchor, float[] whole, List<float[]> sentences) {

	IdeaPoint(Long id, String meetingSlug, String anchor, float[] whole) {
		this(id, meetingSlug, anchor, whole, List.of());
	}

	/** Its sentences' vectors, or the whole's alone when it is one sentence. */
	List<float[]> sentencesOrWhole() {
		return sentences.isEmpty() ? List.of(whole) : sentences;
	}

}
