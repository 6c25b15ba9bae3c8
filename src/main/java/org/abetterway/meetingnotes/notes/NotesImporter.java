package org.abetterway.meetingnotes.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.site.ContentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Imports the notes folder: themes, speakers and one meeting per Markdown file. Idempotent, and atomic per file:
 * a broken file is reported with its name, line and problem, the others import, and its meeting keeps its last
 * good version.
 */
@Service
public class NotesImporter {

	private static final Logger log = LoggerFactory.getLogger(NotesImporter.class);

	/** Changing how files are read changes this, so that unchanged files are read again. */
	private static final String FORMAT_VERSION = "1";

	private final NotesProperties properties;

	/** How many files are read ahead of the one being stored. */
	private static final int WINDOW = 32;

	private final NotesParser parser;

	private final NotesStore store;

	private final MeetingRepository meetings;

	private volatile ImportReport lastReport = ImportReport.NONE_YET;

	private final ApplicationEventPublisher events;

	public NotesImporter(NotesProperties properties, NotesStore store, MeetingRepository meetings,
			ApplicationEventPublisher events) {
		this.events = events;
		this.properties = properties;
		this.parser = new NotesParser(new NotesMarkdown());
		this.store = store;
		this.meetings = meetings;
	}

	public ImportReport importNotes() {
		return importFolder(properties.seedsDir());
	}

	public synchronized ImportReport importFolder(Path folder) {
		List<String> imported = new ArrayList<>();
		List<String> unchanged = new ArrayList<>();
		List<NotesProblem> problems = new ArrayList<>();
		ThemeTagger tagger;
		SpeakerDirectory people;
		String settings;
		try {
			String themes = readText(folder, ThemesFile.NAME, true);
			String speakers = readText(folder, SpeakerDirectory.NAME, false);
			tagger = ThemesFile.parse(themes);
			people = speakers == null ? SpeakerDirectory.empty() : SpeakerDirectory.parse(speakers);
			// a file is read again when its own text or anything that shapes how it is read has changed
			settings = sha256(FORMAT_VERSION + "\n" + themes + "\n" + speakers);
			store.saveThemes(tagger.themes());
		}
		catch (NotesException ex) {
			return finish(new ImportReport(Instant.now(), List.of(), List.of(), List.of(), List.of(ex.getProblem())));
		}

		List<Path> files = markdownFiles(folder, problems);
		Set<String> present = files.stream().map(path -> path.getFileName().toString()).collect(Collectors.toSet());
		// a folder that cannot be listed says nothing about which meetings were deleted
		List<String> removed = !problems.isEmpty() ? List.of() : meetings.findAllSourceFiles().stream()
			.filter(file -> !present.contains(file))
			.sorted()
			.toList();
		// first, so that a renamed file finds its meeting's address free
		store.remove(removed, tagger.themes());
		Map<String, String> stored = store.contentHashes();
		Map<String, Long> themeIds = store.themeIds();
		// files are read and parsed a window ahead on another thread while this one stores the window before
		List<List<Path>> windows = windows(files);
		CompletableFuture<List<Prepared>> next = prepareLater(folder, windows, 0, settings, stored, tagger, people);
		for (int window = 0; window < windows.size(); window++) {
			List<Prepared> ready = next.join();
			next = prepareLater(folder, windows, window + 1, settings, stored, tagger, people);
			List<Prepared> changed = new ArrayList<>();
			for (Prepared prepared : ready) {
				if (prepared.problem() != null) {
					problems.add(prepared.problem());
				}
				else if (prepared.meeting() == null) {
					unchanged.add(prepared.file());
				}
				else {
					changed.add(prepared);
				}
			}
			if (storeTogether(changed, themeIds)) {
				changed.forEach(prepared -> imported.add(prepared.file()));
			}
			else {
				// one of them cannot be stored: store each alone, so that only that one is refused
				for (Prepared prepared : changed) {
					store(prepared, themeIds).ifPresentOrElse(problems::add, () -> imported.add(prepared.file()));
				}
			}
		}
		return finish(new ImportReport(Instant.now(), imported, unchanged, removed, problems));
	}

	private static List<List<Path>> windows(List<Path> files) {
		List<List<Path>> windows = new ArrayList<>();
		for (int from = 0; from < files.size(); from += WINDOW) {
			windows.add(files.subList(from, Math.min(files.size(), from + WINDOW)));
		}
		return windows;
	}

	private CompletableFuture<List<Prepared>> prepareLater(Path folder, List<List<Path>> windows, int window,
			String settings, Map<String, String> stored, ThemeTagger tagger, SpeakerDirectory people) {
		if (window >= windows.size()) {
			return CompletableFuture.completedFuture(List.of());
		}
		return CompletableFuture.supplyAsync(() -> windows.get(window).stream()
			.map(path -> prepare(folder, path.getFileName().toString(), settings, stored, tagger, people))
			.toList());
	}

