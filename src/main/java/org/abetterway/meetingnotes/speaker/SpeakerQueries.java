package org.abetterway.meetingnotes.speaker;

import java.util.List;
import java.util.Optional;

import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.meeting.Speaker;
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

	/** Every speaker with the number of meetings they spoke at, by name. */
	@Query("""
			select new org.abetterway.meetingnotes.speaker.SpeakerMeetingCount(s, count(m))
			from Speaker s left join Meeting m on s member of m.speakers
			group by s order by s.name""")
	List<SpeakerMeetingCount> countMeetings();

}
