package org.abetterway.meetingnotes.meeting;

/**
 * An address a meeting answers at, its slug or an old slug, and the notes file the meeting came from.
 */
public record MeetingAddress(String address, String sourceFile) {
}
