package org.abetterway.meetingnotes.site;

/**
 * Thrown by a page for an address that names nothing we have; readers get the 404 page.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what, null, false, false);
	}

}
