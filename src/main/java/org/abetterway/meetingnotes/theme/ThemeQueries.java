package org.abetterway.meetingnotes.theme;

import java.util.Collection;
import java.util.List;
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

	/**
	 * Each theme with the number of key points that carry it, in the editors' order. Counted by theme through the
	 * index of which key point carries which: a join on {@code member of} compared every theme with every key point.
	 */
	@Query("""
			select new org.abetterway.meetingnotes.theme.ThemeCount(t,
				(select count(k) from KeyPoint k join k.themes kt where kt = t))
			from Theme t order by t.position""")
	List<ThemeCount> countKeyPoints();

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
