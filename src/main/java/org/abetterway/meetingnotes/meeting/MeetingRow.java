package org.abetterway.meetingnotes.meeting;

/**
 * A row about one meeting.
 */
interface MeetingRow {

	Long meetingId();

}
