package org.abetterway.meetingnotes.meeting;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How meetings are read, for the pages, the API and the feed alike: a page of ids in the home page's order, then
 * those meetings with what a list shows of them, in a few queries whatever the size of the page.
 */
@Component
@Transactional(readOnly = true)
public class MeetingQueries {

	private final MeetingRepository meetings;

	private final KeyPointRepository keyPoints;

	private final ThemeRepository themes;

	MeetingQueries(MeetingRepository meetings, KeyPointRepository keyPoints, ThemeRepository themes) {
		this.meetings = meetings;
		this.keyPoints = keyPoints;
		this.themes = themes;
	}

	/** Meetings newest first, undated last, then by file name; each with its speakers, themes and key point count. */
	public Page<MeetingSummary> newestFirst(Pageable pageable) {
		Page<MeetingKeyPointCount> page = meetings.findNewestFirst(pageable);
		if (page.isEmpty()) {
			return page.map(count -> null);
		}
		List<Long> ids = page.map(MeetingKeyPointCount::meetingId).getContent();
		Map<Long, List<Theme>> themesByMeeting = themes.countKeyPointsByMeetingIdIn(ids).stream()
			.collect(Collectors.groupingBy(MeetingThemeCount::meetingId,
					Collectors.mapping(MeetingThemeCount::theme, Collectors.toList())));
		Map<Long, Meeting> byId = meetings.findWithSpeakersByIdIn(ids).stream()
			.collect(Collectors.toMap(Meeting::getId, Function.identity()));
		return page.map(count -> new MeetingSummary(byId.get(count.meetingId()),
				themesByMeeting.getOrDefault(count.meetingId(), List.of()), count.keyPointCount()));
	}

	/** The newest meetings with their speakers. */
	public List<Meeting> newest(int count) {
		List<Long> ids = meetings.findNewestFirst(PageRequest.of(0, count)).map(MeetingKeyPointCount::meetingId)
			.getContent();
		return ids.isEmpty() ? List.of() : meetings.findWithSpeakersByIdIn(ids);
	}

	/** Every meeting with its speakers, in the home page's order. */
	public List<Meeting> allNewestFirst() {
		return meetings.findAllWithSpeakersNewestFirst();
	}

	/** A meeting with its speakers and its key points with their themes. */
	public Optional<MeetingDetail> bySlug(String slug) {
		return meetings.findWithSpeakersBySlug(slug)
			.map(meeting -> new MeetingDetail(meeting, keyPoints.findWithThemesByMeeting(meeting)));
	}

	/** The meetings held before and after this one in its series; none when it has no series. */
	public SeriesNeighbours neighboursInSeries(Meeting meeting) {
		if (meeting.getSeries() == null || meeting.getSeries().isBlank()) {
			return SeriesNeighbours.NONE;
		}
		return SeriesNeighbours.of(meeting.getSeries(), meetings.findSeriesInOrder(meeting.getSeries()),
				meeting.getSlug());
	}

	/** The meetings with these slugs, with their speakers, in the home page's order. */
	public List<Meeting> bySlugs(Collection<String> slugs) {
		return slugs.isEmpty() ? List.of() : meetings.findWithSpeakersBySlugIn(slugs);
	}

	/** The meeting that used to answer at this slug. */
	public Optional<Meeting> movedFrom(String oldSlug) {
		return meetings.findByOldSlug(oldSlug);
	}

	/** A page of the meetings a speaker spoke at, in the home page's order. */
	public Page<Meeting> spokenAtBy(String speakerSlug, Pageable pageable) {
		return meetings.findBySpeakerNewestFirst(speakerSlug, pageable);
	}

	/**
	 * A meeting in a list: its speakers loaded, the themes of its key points, most carried first, and how many key
	 * points it has.
	 */
	public record MeetingSummary(Meeting meeting, List<Theme> themes, long keyPointCount) {

		/** The themes in the order of the themes file, as the API lists them. */
		public List<Theme> themesInListOrder() {
			return themes.stream().sorted(Comparator.comparingInt(Theme::getPosition)).toList();
		}

	}

	/** A meeting with its speakers, and its key points with their themes. */
	public record MeetingDetail(Meeting meeting, List<KeyPoint> keyPoints) {
	}

}
