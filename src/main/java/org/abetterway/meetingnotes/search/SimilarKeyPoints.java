package org.abetterway.meetingnotes.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key points of other meetings nearest in meaning to one key point: where else the network said something alike,
 * the points' wholes and sentences compared as a reader's query is with them.
 */
@Component
public class SimilarKeyPoints {

	/** How many a reader may ask for at most. */
	public static final int MAX_SIZE = 20;

	private final EntityManager entityManager;

	private final KeyPointRepository keyPoints;

	private final ThemeRepository themes;

	private final MeaningIndex meanings;

	SimilarKeyPoints(EntityManager entityManager, KeyPointRepository keyPoints, ThemeRepository themes,
			MeaningIndex meanings) {
		this.entityManager = entityManager;
		this.keyPoints = keyPoints;
		this.themes = themes;
		this.meanings = meanings;
	}

	/** The key point asked for and the nearest ones in other meetings, best first; empty if there is no such point. */
	@Transactional(readOnly = true)
	public Optional<Similar> to(String meetingSlug, String anchor, int size) {
		return keyPoints.findByMeetingSlugAndAnchor(meetingSlug, anchor).map(point -> new Similar(point.getMeeting()
			.getTitle(), point.getText(), meanings.isEmpty() ? List.of() : nearest(point, size)));
	}

	/**
	 * @param meetingTitle the title of the key point's meeting
	 * @param text the key point's text
	 * @param keyPoints the nearest key points of other meetings; none when search by meaning is off
	 */
	public record Similar(String meetingTitle, String text, List<SearchHit> keyPoints) {
	}

	private List<SearchHit> nearest(KeyPoint point, int size) {
		Map<String, Theme> themesBySlug = new LinkedHashMap<>();
		themes.findAllByOrderByPosition().forEach(theme -> themesBySlug.put(theme.getSlug(), theme));
		String meeting = point.getMeeting().getSlug();
		List<KeyPointHits.Ranked> nearest = meanings
			.nearestTo(point.getId(), id -> !meanings.point(id).meetingSlug().equals(meeting), size).best().stream()
			.map(scored -> new KeyPointHits.Ranked(scored.id(), scored.score(), false))
			.toList();
		return KeyPointHits.read(Search.session(entityManager), nearest, null, themesBySlug);
	}

}
