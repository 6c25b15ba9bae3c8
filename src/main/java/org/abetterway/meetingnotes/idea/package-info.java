/**
 * Ideas raised in several meetings: key points of different meetings that say the same thing, found by meaning,
 * gathered after each import, and the page and API that list them.
 */
@NullMarked
package org.abetterway.meetingnotes.idea;

import org.jspecify.annotations.NullMarked;
