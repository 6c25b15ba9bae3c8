package org.abetterway.meetingnotes.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The key points of other meetings nearest in meaning to one key point: where else the network said something alike.
 */
@Component
public class SimilarKeyPoints {

	/** How many a reader may ask for at most. */
	public static final int MAX_SIZE = 20;

	private final EntityManager entityManager;

	private final KeyPointRepository keyPoints;

	private final ThemeRepository themes;

	SimilarKeyPoints(EntityManager entityManager, KeyPointRepository keyPoints, ThemeRepository themes) {
		this.entityManager = entityManager;
		this.keyPoints = keyPoints;
		this.themes = themes;
	}

	/** The key point asked for and the nearest ones in other meetings, best first; empty if there is no such point. */
	@Transactional(readOnly = true)
	public Optional<Similar> to(String meetingSlug, String anchor, int size) {
		return keyPoints.findByMeetingSlugAndAnchor(meetingSlug, anchor).map(point -> new Similar(point.getMeeting()
			.getTitle(), point.getText(), point.getEmbedding() == null ? List.of() : nearest(point, size)));
	}

	/**
	 * @param meetingTitle the title of the key point's meeting
	 * @param text the key point's text
	 * @param keyPoints the nearest key points of other meetings; none when search by meaning is off
	 */
	public record Similar(String meetingTitle, String text, List<SearchHit> keyPoints) {
	}

	private List<SearchHit> nearest(KeyPoint point, int size) {
		Map<String, Theme> themesBySlug = themes.findAllByOrderByPosition().stream()
			.collect(Collectors.toMap(Theme::getSlug, Function.identity()));
		return Search.session(entityManager).search(KeyPoint.class)
			.select(f -> KeyPointSearch.hitProjection(f, null, themesBySlug))
			.where(f -> f.knn(size).field(SearchFields.MEANING).matching(point.getEmbedding())
				.filter(f.bool().mustNot(f.match().field(SearchFields.MEETING_SLUG).matching(point.getMeeting().getSlug()))))
			.fetchHits(size)
			.stream()
			// Lucene scores the dot product of unit vectors, their cosine, as (1 + cosine) / 2; readers get the cosine
			.map(hit -> hit.foundByMeaning(HtmlUtils.htmlEscape(hit.text()), 2 * hit.score() - 1))
			.toList();
	}

}
