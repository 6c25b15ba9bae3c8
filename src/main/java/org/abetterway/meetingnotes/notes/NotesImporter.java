package org.abetterway.meetingnotes.notes;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.search.KeyPointVectors;
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
	private static final String FORMAT_VERSION = "2";

	/** How many files are stored in one transaction. */
	private static final int WINDOW = 32;

	/** How many windows are read at once, each on a thread of its own, while the one before them is stored. */
	private static final int WINDOWS_AHEAD = 2;

	private final NotesProperties properties;

	private final NotesParser parser;

	private final NotesStore store;

	private final MeetingRepository meetings;

	private final KeyPointVectors vectors;

	private final ApplicationEventPublisher events;

	private volatile ImportReport lastReport = ImportReport.NONE_YET;

	public NotesImporter(NotesProperties properties, NotesStore store, MeetingRepository meetings,
			KeyPointVectors vectors, ApplicationEventPublisher events) {
		this.properties = properties;
		this.parser = new NotesParser(new NotesMarkdown());
		this.store = store;
		this.meetings = meetings;
		this.vectors = vectors;
		this.events = events;
	}

	public ImportReport importNotes() {
		return importFolder(properties.seedsDir());
	}

	public synchronized ImportReport importFolder(Path path) {
		long started = System.nanoTime();
		NotesFolder folder = new NotesFolder(path, properties.maxFileBytes());
		Settings settings;
		try {
			settings = readSettings(folder);
			store.saveThemes(settings.tagger().themes());
		}
		catch (NotesException ex) {
			return finish(new Outcome(started, List.of()).failed(ex.getProblem()), null);
		}
		Outcome outcome = new Outcome(started, settings.defaults());
		List<String> files = markdownFiles(folder, outcome);
		// a folder that cannot be listed says nothing about which meetings were deleted
		List<String> removed = outcome.problems().isEmpty() ? deletedSince(files) : List.of();
		// first, so that a renamed file finds its meeting's address free
		store.remove(removed, settings.tagger().themes());
		importFiles(folder, files, settings, outcome);
		return finish(outcome.report(removed), settings.lastChanged());
	}

	public ImportReport lastReport() {
		return lastReport;
	}

	/** The folder's themes and people; where it lacks their files, the built-in themes and no other spellings. */
	private static Settings readSettings(NotesFolder folder) {
		String themes = folder.readIfPresent(ThemesFile.NAME);
		String speakers = folder.readIfPresent(SpeakerDirectory.NAME);
		List<String> defaults = new ArrayList<>();
		if (themes == null) {
			themes = ThemesFile.builtIn();
			defaults.add(ThemesFile.NAME);
		}
		if (speakers == null) {
			defaults.add(SpeakerDirectory.NAME);
		}
		ThemeTagger tagger = ThemesFile.parse(themes);
		SpeakerDirectory people = speakers == null ? SpeakerDirectory.empty() : SpeakerDirectory.parse(speakers);
		// the folder's own time moves on when a file is deleted, which leaves no file to date the change by
		Instant lastChanged = newest(defaults.contains(ThemesFile.NAME) ? null : folder.lastModified(ThemesFile.NAME),
				speakers == null ? null : folder.lastModified(SpeakerDirectory.NAME), folder.folderLastModified());
		return new Settings(tagger, people, NotesFolder.sha256(FORMAT_VERSION + "\n" + themes + "\n" + speakers),
				lastChanged, List.copyOf(defaults));
	}

	private static List<String> markdownFiles(NotesFolder folder, Outcome outcome) {
		try {
			return folder.markdownFiles();
		}
		catch (NotesException ex) {
			outcome.problems().add(ex.getProblem());
			return List.of();
		}
	}

	/** The files of stored meetings that are no longer in the folder. */
	private List<String> deletedSince(List<String> files) {
		Set<String> present = Set.copyOf(files);
		return meetings.findAllSourceFiles().stream().filter(file -> !present.contains(file)).sorted().toList();
	}

	private void importFiles(NotesFolder folder, List<String> files, Settings settings, Outcome outcome) {
		Map<String, String> stored = store.contentHashes();
		Map<String, Long> themeIds = store.themeIds();
		// files are read, parsed and embedded on other threads, windows ahead, while this one stores them in order:
		// reading and parsing a file takes longer than storing it, so two windows are prepared at once
		List<List<String>> windows = windows(files);
		Deque<CompletableFuture<List<Prepared>>> ahead = new ArrayDeque<>();
		int next = 0;
		while (next < Math.min(WINDOWS_AHEAD, windows.size())) {
			ahead.add(prepareLater(folder, windows.get(next++), settings, stored));
		}
		while (!ahead.isEmpty()) {
			List<Prepared> ready = ahead.remove().join();
			if (next < windows.size()) {
				ahead.add(prepareLater(folder, windows.get(next++), settings, stored));
			}
			storeWindow(ready, themeIds, outcome);
		}
	}

	private static List<List<String>> windows(List<String> files) {
		List<List<String>> windows = new ArrayList<>();
		for (int from = 0; from < files.size(); from += WINDOW) {
			windows.add(files.subList(from, Math.min(files.size(), from + WINDOW)));
		}
		return windows;
	}

	private CompletableFuture<List<Prepared>> prepareLater(NotesFolder folder, List<String> window, Settings settings,
			Map<String, String> stored) {
		return CompletableFuture.supplyAsync(() -> embed(window.stream()
			.map(file -> prepare(folder, file, settings, stored))
			.toList()));
	}

	/** The meaning of the key points of a window's changed files, made before the transaction that stores them. */
	private List<Prepared> embed(List<Prepared> window) {
		List<Prepared> changed = window.stream().filter(prepared -> prepared.meeting() != null).toList();
		List<KeyPointVectors.Meaning> meanings = vectors.meanings(changed.stream()
			.flatMap(prepared -> prepared.meeting().keyPoints().stream())
			.map(point -> new KeyPointVectors.PointText(point.section(), point.title(), point.text()))
			.toList());
		List<Prepared> embedded = new ArrayList<>(window.size());
		int next = 0;
		for (Prepared prepared : window) {
			if (prepared.meeting() == null) {
				embedded.add(prepared);
				continue;
			}
			int count = prepared.meeting().keyPoints().size();
			embedded.add(prepared.withMeanings(meanings.subList(next, next + count)));
			next += count;
		}
		return embedded;
	}

	/** Reads and parses one file, unless it is unchanged since it was last stored. */
	private Prepared prepare(NotesFolder folder, String file, Settings settings, Map<String, String> stored) {
		try {
			String content = folder.read(file);
			// a file is read again when its own text or anything that shapes how it is read has changed, including
			// how its key points' vectors are made, which a database kept from an earlier run may not match
			String hash = NotesFolder.sha256(settings.hash() + "\n" + vectors.madeBy() + "\n" + content);
			if (hash.equals(stored.get(file))) {
				return new Prepared(file, hash, null, null, null, List.of());
			}
			ParsedMeeting meeting = parse(file, content, settings);
			Instant lastChanged = meeting.updated() != null ? meeting.updated() : folder.lastModified(file);
			return new Prepared(file, hash, meeting, lastChanged, null, List.of());
		}
		catch (NotesException ex) {
			return new Prepared(file, null, null, null, ex.getProblem(), List.of());
		}
		catch (RuntimeException ex) {
			log.error("Could not import {}", file, ex);
			return new Prepared(file, null, null, null, unexpected(file), List.of());
		}
	}

	private ParsedMeeting parse(String file, String content, Settings settings) {
		try {
			return parser.parse(file, content, settings.tagger(), settings.people());
		}
		catch (StackOverflowError ex) {
			// the Markdown reader recurses on some long runs of marks, such as a line of thousands of "* "
			throw new NotesException(file, 0, "a line nests too deeply or repeats a mark such as *, - or > too "
					+ "often for the Markdown reader; shorten it");
		}
	}

	private void storeWindow(List<Prepared> ready, Map<String, Long> themeIds, Outcome outcome) {
		List<Prepared> changed = new ArrayList<>();
		for (Prepared prepared : ready) {
			if (prepared.problem() != null) {
				outcome.problems().add(prepared.problem());
			}
			else if (prepared.meeting() == null) {
				outcome.unchanged().add(prepared.file());
			}
			else {
				changed.add(prepared);
			}
		}
		if (storeTogether(changed, themeIds)) {
			changed.forEach(prepared -> outcome.imported().add(prepared.file()));
		}
		else {
			// one of them cannot be stored: store each alone, so that only that one is refused
			for (Prepared prepared : changed) {
				store(prepared, themeIds).ifPresentOrElse(outcome.problems()::add,
						() -> outcome.imported().add(prepared.file()));
			}
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
			log.info("Could not store {} to {} together, so storing them one by one: {}", changed.get(0).file(),
					changed.get(changed.size() - 1).file(), ex.getMessage());
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

	private ImportReport finish(ImportReport report, Instant settingsChanged) {
		report.problems().forEach(problem -> log.warn("Notes problem: {}", problem));
		if (report.changedAnything() || !report.problems().isEmpty()) {
			log.info("Imported notes: {}", report);
		}
		boolean first = lastReport == ImportReport.NONE_YET;
		this.lastReport = report;
		if (report.changedAnything() || first) {
			// every write of the import is committed by now
			Instant notesChanged = newest(meetings.findNewestLastChanged(), settingsChanged);
			events.publishEvent(new ContentChanged(report.finishedAt(), notesChanged));
		}
		return report;
	}

	/** The latest of these dates, leaving out the unknown (null) ones; null when none is known. */
	private static Instant newest(Instant... dates) {
		return Arrays.stream(dates).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
	}

	/**
	 * What shapes how every file is read: the themes, the people, and a hash of both and the format's version; and
	 * when their files, or the folder's list of files, last changed.
	 */
	private record Settings(ThemeTagger tagger, SpeakerDirectory people, String hash, Instant lastChanged,
			List<String> defaults) {
	}

	/** What the import has done so far, since it started (as {@link System#nanoTime()} tells). */
	private record Outcome(long started, List<String> defaults, List<String> imported, List<String> unchanged,
			List<NotesProblem> problems) {

		Outcome(long started, List<String> defaults) {
			this(started, defaults, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		}

		ImportReport report(List<String> removed) {
			long millis = (System.nanoTime() - started) / 1_000_000;
			return new ImportReport(Instant.now(), imported, unchanged, removed, problems, millis, defaults);
		}

		/** The report of an import that stopped at this problem, having changed nothing. */
		ImportReport failed(NotesProblem problem) {
			problems.add(problem);
			return report(List.of());
		}

	}

	/**
	 * A file read ahead: its new meeting, when its notes last changed and its key points' meanings, or null with a
	 * problem, or null alone when it has not changed.
	 */
	private record Prepared(String file, String hash, ParsedMeeting meeting, Instant lastChanged,
			NotesProblem problem, List<KeyPointVectors.Meaning> meanings) {

		Prepared withMeanings(List<KeyPointVectors.Meaning> made) {
			return new Prepared(file, hash, meeting, lastChanged, problem, List.copyOf(made));
		}

		NotesStore.Replacement replacement() {
			return new NotesStore.Replacement(file, hash, meeting, lastChanged, meanings);
		}

	}

}
