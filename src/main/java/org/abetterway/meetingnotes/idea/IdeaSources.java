package org.abetterway.meetingnotes.idea;

import java.util.List;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointVector;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * What gathering ideas reads: every key point with a vector, lean, and every key point's themes.
 */
interface IdeaSources extends Repository<KeyPoint, Long> {

	@Query("""
			select new org.abetterway.meetingnotes.idea.IdeaSources$StoredPoint(k.id, m.slug, m.title, k.anchor, k.text,
			v.embedding, v.sentenceEmbeddings) from KeyPointVector v join v.keyPoint k join k.meeting m""")
	List<StoredPoint> findEmbedded();

	@Query("select new org.abetterway.meetingnotes.idea.IdeaSources$PointTheme(k.id, t.slug) from KeyPoint k join k.themes t")
	List<PointTheme> findThemes();

	/** @param sentences the vectors of the point's sentences one after the other, or null when it has one */
	record StoredPoint(Long id, String meetingSlug, String meetingTitle, String anchor, String text, float[] vector,
			float @Nullable [] sentences) {

		IdeaPoint point() {
			return new IdeaPoint(id, meetingSlug, anchor, vector, KeyPointVector.sentencesOf(sentences, vector.length));
		}

	}

	record PointTheme(Long keyPointId, String themeSlug) {
	}

}
