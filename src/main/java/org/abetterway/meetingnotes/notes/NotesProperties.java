package org.abetterway.meetingnotes.notes;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the notes live and how much of them is read.
 *
 * @param seedsDir the folder of Markdown notes, {@code themes.yml} and {@code speakers.yml}
 * @param maxFileBytes notes files larger than this are refused
 */
@ConfigurationProperties("notes")
public record NotesProperties(@DefaultValue("seeds") Path seedsDir, @DefaultValue("1048576") long maxFileBytes) {
}