	/** Reads and parses one file, unless it is unchanged since it was last stored. */
	private Prepared prepare(Path folder, String file, String settings, Map<String, String> stored,
			ThemeTagger tagger, SpeakerDirectory people) {
		try {
			String content = readText(folder, file, true);
			String hash = sha256(settings + "\n" + content);
			if (hash.equals(stored.get(file))) {
				return new Prepared(file, hash, null, null);
			}
			return new Prepared(file, hash, parse(file, content, tagger, people), null);
		}
		catch (NotesException ex) {
			return new Prepared(file, null, null, ex.getProblem());
		}
		catch (RuntimeException ex) {
			log.error("Could not import {}", file, ex);
			return new Prepared(file, null, null, unexpected(file));
		}
	}

	/** Stores a window of meetings in one transaction, which is much faster; false if any of them failed. */
	private boolean storeTogether(List<Prepared> changed, Map<String, Long> themeIds) {
		if (changed.size() < 2) {
			return false;
		}
		try {
			store.replaceAll(changed.stream().map(Prepared::replacement).toList(), themeIds);
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private Optional<NotesProblem> store(Prepared prepared, Map<String, Long> themeIds) {
		try {
			store.replaceAll(List.of(prepared.replacement()), themeIds);
			return Optional.empty();
		}
		catch (NotesException ex) {
			return Optional.of(ex.getProblem());
		}
		catch (RuntimeException ex) {
			log.error("Could not import {}", prepared.file(), ex);
			return Optional.of(unexpected(prepared.file()));
		}
	}

	private static NotesProblem unexpected(String file) {
		return new NotesProblem(file, 0, "the file could not be imported; the log has the details");
	}

	/** A file read ahead: its new meeting, or null with a problem, or null alone when it has not changed. */
	private record Prepared(String file, String hash, ParsedMeeting meeting, NotesProblem problem) {

		NotesStore.Replacement replacement() {
			return new NotesStore.Replacement(file, hash, meeting);
		}

	}

	private ParsedMeeting parse(String file, String content, ThemeTagger tagger, SpeakerDirectory people) {
		try {
			return parser.parse(file, content, tagger, people);
		}
		catch (StackOverflowError ex) {
			// the Markdown reader recurses on some long runs of marks, such as a line of thousands of "* "
			throw new NotesException(file, 0, "a line nests too deeply or repeats a mark such as *, - or > too "
					+ "often for the Markdown reader; shorten it");
		}
	}

	public ImportReport lastReport() {
		return lastReport;
	}


	private ImportReport finish(ImportReport report) {
		report.problems().forEach(problem -> log.warn("Notes problem: {}", problem));
		if (report.changedAnything() || !report.problems().isEmpty()) {
			log.info("Imported notes: {}", report);
		}
		this.lastReport = report;
		if (report.changedAnything()) {
			// every write of the import is committed by now
			events.publishEvent(new ContentChanged(report.finishedAt()));
		}
		return report;
	}

	private static List<Path> markdownFiles(Path folder, List<NotesProblem> problems) {
		if (!Files.isDirectory(folder)) {
			problems.add(new NotesProblem(folder.toString(), 0, "the notes folder does not exist"));
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(path -> path.getFileName().toString().endsWith(".md"))
				.filter(Files::isRegularFile)
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			problems.add(new NotesProblem(folder.toString(), 0, "cannot list the notes folder: " + ex.getMessage()));
			return List.of();
		}
	}

	/** The file as UTF-8 text; null if it is optional and absent. */
	private String readText(Path folder, String file, boolean required) {
		Path path = folder.resolve(file);
		try {
			if (!Files.exists(path)) {
				if (required) {
					throw new NotesException(file, 0, "the file is missing");
				}
				return null;
			}
			long size = Files.size(path);
			if (size > properties.maxFileBytes()) {
				throw new NotesException(file, 0, "the file has " + size + " bytes, more than the limit of "
						+ properties.maxFileBytes() + "; split it into smaller files");
			}
			return decode(file, Files.readAllBytes(path));
		}
		catch (IOException ex) {
			throw new NotesException(file, 0, "cannot read the file: " + ex.getMessage());
		}
	}

	static String decode(String file, byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			int nul = text.indexOf('\0');
			if (nul >= 0) {
				throw new NotesException(file, lineAt(text, nul), "the file is binary, not Markdown text");
			}
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			int valid = validPrefixLength(bytes);
			String before = new String(bytes, 0, valid, StandardCharsets.UTF_8);
			throw new NotesException(file, lineAt(before, before.length()),
					"the file is not UTF-8 text (is it binary, or saved in another encoding?); save it as UTF-8");
		}
	}

	private static int validPrefixLength(byte[] bytes) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
		var in = ByteBuffer.wrap(bytes);
		var out = java.nio.CharBuffer.allocate(bytes.length + 1);
		decoder.decode(in, out, true);
		return in.position();
	}

	private static int lineAt(String text, int index) {
		int line = 1;
		for (int i = 0; i < index && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
