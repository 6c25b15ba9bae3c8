package org.abetterway.meetingnotes.notes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointVector;
import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingAddress;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.meeting.StoredFile;
import org.abetterway.meetingnotes.notes.ParsedMeeting.ParsedKeyPoint;
import org.abetterway.meetingnotes.notes.ParsedMeeting.ParsedSpeaker;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.abetterway.meetingnotes.meeting.SpeakerRepository;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.abetterway.meetingnotes.notes.ThemeTagger.ThemeDefinition;
import org.abetterway.meetingnotes.search.KeyPointVectors;
import org.abetterway.meetingnotes.search.SearchIndexing;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The importer's writes, one transaction each, so that one file's meeting is stored whole or not at all.
 */
@Component
class NotesStore {

	private final EntityManager entityManager;

	private final MeetingRepository meetings;

	private final SpeakerRepository speakers;

	private final ThemeRepository themes;

	private final SearchIndexing searchIndexing;

	NotesStore(EntityManager entityManager, MeetingRepository meetings, SpeakerRepository speakers,
			ThemeRepository themes, SearchIndexing searchIndexing) {
		this.entityManager = entityManager;
		this.searchIndexing = searchIndexing;
		this.meetings = meetings;
		this.speakers = speakers;
		this.themes = themes;
	}

	@Transactional
	public void saveThemes(List<ThemeDefinition> definitions) {
		Map<String, Theme> existing = themes.findAll().stream().collect(Collectors.toMap(Theme::getSlug, t -> t));
		for (int i = 0; i < definitions.size(); i++) {
			ThemeDefinition definition = definitions.get(i);
			Theme theme = existing.get(definition.slug());
			if (theme == null) {
				themes.save(new Theme(definition.slug(), definition.name(), definition.description(), i));
			}
			else if (!definition.name().equals(theme.getName()) || theme.getPosition() != i
					|| !Objects.equals(definition.description(), theme.getDescription())) {
				theme.update(definition.name(), definition.description(), i);
			}
		}
	}

	/** Each stored file's content hash, to skip the files that have not changed. */
	@Transactional(readOnly = true)
	public Map<String, String> contentHashes() {
		return meetings.findAllStoredFiles().stream()
			.collect(Collectors.toMap(StoredFile::sourceFile, StoredFile::contentHash));
	}

	@Transactional(readOnly = true)
	public Map<String, Long> themeIds() {
		return themes.findAll().stream().collect(Collectors.toMap(Theme::getSlug, Theme::getId));
	}

	/** Stores files' meetings in place of their previous versions: all of them, or none if one cannot be stored. */
	@Transactional
	public void replaceAll(List<Replacement> replacements, Map<String, Long> themeIds) {
		// the lookups of one file need not see the others' rows, and flushing them before every lookup is slow
		entityManager.setFlushMode(FlushModeType.COMMIT);
		searchIndexing.withoutWaiting(entityManager);
		checkAddressesAreFree(replacements);
		List<String> files = replacements.stream().map(Replacement::file).toList();
		List<Meeting> previous = meetings.findBySourceFileIn(files);
		if (!previous.isEmpty()) {
			meetings.deleteAll(previous);
			// the new versions reuse their addresses, so the old rows must be gone before they are inserted
			entityManager.flush();
		}
		Map<String, Speaker> people = speakers(replacements);
		for (Replacement replacement : replacements) {
			store(replacement, themeIds, people);
		}
	}

	/**
	 * A file's newly read meeting, the hash of what was read, when the meeting's notes last changed, and the meaning
	 * of each of its key points, embedded before the transaction that stores them opens.
	 */
	record Replacement(String file, String hash, ParsedMeeting meeting, Instant lastChanged,
			List<KeyPointVectors.Meaning> meanings) {
	}

