package org.abetterway.meetingnotes.speaker;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface SpeakerRepository extends JpaRepository<Speaker, Long> {

	Optional<Speaker> findBySlug(String slug);

	List<Speaker> findBySlugIn(Collection<String> slugs);

	List<Speaker> findAllByOrderByNameAsc();

	/** Who spoke at which meeting, in the home page's meeting order. */
	@Query("""
			select new org.abetterway.meetingnotes.speaker.SpeakerMeeting(s.id, m.slug)
			from Meeting m join m.speakers s order by m.date desc nulls last, m.sourceFile""")
	List<SpeakerMeeting> findAllMeetingSlugs();

	/** Every speaker with the number of meetings they spoke at, by name. */
	@Query("""
			select new org.abetterway.meetingnotes.speaker.SpeakerMeetingCount(s, count(m))
			from Speaker s left join Meeting m on s member of m.speakers
			group by s order by s.name""")
	List<SpeakerMeetingCount> countMeetings();

	@Modifying
	@Query("delete from Speaker s where not exists (select m from Meeting m where s member of m.speakers)")
	int deleteWithoutMeetings();

}
