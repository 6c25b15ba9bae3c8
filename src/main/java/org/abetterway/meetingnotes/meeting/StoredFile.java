package org.abetterway.meetingnotes.meeting;

/**
 * The notes file a meeting came from and the hash of what was imported.
 */
public record StoredFile(String sourceFile, String contentHash) {
}