	private void store(Replacement replacement, Map<String, Long> themeIds, Map<String, Speaker> people) {
		ParsedMeeting parsed = replacement.meeting();
		Meeting meeting = new Meeting(parsed.slug(), parsed.title(), replacement.file(), replacement.hash(),
				replacement.lastChanged());
		meeting.describe(parsed.date(), parsed.question(), parsed.series(), parsed.summary(), parsed.notesHtml());
		meeting.getOldSlugs().addAll(parsed.oldSlugs());
		for (ParsedSpeaker person : parsed.speakers()) {
			meeting.getSpeakers().add(people.get(Slugs.slugify(person.name())));
		}
		int position = 0;
		Iterator<KeyPointVectors.Meaning> meanings = replacement.meanings().iterator();
		List<KeyPointVector> vectors = new ArrayList<>();
		for (ParsedKeyPoint point : parsed.keyPoints()) {
			List<Theme> pointThemes = point.themes().stream()
				.map(slug -> entityManager.getReference(Theme.class, themeIds.get(slug)))
				.toList();
			KeyPoint keyPoint = new KeyPoint(meeting, position++, point.anchor(), point.section(), point.title(),
					point.text(), pointThemes);
			KeyPointVectors.Meaning meaning = meanings.next();
			if (meaning.whole() != null) {
				vectors.add(new KeyPointVector(keyPoint, meaning.whole(), meaning.sentences()));
			}
			meeting.addKeyPoint(keyPoint);
		}
		meetings.save(meeting);
		// after the meeting, whose key points' ids the vectors take as their own
		vectors.forEach(entityManager::persist);
	}

	/** Removes the meetings of deleted files, then speakers left without a meeting and themes no longer listed. */
	@Transactional
	public void remove(List<String> files, List<ThemeDefinition> keptThemes) {
		searchIndexing.withoutWaiting(entityManager);
		meetings.deleteAll(meetings.findBySourceFileIn(files));
		entityManager.flush();
		speakers.deleteWithoutMeetings();
		Set<String> kept = keptThemes.stream().map(ThemeDefinition::slug).collect(Collectors.toSet());
		themes.findAll().stream().filter(theme -> !kept.contains(theme.getSlug())).forEach(theme -> {
			entityManager.createNativeQuery("delete from key_point_theme where theme_id = ?1")
				.setParameter(1, theme.getId())
				.executeUpdate();
			themes.delete(theme);
		});
	}

	/**
	 * A meeting's slug and old slugs must not be another file's: neither a stored meeting's, unless that file is
	 * being replaced too, nor another one's among those being stored.
	 */
	private void checkAddressesAreFree(List<Replacement> replacements) {
		Set<String> replaced = replacements.stream().map(Replacement::file).collect(Collectors.toSet());
		Set<String> addresses = replacements.stream().flatMap(replacement -> addresses(replacement.meeting()))
			.collect(Collectors.toSet());
		Map<String, String> owners = new HashMap<>();
		for (MeetingAddress stored : meetings.findAddressesIn(addresses)) {
			if (!replaced.contains(stored.sourceFile())) {
				owners.put(stored.address(), stored.sourceFile());
			}
		}
		for (Replacement replacement : replacements) {
			for (String address : addresses(replacement.meeting()).toList()) {
				String owner = owners.putIfAbsent(address, replacement.file());
				if (owner != null && !owner.equals(replacement.file())) {
					throw new NotesException(replacement.file(), 1, "the address '" + address + "' is already used by "
							+ owner + "; give this meeting another 'slug:'");
				}
			}
		}
	}

	private static Stream<String> addresses(ParsedMeeting meeting) {
		return Stream.concat(Stream.of(meeting.slug()), meeting.oldSlugs().stream());
	}

	/** Everyone who spoke at these meetings, by slug: stored ones described afresh, new ones saved. */
	private Map<String, Speaker> speakers(List<Replacement> replacements) {
		Map<String, ParsedSpeaker> people = new LinkedHashMap<>();
		for (Replacement replacement : replacements) {
			for (ParsedSpeaker person : replacement.meeting().speakers()) {
				people.putIfAbsent(Slugs.slugify(person.name()), person);
			}
		}
		Map<String, Speaker> stored = people.isEmpty() ? Map.of() : speakers.findBySlugIn(people.keySet()).stream()
			.collect(Collectors.toMap(Speaker::getSlug, speaker -> speaker));
		Map<String, Speaker> found = new HashMap<>();
		people.forEach((slug, person) -> {
			Speaker speaker = stored.get(slug);
			if (speaker == null) {
				speaker = speakers.save(new Speaker(slug, person.name()));
			}
			String role = person.role() != null ? person.role() : speaker.getRole();
			String organisation = person.organisation() != null ? person.organisation() : speaker.getOrganisation();
			speaker.describe(person.name(), role, organisation);
			found.put(slug, speaker);
		});
		return found;
	}

}
