package org.abetterway.meetingnotes.search;

import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.site.ContentChanged;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchWorkspace;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with a large import without making every write wait for it: the importer's
 * transactions send their changes without waiting, and once the import announces that the notes changed, the index
 * takes all of them and opens them to searches before any page is made again.
 */
@Component
public class SearchIndexing {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexing.class);

	private final EntityManagerFactory entityManagerFactory;

	/** The index's work for the import under way, sent without waiting and waited for at its end. */
	private final Queue<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> pending =
			new ConcurrentLinkedQueue<>();

	private final IndexStamp stamp;

	SearchIndexing(EntityManagerFactory entityManagerFactory, IndexStamp stamp) {
		this.entityManagerFactory = entityManagerFactory;
		this.stamp = stamp;
	}

	/**
	 * The changes of the current transaction reach the index without being waited for. Waiting after every window of
	 * files would make a large import several times slower.
	 */
	public void withoutWaiting(EntityManager entityManager) {
		Search.session(entityManager).indexingPlanSynchronizationStrategy(context -> {
			context.documentCommitStrategy(DocumentCommitStrategy.NONE);
			context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
			context.indexingFutureHandler(pending::add);
		});
	}

	/** First, so that pages made again after a change find it in the index. */
	@EventListener
	@Order(Ordered.HIGHEST_PRECEDENCE)
	void contentChanged(ContentChanged change) {
		boolean complete = true;
		for (var indexing = pending.poll(); indexing != null; indexing = pending.poll()) {
			try {
				Optional<Throwable> failure = indexing.join().throwable();
				failure.ifPresent(this::failed);
				complete &= failure.isEmpty();
			}
			catch (CompletionException ex) {
				failed(ex.getCause());
				complete = false;
			}
		}
		SearchWorkspace index = Search.mapping(entityManagerFactory).scope(KeyPoint.class).workspace();
		index.flush();
		// one segment without the documents of replaced key points, whose words would count in every score until
		// some merge dropped them: the index then scores as one built afresh from the database does
		index.mergeSegments();
		index.refresh();
		// an index kept on disk that missed some of the notes is built again at the next start
		if (complete) {
			stamp.recordDatabase();
		}
		else {
			stamp.forget();
		}
	}

	private void failed(Throwable cause) {
		log.error("The search index could not take some of the imported notes", cause);
	}

}
