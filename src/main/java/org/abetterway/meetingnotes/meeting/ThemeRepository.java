package org.abetterway.meetingnotes.meeting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

	List<Theme> findAllByOrderByPosition();

	/**
	 * The given meetings' themes with the number of its key points that carry them, most frequent first. Every theme
	 * column is grouped by name, as PostgreSQL cannot see that they depend on the join table's theme id.
	 */
	@Query("""
			select new org.abetterway.meetingnotes.meeting.MeetingThemeCount(k.meeting.id, t, count(k))
			from KeyPoint k join k.themes t where k.meeting.id in :meetingIds
			group by k.meeting.id, t.id, t.slug, t.name, t.description, t.position
			order by count(k) desc, t.position""")
	List<MeetingThemeCount> countKeyPointsByMeetingIdIn(Collection<Long> meetingIds);

}
