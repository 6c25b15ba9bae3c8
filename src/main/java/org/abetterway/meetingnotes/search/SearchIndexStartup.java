package org.abetterway.meetingnotes.search;

import jakarta.persistence.EntityManagerFactory;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the search index from the database before the notes are imported. The index lives in memory, but the
 * database may not: the importer skips files it already holds, so their key points would otherwise be missing.
 * From then on every write the importer makes updates the index as it commits. An empty database, as the
 * in-memory one always is at start, has nothing to index.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchIndexStartup implements ApplicationRunner {

	private final EntityManagerFactory entityManagerFactory;

	private final KeyPointRepository keyPoints;

	SearchIndexStartup(EntityManagerFactory entityManagerFactory, KeyPointRepository keyPoints) {
		this.entityManagerFactory = entityManagerFactory;
		this.keyPoints = keyPoints;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		if (keyPoints.count() == 0) {
			return;
		}
		Search.mapping(entityManagerFactory).scope(KeyPoint.class).massIndexer().startAndWait();
	}

}
