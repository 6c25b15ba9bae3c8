package org.abetterway.meetingnotes.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import org.abetterway.meetingnotes.site.BackgroundWorker;
import org.abetterway.meetingnotes.site.ContentChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The few meetings most like a given one. A shared theme weighs as much as the smaller of the two meetings' counts
 * of key points carrying it, so that themes both meetings dwell on count most and a passing mention little; a
 * shared speaker weighs as much as {@value #SPEAKER_WEIGHT} such key points. Every meeting's theme counts and
 * speakers are read once per import, in two queries, so that ranking a meeting's neighbours among thousands takes
 * no query at all: asking the database for each page took a fifth of a second with 2,000 meetings.
 */
@Component
class RelatedMeetings {

	private static final Logger log = LoggerFactory.getLogger(RelatedMeetings.class);

	static final int LIMIT = 3;

	static final int SPEAKER_WEIGHT = 3;

	/** How many shared themes the reason names; the ones both meetings dwell on most. */
	static final int THEMES_NAMED = 3;

	private final MeetingRepository meetings;

	/** When the notes last changed: the neighbourhood read before then is stale. */
	private volatile Instant lastChange = Instant.now();

	private volatile Neighbourhood neighbourhood;

	/**
	 * Reads the neighbourhood after each change, off the import's path: a second and more with 2,000 meetings. Null
	 * reads it on the thread that announces the change.
	 */
	private final @Nullable BackgroundWorker reading;

	@Autowired
	RelatedMeetings(MeetingRepository meetings) {
		this(meetings, new BackgroundWorker("related-meetings", Thread.NORM_PRIORITY));
	}

	/** With no worker, for tests whose repository is a mock still being stubbed while a change is announced. */
	RelatedMeetings(MeetingRepository meetings, @Nullable BackgroundWorker reading) {
		this.meetings = meetings;
		this.reading = reading;
	}

	/**
	 * Reads every meeting's theme counts and speakers as soon as the notes change, on a thread of its own, so that the
	 * app is ready without waiting for them and a reader of a meeting page waits at most for the read under way.
	 */
	@EventListener
	void contentChanged(ContentChanged change) {
		lastChange = change.changedAt();
		if (reading == null) {
			neighbourhood();
			return;
		}
		reading.run(() -> {
			try {
				neighbourhood();
			}
			catch (RuntimeException ex) {
				// the app stopping under it; the next reader reads it again
				log.debug("Could not read the meetings' neighbourhood ahead of readers", ex);
			}
		});
	}

	@PreDestroy
	void stop() {
		if (reading != null) {
			reading.stop();
		}
	}

	/** Needs the meeting's speakers and its key points' themes loaded. */
	List<RelatedMeeting> of(Meeting meeting, List<KeyPoint> keyPoints) {
		Map<Long, Theme> themes = keyPoints.stream()
			.flatMap(point -> point.getThemes().stream())
			.collect(Collectors.toMap(Theme::getId, Function.identity(), (a, b) -> a));
		Map<Long, Long> ownCounts = keyPoints.stream()
			.flatMap(point -> point.getThemes().stream().distinct())
			.collect(Collectors.groupingBy(Theme::getId, Collectors.counting()));
		Map<Long, String> speakers = meeting.getSpeakers().stream()
			.collect(Collectors.toMap(Speaker::getId, Speaker::getName, (a, b) -> a, LinkedHashMap::new));

		if (themes.isEmpty() && speakers.isEmpty()) {
			return List.of();
		}
		Neighbourhood all = neighbourhood();
		Map<Long, Candidate> candidates = new LinkedHashMap<>();
		if (!themes.isEmpty()) {
			for (SharedTheme shared : all.sharing(meeting.getId(), themes.keySet(), all.byTheme())) {
				long weight = Math.min(ownCounts.get(shared.themeId()), shared.keyPointCount());
				candidates.computeIfAbsent(shared.meetingId(), id -> new Candidate(shared.slug(), shared.title()))
					.shareTheme(themes.get(shared.themeId()), weight);
			}
		}
		if (!speakers.isEmpty()) {
			for (SharedSpeaker shared : all.sharing(meeting.getId(), speakers.keySet(), all.bySpeaker())) {
				candidates.computeIfAbsent(shared.meetingId(), id -> new Candidate(shared.slug(), shared.title()))
					.shareSpeaker(shared.speakerId());
			}
		}
		List<Long> speakerOrder = new ArrayList<>(speakers.keySet());
		// scored once each: with thousands of meetings, scoring inside the comparison took most of a page's time
		return candidates.values()
			.stream()
			.map(candidate -> new Scored(candidate, candidate.score()))
			.sorted(Comparator.comparingLong(Scored::score).reversed().thenComparing(scored -> scored.candidate().title()))
			.limit(LIMIT)
			.map(scored -> scored.candidate().toRelated(speakerOrder, speakers))
			.toList();
	}

	private record Scored(Candidate candidate, long score) {
	}

	/** Every meeting's theme counts and speakers as of the last import. */
	private Neighbourhood neighbourhood() {
		Neighbourhood current = neighbourhood;
		Instant asOf = lastChange;
		if (current != null && current.asOf().equals(asOf)) {
			return current;
		}
		synchronized (this) {
			if (neighbourhood == null || !neighbourhood.asOf().equals(asOf)) {
				neighbourhood = new Neighbourhood(asOf,
						meetings.findAllThemeCounts().stream().collect(Collectors.groupingBy(SharedTheme::themeId)),
						meetings.findAllMeetingSpeakers().stream().collect(Collectors.groupingBy(SharedSpeaker::speakerId)));
			}
			return neighbourhood;
		}
	}

	private record Neighbourhood(Instant asOf, Map<Long, List<SharedTheme>> byTheme,
			Map<Long, List<SharedSpeaker>> bySpeaker) {

		/** The other meetings' rows for any of these themes or speakers. */
		<T extends MeetingRow> List<T> sharing(Long meetingId, Set<Long> keys, Map<Long, List<T>> rows) {
			return keys.stream()
				.flatMap(key -> rows.getOrDefault(key, List.of()).stream())
				.filter(row -> !meetingId.equals(row.meetingId()))
				.toList();
		}

	}

	private static final class Candidate {

		private final String slug;

		private final String title;

		private final Map<Theme, Long> themeWeights = new LinkedHashMap<>();

		private final Set<Long> speakerIds = new HashSet<>();

		Candidate(String slug, String title) {
			this.slug = slug;
			this.title = title;
		}

		void shareTheme(Theme theme, long weight) {
			themeWeights.merge(theme, weight, Long::sum);
		}

		void shareSpeaker(Long speakerId) {
			speakerIds.add(speakerId);
		}

		String title() {
			return title;
		}

		long score() {
			return themeWeights.values().stream().mapToLong(Long::longValue).sum()
					+ (long) SPEAKER_WEIGHT * speakerIds.size();
		}

		RelatedMeeting toRelated(List<Long> speakerOrder, Map<Long, String> speakerNames) {
			List<String> speakers = speakerOrder.stream().filter(speakerIds::contains).map(speakerNames::get).toList();
			List<String> themes = themeWeights.entrySet()
				.stream()
				.sorted(Map.Entry.<Theme, Long>comparingByValue()
					.reversed()
					.thenComparing(entry -> entry.getKey().getPosition()))
				.limit(THEMES_NAMED)
				.map(entry -> entry.getKey().getName())
				.toList();
			return new RelatedMeeting(slug, title, speakers, themes);
		}

	}

}
