package org.abetterway.meetingnotes.theme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ThemeRepository extends JpaRepository<Theme, Long> {

	List<Theme> findAllByOrderByPosition();

	Optional<Theme> findBySlug(String slug);

	/** Each theme with the number of key points that carry it, in the editors' order. */
	@Query("""
			select new org.abetterway.meetingnotes.theme.ThemeCount(t, count(k))
			from Theme t left join KeyPoint k on t member of k.themes
			group by t order by t.position""")
	List<ThemeCount> countKeyPoints();

	/**
	 * The given meetings' themes with the number of its key points that carry them, most frequent first. Every theme
	 * column is grouped by name, as PostgreSQL cannot see that they depend on the join table's theme id.
	 */
	@Query("""
			select new org.abetterway.meetingnotes.theme.MeetingThemeCount(k.meeting.id, t, count(k))
			from KeyPoint k join k.themes t where k.meeting.id in :meetingIds
			group by k.meeting.id, t.id, t.slug, t.name, t.description, t.position
			order by count(k) desc, t.position""")
	List<MeetingThemeCount> countKeyPointsByMeetingIdIn(Collection<Long> meetingIds);

}
