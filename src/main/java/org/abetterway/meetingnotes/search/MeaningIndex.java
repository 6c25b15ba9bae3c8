package org.abetterway.meetingnotes.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

import jakarta.persistence.EntityManager;

import org.abetterway.meetingnotes.meeting.KeyPointVector;
import org.abetterway.meetingnotes.search.KeyPointVectors.Meaning;
import org.abetterway.meetingnotes.search.KeyPointVectors.PointText;
import org.abetterway.meetingnotes.site.ContentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The meaning of every key point, held in memory once and searched exactly: each point's whole vector and its
 * sentences' vectors. A point scores by its whole vector and its best sentence together, so that one idea of a long
 * point is found as readily as a short point that says only it. Exact search gives the same results however and in
 * whatever order the notes were stored, where a graph of nearest neighbours depends on the order it was built in.
 */
@Component
public class MeaningIndex {

	private static final Logger log = LoggerFactory.getLogger(MeaningIndex.class);

	private final EntityManager entityManager;

	private final TransactionTemplate readOnly;

	private final SearchSettings settings;

	private volatile MeaningVectors vectors = MeaningVectors.EMPTY;

	private final MeaningSnapshot snapshot;

	private final KeyPointVectors keyPointVectors;

	MeaningIndex(EntityManager entityManager, PlatformTransactionManager transactions, SearchSettings settings,
			MeaningSnapshot snapshot, KeyPointVectors keyPointVectors) {
		this.entityManager = entityManager;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.settings = settings;
		this.snapshot = snapshot;
		this.keyPointVectors = keyPointVectors;
	}

	/** Reads the stored vectors again; after the words' index, before any page made from search is cached again. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	void contentChanged(ContentChanged change) {
		long start = System.nanoTime();
		Loaded loaded = readOnly.execute(status -> load());
		vectors = loaded.vectors();
		if (vectors.size() > 0) {
			log.info("Search by meaning holds {} key points and {} of their sentences, read in {} ms from {}",
					vectors.size(), vectors.sentenceCount(), (System.nanoTime() - start) / 1_000_000,
					loaded.from().description);
		}
	}

	/**
	 * Every key point's meaning as held now, in meeting and position order; none when search by meaning is off. The
	 * vectors are the index's own, shared so that they are held once: to be read, never changed.
	 */
	public List<HeldMeaning> held() {
		MeaningVectors held = vectors;
		List<HeldMeaning> meanings = new ArrayList<>(held.size());
		for (int row = 0; row < held.size(); row++) {
			Point point = held.points[row];
			meanings.add(new HeldMeaning(point.id(), point.meetingSlug(), point.themes(), held.wholes[row],
					Arrays.asList(held.sentences[row])));
		}
		return meanings;
	}

	/**
	 * A key point's meaning as the index holds it.
	 *
	 * @param themes the slugs of its themes
	 * @param whole the unit vector of its whole text
	 * @param sentences a unit vector for each of its sentences; none when it is one sentence
	 */
	public record HeldMeaning(long keyPointId, String meetingSlug, List<String> themes, float[] whole,
			List<float[]> sentences) {
	}

	/** Whether any key point has a vector: false when search by meaning is off or nothing is imported. */
	public boolean isEmpty() {
		return vectors.size() == 0;
	}

	/**
	 * The key points the filter lets through, closest in meaning to the query first, each scored by its whole vector
	 * and its best sentence; and how widely the whole vectors of all of them score, to judge what is close for this query.
	 *
	 * @param count how many of the closest to score by their sentences too and return
	 */
	Nearest nearest(float[] query, LongPredicate filter, int count) {
		return vectors.nearest(List.of(query), filter, count, settings.wholeWeight());
	}

	/**
	 * The key points the filter lets through closest to a key point: its whole and its sentences against theirs.
	 * Empty if the point has no vector.
	 */
	Nearest nearestTo(long keyPoint, LongPredicate filter, int count) {
		MeaningVectors held = vectors;
		Integer row = held.rows.get(keyPoint);
		if (row == null) {
			return new Nearest(List.of(), 0);
		}
		return held.nearest(held.vectorsOf(row), filter, count, settings.wholeWeight());
	}

	/** How close a key point is to the query, by its whole vector and its best sentence; NaN without a vector. */
	float score(float[] query, long keyPoint) {
		MeaningVectors held = vectors;
		Integer row = held.rows.get(keyPoint);
		return row == null ? Float.NaN : held.score(List.of(query), row, settings.wholeWeight());
	}

