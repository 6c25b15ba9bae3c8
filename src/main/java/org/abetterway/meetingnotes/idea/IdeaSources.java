package org.abetterway.meetingnotes.idea;

import java.util.Collection;
import java.util.List;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What gathering ideas reads from the database besides what the meaning index holds (every key point's vectors, meeting
 * and themes): the anchor of every key point with a vector, and the key points of the ideas found.
 */
interface IdeaSources extends Repository<KeyPoint, Long> {

	@Query("select new org.abetterway.meetingnotes.idea.IdeaSources$PointAnchor(k.id, k.anchor) from KeyPointVector v join v.keyPoint k")
	List<PointAnchor> findAnchors();

	@Query("""
			select new org.abetterway.meetingnotes.idea.IdeaSources$StoredPoint(k.id, m.slug, m.title, k.anchor, k.text)
			from KeyPoint k join k.meeting m where k.id in :ids""")
	List<StoredPoint> findPoints(Collection<Long> ids);

	record PointAnchor(Long keyPointId, String anchor) {
	}

	record StoredPoint(Long id, String meetingSlug, String meetingTitle, String anchor, String text) {
	}

}
