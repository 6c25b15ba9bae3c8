package org.abetterway.meetingnotes.notes;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the notes live and how the site names itself.
 *
 * @param seedsDir the folder of Markdown notes, {@code themes.yml} and {@code speakers.yml}
 * @param baseUrl the public address of the site for canonical links, e.g. {@code https://notes.example.org};
 * empty to use each request's own
 * @param maxFileBytes notes files larger than this are refused
 * @param siteName the name pages and feeds carry
 */
@ConfigurationProperties("notes")
public record NotesProperties(@DefaultValue("seeds") Path seedsDir, @DefaultValue("") String baseUrl,
		@DefaultValue("1048576") long maxFileBytes, @DefaultValue("A Better Way meeting notes") String siteName) {
}
