package org.abetterway.meetingnotes.theme;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.meeting.Theme;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What the theme pages and API read about themes.
 */
public interface ThemeQueries extends Repository<Theme, Long> {

	Optional<Theme> findBySlug(String slug);

	/** Each theme with the number of key points that carry it, in the editors' order. */
	default List<ThemeCount> countKeyPoints() {
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : countKeyPointsByThemeId()) {
			counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
		}
		return findAllByOrderByPosition().stream()
			.map(theme -> new ThemeCount(theme, counts.getOrDefault(theme.getId(), 0L)))
			.toList();
	}

	List<Theme> findAllByOrderByPosition();

	/**
	 * Theme ids and how many key points carry each, counted in the join table alone: joined to the key points, or
	 * through {@code member of}, the count took seconds with 30,000 key points.
	 */
	@Query(value = "select theme_id, count(*) from key_point_theme group by theme_id", nativeQuery = true)
	List<Object[]> countKeyPointsByThemeId();

	/**
	 * For each of these meetings and each theme, how many of the meeting's key points carry it; pairs with none are
	 * left out.
	 */
	@Query("""
			select new org.abetterway.meetingnotes.theme.MeetingThemeCell(k.meeting.id, t.id, count(k))
			from KeyPoint k join k.themes t where k.meeting.id in :meetingIds group by k.meeting.id, t.id""")
	List<MeetingThemeCell> countKeyPointsByMeetingAndTheme(Collection<Long> meetingIds);

	/** A page of meetings, in the home page's order. */
	@Query(value = "select m from Meeting m order by " + MeetingRepository.NEWEST_FIRST,
			countQuery = "select count(m) from Meeting m")
	Page<Meeting> findMeetingsNewestFirst(Pageable pageable);

}
