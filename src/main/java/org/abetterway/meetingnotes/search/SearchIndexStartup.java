package org.abetterway.meetingnotes.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the search index hold what the database holds, before the notes are imported: the importer skips the files
 * the database already has, so their key points would otherwise be missing. An index kept on disk that was built
 * from the same notes is used as it is; otherwise the index is built from the database, vectors included, without
 * the embedding model. An empty database, as the in-memory one always is at start, has nothing to index. From then on
 * every write the importer makes updates the index as it commits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndexStartup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

	private final EntityManagerFactory entityManagerFactory;

	private final KeyPointRepository keyPoints;

	private final IndexStamp stamp;

	SearchIndexStartup(EntityManagerFactory entityManagerFactory, KeyPointRepository keyPoints, IndexStamp stamp) {
		this.entityManagerFactory = entityManagerFactory;
		this.keyPoints = keyPoints;
		this.stamp = stamp;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		long count = keyPoints.count();
		// the stamp without all of its index (the index's folder deleted by hand, say) says nothing
		if (stamp.matchesDatabase() && indexed() == count) {
			log.info("The search index kept on disk holds the notes of the database");
			return;
		}
		// an index on disk may hold key points that the database no longer has, which building it again removes
		if (count > 0 || stamp.persistent()) {
			long start = System.nanoTime();
			// merged into one segment at the end, as the import leaves it: the documents the purge deleted would
			// otherwise count in every score
			Search.mapping(entityManagerFactory).scope(KeyPoint.class).massIndexer().mergeSegmentsOnFinish(true)
				.startAndWait();
			log.info("Indexed the {} key points of the database for search in {} ms", count,
					(System.nanoTime() - start) / 1_000_000);
		}
		stamp.recordDatabase();
	}

	/** How many key points the index holds. */
	private long indexed() {
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager).search(KeyPoint.class).where(f -> f.matchAll())
				.fetchTotalHitCount();
		}
	}

}