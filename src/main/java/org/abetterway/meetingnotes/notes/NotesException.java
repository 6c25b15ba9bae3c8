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

	public NotesProblem getProblem() {
		return problem;
	}

}
