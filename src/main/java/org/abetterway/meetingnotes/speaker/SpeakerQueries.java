package org.abetterway.meetingnotes.speaker;

import java.util.List;
import java.util.Optional;

import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.meeting.Speaker;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What the speaker pages and API read about speakers and the meetings they spoke at.
 */
interface SpeakerQueries extends Repository<Speaker, Long> {

	Optional<Speaker> findBySlug(String slug);

	List<Speaker> findAllByOrderByNameAsc();

	/** Who spoke at which meeting, in the home page's meeting order. */
	@Query("""
			select new org.abetterway.meetingnotes.speaker.SpeakerMeeting(s.id, m.slug)
			from Meeting m join m.speakers s order by\s""" + MeetingRepository.NEWEST_FIRST)
	List<SpeakerMeeting> findAllMeetingSlugs();

	/**
	 * A page of speakers with the number of meetings they spoke at, by name. Counted by speaker through the index of
	 * who spoke where: a join on {@code member of} compared every speaker with every meeting.
	 */
	@Query(value = """
			select new org.abetterway.meetingnotes.speaker.SpeakerMeetingCount(s,
				(select count(m) from Meeting m join m.speakers ms where ms = s))
			from Speaker s order by s.name""", countQuery = "select count(s) from Speaker s")
	Page<SpeakerMeetingCount> countMeetings(Pageable pageable);

}
