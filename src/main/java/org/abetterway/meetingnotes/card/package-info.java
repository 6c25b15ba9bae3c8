/**
 * Share cards: the pictures a pasted link unfurls with, one for the home page, each meeting, key point, theme and
 * speaker, and the site's logo, drawn in the process.
 */
@NullMarked
package org.abetterway.meetingnotes.card;

import org.jspecify.annotations.NullMarked;
