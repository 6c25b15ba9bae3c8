package org.abetterway.meetingnotes.idea;

import java.util.List;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What gathering ideas reads: every key point with a vector, lean, and every key point's themes.
 */
interface IdeaSources extends Repository<KeyPoint, Long> {

	@Query("""
			select new org.abetterway.meetingnotes.idea.IdeaSources$StoredPoint(k.id, m.slug, m.title, k.anchor, k.text,
			k.embedding) from KeyPoint k join k.meeting m where k.embedding is not null""")
	List<StoredPoint> findEmbedded();

	@Query("select new org.abetterway.meetingnotes.idea.IdeaSources$PointTheme(k.id, t.slug) from KeyPoint k join k.themes t")
	List<PointTheme> findThemes();

	record StoredPoint(Long id, String meetingSlug, String meetingTitle, String anchor, String text, float[] vector) {

		IdeaPoint point() {
			return new IdeaPoint(id, meetingSlug, anchor, vector);
		}

	}

	record PointTheme(Long keyPointId, String themeSlug) {
	}

}
