package org.abetterway.meetingnotes.search;

/**
 * A theme among the results of a search: how many results carry it, and whether the reader narrowed to it.
 */
public record ThemeFacet(String slug, String name, long count, boolean selected) {
}