	/** The meeting and themes of a key point with a vector. */
	Point point(long keyPoint) {
		MeaningVectors held = vectors;
		return held.points[held.rows.get(keyPoint)];
	}

	/** A key point with a vector: its meeting and themes, to filter and count without the index. */
	record Point(long id, String meetingSlug, List<String> themes) {
	}

	/** A key point and how close it is. */
	record Scored(long id, float score) {
	}

	/**
	 * @param best the closest key points, best first
	 * @param spread the standard deviation of the similarities of the whole vectors of all key points let through
	 */
	record Nearest(List<Scored> best, float spread) {
	}

	/**
	 * The vectors from the file kept beside the search index if it was written from what the database holds now.
	 * Otherwise the key points in their order, without their vectors, from the narrow tables of key points and their
	 * themes; then their vectors, from those the import that just ended has at hand, which it stored, or else from
	 * the database; and the file written again.
	 */
	private Loaded load() {
		long stored = ((Number) entityManager.createNativeQuery("select count(*) from key_point_vector")
			.getSingleResult()).longValue();
		if (stored == 0) {
			return new Loaded(MeaningVectors.EMPTY, From.NOWHERE);
		}
		String madeFrom = snapshot.madeFrom(stored);
		MeaningVectors kept = snapshot.read(madeFrom);
		if (kept != null) {
			return new Loaded(kept, From.FILE);
		}
		Collection<Point> points = keyPointsInOrder();
		MeaningVectors.Builder imported = keyPointVectors.importing() ? fromImport() : null;
		Loaded loaded = imported != null && imported.size() == stored
				? new Loaded(imported.build(points), From.IMPORT)
				: new Loaded(fromDatabase().build(points), From.DATABASE);
		snapshot.write(loaded.vectors(), madeFrom);
		return loaded;
	}

	private Collection<Point> keyPointsInOrder() {
		Map<Long, List<String>> themes = new HashMap<>();
		// the join table alone, read by its index by theme: joined to the key points' table, every row was read
		List<?> pointThemes = entityManager.createNativeQuery("""
				select kt.key_point_id, t.slug from theme t join key_point_theme kt on kt.theme_id = t.id
				order by t.position""", Object[].class)
			.getResultList();
		pointThemes.forEach(each -> {
			Object[] row = (Object[]) each;
			themes.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add((String) row[1]);
		});
		List<Point> points = new ArrayList<>();
		entityManager.createQuery("select k.id, m.slug from KeyPoint k join k.meeting m order by m.slug, k.position",
				Object[].class)
			.getResultStream()
			.forEach(row -> points.add(
					new Point((Long) row[0], (String) row[1], List.copyOf(themes.getOrDefault(row[0], List.of())))));
		return points;
	}

	/** Every key point's vectors that the import has at hand: those it stored, read again without reading them back. */
	private MeaningVectors.Builder fromImport() {
		MeaningVectors.Builder read = new MeaningVectors.Builder();
		entityManager.createQuery("select k.id, k.section, k.title, k.text from KeyPoint k", Object[].class)
			.getResultStream()
			.forEach(row -> {
				Meaning meaning = keyPointVectors.kept(new PointText((String) row[1], (String) row[2], (String) row[3]));
				if (meaning != null) {
					read.put((Long) row[0], meaning.whole(), meaning.sentences());
				}
			});
		return read;
	}

	private MeaningVectors.Builder fromDatabase() {
		MeaningVectors.Builder read = new MeaningVectors.Builder();
		entityManager.createQuery("select v.keyPoint.id, v.embedding, v.sentenceEmbeddings from KeyPointVector v",
				Object[].class)
			.getResultStream()
			.forEach(row -> {
				float[] whole = (float[]) row[1];
				read.put((Long) row[0], whole, KeyPointVector.sentencesOf((float[]) row[2], whole.length));
			});
		entityManager.clear();
		return read;
	}

	/** Where the vectors held were read from. */
	private enum From {

		NOWHERE("nowhere"), FILE("the file kept beside the search index"), IMPORT("the import's own"),
		DATABASE("the database");

		private final String description;

		From(String description) {
			this.description = description;
		}

	}

	/** The vectors held, and where they were read from. */
	private record Loaded(MeaningVectors vectors, From from) {
	}

}
