package org.abetterway.meetingnotes.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.abetterway.meetingnotes.notes.NotesMarkdown;
import org.abetterway.meetingnotes.notes.NotesParser;
import org.abetterway.meetingnotes.notes.ParsedMeeting;
import org.abetterway.meetingnotes.notes.SpeakerDirectory;
import org.abetterway.meetingnotes.notes.ThemeTagger;
import org.abetterway.meetingnotes.notes.ThemesFile;

/** The meetings of a notes folder, parsed as the importer parses them, in the order of their files' names. */
final class NotesFolder {

	private NotesFolder() {
	}

	static List<ParsedMeeting> meetings(Path notes) throws IOException {
		ThemeTagger tagger = ThemesFile.parse(Files.readString(notes.resolve(ThemesFile.NAME)));
		SpeakerDirectory people = SpeakerDirectory.parse(Files.readString(notes.resolve(SpeakerDirectory.NAME)));
		NotesParser parser = new NotesParser(new NotesMarkdown());
		List<ParsedMeeting> meetings = new ArrayList<>();
		try (Stream<Path> files = Files.list(notes)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
				meetings.add(parser.parse(file.getFileName().toString(), Files.readString(file), tagger, people));
			}
		}
		return meetings;
	}

}
