package org.abetterway.meetingnotes.meeting;

import java.util.List;


/**
 * A meeting on the home page, with the themes of its key points, most frequent first.
 */
record MeetingListing(Meeting meeting, List<Theme> themes) {
}
