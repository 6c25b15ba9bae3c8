package org.abetterway.meetingnotes.meeting;

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

	@Modifying
	@Query("delete from Speaker s where not exists (select m from Meeting m where s member of m.speakers)")
	int deleteWithoutMeetings();

}
