package org.abetterway.meetingnotes.meeting;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

/**
 * Key points as the pages list them. The lists come with their meetings and themes loaded: a page of ids in the
 * list's order, then those key points with their meetings and themes in one more query.
 */
public interface KeyPointRepository extends JpaRepository<KeyPoint, Long> {

	/** Meeting order is the home page's: newest first, undated last, then by file name. */
	@Query(value = """
			select k.id from KeyPoint k join k.meeting m
			order by\s""" + MeetingRepository.NEWEST_FIRST + ", k.position",
			countQuery = "select count(k) from KeyPoint k")
	Page<Long> findIdsInMeetingOrder(Pageable pageable);

	/** A page of the ids of the key points carrying any of the themes, in meeting order, and how many there are. */
	default Page<Long> findIdsByAnyThemeInMeetingOrder(Collection<String> themes, Pageable pageable) {
		return new PageImpl<>(findIdsByAnyTheme(themes, pageable), pageable, countByAnyTheme(themes));
	}

	/**
	 * Joined, not {@code k.id in (a subquery)}, which read every key point of the theme twice to sort them; grouped
	 * so that a key point of two of the themes comes once.
	 */
	@Query("""
			select k.id from KeyPoint k join k.themes t join k.meeting m where t.slug in :themes
			group by k.id, m.date, m.sourceFile, k.position
			order by\s""" + MeetingRepository.NEWEST_FIRST + ", k.position")
	List<Long> findIdsByAnyTheme(Collection<String> themes, Pageable pageable);

	/** Counted in the join table alone, by its index of themes and key points, as the themes' counts are. */
	@Query(value = """
			select count(distinct kt.key_point_id) from key_point_theme kt join theme t on t.id = kt.theme_id
			where t.slug in (:themes)""", nativeQuery = true)
	long countByAnyTheme(Collection<String> themes);

	@Query(value = "select k.id from KeyPoint k where k.meeting = :meeting order by k.position",
			countQuery = "select count(k) from KeyPoint k where k.meeting = :meeting")
	Page<Long> findIdsByMeeting(Meeting meeting, Pageable pageable);

	@Query(value = """
			select k.id from KeyPoint k
			where k.meeting = :meeting
			and k.id in (select tk.id from KeyPoint tk join tk.themes t where t.slug in :themes)
			order by k.position""", countQuery = """
					select count(k) from KeyPoint k
					where k.meeting = :meeting
					and k.id in (select tk.id from KeyPoint tk join tk.themes t where t.slug in :themes)""")
	Page<Long> findIdsByMeetingAndAnyTheme(Meeting meeting, Collection<String> themes, Pageable pageable);

	/** The key points with their meeting and themes, in meeting order. */
	@Query("""
			select k from KeyPoint k join fetch k.meeting m left join fetch k.themes
			where k.id in :ids order by\s""" + MeetingRepository.NEWEST_FIRST + ", k.position")
	List<KeyPoint> findWithThemesByIdIn(Collection<Long> ids);

	@Query("""
			select k from KeyPoint k join fetch k.meeting left join fetch k.themes
			where k.meeting = :meeting order by k.position""")
	List<KeyPoint> findWithThemesByMeeting(Meeting meeting);

	/** The key points of these meetings with their meeting and themes, in meeting order. */
	default List<KeyPoint> findWithThemesByMeetingIn(Collection<Meeting> meetings) {
		return meetings.isEmpty() ? List.of()
				: findWithThemesByMeetingIdIn(meetings.stream().map(Meeting::getId).toList());
	}

	/**
	 * Filtered on the key points' own column of meetings, which is indexed: {@code k.meeting in :meetings} is written
	 * by Hibernate as a filter on the fetched meetings' ids, and H2 then read all 30,000 key points of 2,000 meetings
	 * to join each to its meeting before filtering.
	 */
	@Query("""
			select k from KeyPoint k join fetch k.meeting m left join fetch k.themes
			where fk(k.meeting) in :meetingIds order by\s""" + MeetingRepository.NEWEST_FIRST + ", k.position")
	List<KeyPoint> findWithThemesByMeetingIdIn(Collection<Long> meetingIds);

	/** One key point by its meeting's slug and its anchor. */
	Optional<KeyPoint> findByMeetingSlugAndAnchor(String meetingSlug, String anchor);

	/** One key point by its meeting's slug and its anchor, with its meeting and its themes. */
	@Query("""
			select k from KeyPoint k join fetch k.meeting m left join fetch k.themes
			where m.slug = :meetingSlug and k.anchor = :anchor""")
	Optional<KeyPoint> findWithMeetingAndThemes(String meetingSlug, String anchor);

	/** A page of the key points carrying any of the themes, or of all key points when no theme is given. */
	@Transactional(readOnly = true)
	default Page<KeyPoint> findPageWithThemes(Collection<String> themes, Pageable pageable) {
		Page<Long> ids = themes.isEmpty() ? findIdsInMeetingOrder(pageable)
				: findIdsByAnyThemeInMeetingOrder(themes, pageable);
		List<KeyPoint> points = ids.isEmpty() ? List.of() : findWithThemesByIdIn(ids.getContent());
		return new PageImpl<>(points, pageable, ids.getTotalElements());
	}

	/** A page of one meeting's key points carrying any of the themes, or all of them when no theme is given. */
	@Transactional(readOnly = true)
	default Page<KeyPoint> findPageWithThemes(Meeting meeting, Collection<String> themes, Pageable pageable) {
		Page<Long> ids = themes.isEmpty() ? findIdsByMeeting(meeting, pageable)
				: findIdsByMeetingAndAnyTheme(meeting, themes, pageable);
		List<KeyPoint> points = ids.isEmpty() ? List.of() : findWithThemesByIdIn(ids.getContent());
		return new PageImpl<>(points, pageable, ids.getTotalElements());
	}

}
