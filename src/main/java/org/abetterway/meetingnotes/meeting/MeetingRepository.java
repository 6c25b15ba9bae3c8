package org.abetterway.meetingnotes.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	/**
	 * The order of every list of meetings, for queries whose meeting is {@code m}: newest first, undated last, then by
	 * file name, so that editors order undated meetings by naming their files.
	 */
	String NEWEST_FIRST = "m.date desc nulls last, m.sourceFile";

	Optional<Meeting> findBySlug(String slug);

	@Query("select m from Meeting m join m.oldSlugs old where old = :slug")
	Optional<Meeting> findByOldSlug(String slug);

	List<Meeting> findBySourceFileIn(Collection<String> sourceFiles);

	/** Which files' meetings answer at any of these addresses, as their slug or as one of their old slugs. */
	default List<MeetingAddress> findAddressesIn(Collection<String> addresses) {
		List<MeetingAddress> found = new ArrayList<>(findSlugsIn(addresses));
		found.addAll(findOldSlugsIn(addresses));
		return found;
	}

	@Query("select new org.abetterway.meetingnotes.meeting.MeetingAddress(m.slug, m.sourceFile) from Meeting m "
			+ "where m.slug in :addresses")
	List<MeetingAddress> findSlugsIn(Collection<String> addresses);

	@Query("select new org.abetterway.meetingnotes.meeting.MeetingAddress(old, m.sourceFile) from Meeting m "
			+ "join m.oldSlugs old where old in :addresses")
	List<MeetingAddress> findOldSlugsIn(Collection<String> addresses);

	@Query("select new org.abetterway.meetingnotes.meeting.StoredFile(m.sourceFile, m.contentHash) from Meeting m")
	List<StoredFile> findAllStoredFiles();

	@Query("select m.sourceFile from Meeting m")
	List<String> findAllSourceFiles();

	/** When the newest change to any meeting's notes was made; null without meetings. */
	@Query("select max(m.lastChanged) from Meeting m")
	Instant findNewestLastChanged();

	/** A page of meetings in the home page's order: their ids, and how many key points each has. */
	@Query(value = "select new org.abetterway.meetingnotes.meeting.MeetingKeyPointCount(m.id, size(m.keyPoints)) "
			+ "from Meeting m order by " + NEWEST_FIRST, countQuery = "select count(m) from Meeting m")
	Page<MeetingKeyPointCount> findNewestFirst(Pageable pageable);

	@Query("""
			select m from Meeting m left join fetch m.speakers
			where m.id in :ids order by\s""" + NEWEST_FIRST)
	List<Meeting> findWithSpeakersByIdIn(Collection<Long> ids);

	/** Undated meetings keep the order of their files. */
	@Query("select m from Meeting m left join fetch m.speakers order by " + NEWEST_FIRST)
	List<Meeting> findAllWithSpeakersNewestFirst();

	@Query("select m from Meeting m left join fetch m.speakers where m.slug in :slugs order by " + NEWEST_FIRST)
	List<Meeting> findWithSpeakersBySlugIn(Collection<String> slugs);

	@Query("select m from Meeting m left join fetch m.speakers where m.slug = :slug")
	Optional<Meeting> findWithSpeakersBySlug(String slug);

	@Query(value = """
			select m from Meeting m join m.speakers s where s.slug = :speaker
			order by\s""" + NEWEST_FIRST, countQuery = """
			select count(m) from Meeting m join m.speakers s where s.slug = :speaker""")
	Page<Meeting> findBySpeakerNewestFirst(String speaker, Pageable pageable);

	/** The meetings of a series in the order they were held: by date, undated ones after, then by file name. */
	@Query("""
			select new org.abetterway.meetingnotes.meeting.SeriesMeeting(m.slug, m.title) from Meeting m
			where m.series = :series order by m.date asc nulls last, m.sourceFile""")
	List<SeriesMeeting> findSeriesInOrder(String series);

	/** For each meeting and theme: how many of the meeting's key points carry it. */
	@Query("""
			select new org.abetterway.meetingnotes.meeting.SharedTheme(m.id, m.slug, m.title, t.id, count(k))
			from KeyPoint k join k.meeting m join k.themes t
			group by m.id, m.slug, m.title, t.id""")
	List<SharedTheme> findAllThemeCounts();

	/** Who spoke at which meeting. */
	@Query("""
			select new org.abetterway.meetingnotes.meeting.SharedSpeaker(m.id, m.slug, m.title, s.id)
			from Meeting m join m.speakers s""")
	List<SharedSpeaker> findAllMeetingSpeakers();

}
