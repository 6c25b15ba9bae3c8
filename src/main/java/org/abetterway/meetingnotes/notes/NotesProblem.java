package org.abetterway.meetingnotes.notes;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What is wrong with one notes file, and where, in words an editor can act on.
 *
 * @param file the file's name within the notes folder
 * @param line the 1-based line of the problem, or 0 when it concerns the whole file
 * @param message what is wrong
 */
@Schema(description = "What is wrong with one notes file, and where")
public record NotesProblem(String file,
		@Schema(description = "The line of the problem, from 1; 0 when it concerns the whole file") int line,
		String message) {

	@Override
	public String toString() {
		return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
	}

}
