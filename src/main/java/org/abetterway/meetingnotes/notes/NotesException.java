package org.abetterway.meetingnotes.notes;

/**
 * Raised when a notes file cannot be imported; carries the file, line and problem.
 */
public class NotesException extends RuntimeException {

	private final transient NotesProblem problem;

	public NotesException(String file, int line, String message) {
		super(new NotesProblem(file, line, message).toString());
		this.problem = new NotesProblem(file, line, message);
	}

	/** Refuses a value longer than the database and the pages can hold, telling the editor in their words. */
	static void refuseIfLonger(String file, int line, String what, String value, int max) {
		if (value != null && value.length() > max) {
			throw new NotesException(file, line,
					what + " has " + value.length() + " characters, more than the limit of " + max + "; shorten it");
		}
	}

	public NotesProblem getProblem() {
		return problem;
	}

}
