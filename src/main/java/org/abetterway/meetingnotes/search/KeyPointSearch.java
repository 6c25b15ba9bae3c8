package org.abetterway.meetingnotes.search;

import static org.abetterway.meetingnotes.search.EnglishAnalysisConfigurer.ENGLISH;
import static org.abetterway.meetingnotes.search.EnglishAnalysisConfigurer.EXACT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongPredicate;
import java.util.function.LongToDoubleFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.abetterway.meetingnotes.site.ContentChanged;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Finds key points for a reader's words and filters: by their words and, unless the query asks for exact phrases
 * only, by their meaning too, ranked together, the matched words highlighted, with the themes of the results
 * counted. Everything shown comes from the index; the database is asked only for the list of themes, once after each
 * change of the notes.
 */
@Service
public class KeyPointSearch {

	private static final Logger log = LoggerFactory.getLogger(KeyPointSearch.class);

	private static final AggregationKey<Map<String, Long>> THEMES = AggregationKey.of("themes");

	/** How many of the words' results are ranked with the meaning's: a few hundred, far more than anyone reads. */
	static final int WORD_RESULTS_FUSED = 300;

	/**
	 * How many words make a query a sentence rather than the name of a topic: readers name topics in one to three
	 * words, and ask questions, recall a phrase or say a thing in their own words in four or more. Counted as the query
	 * is typed: a quoted phrase, or a group of alternatives, counts as one, and an excluded word not at all.
	 */
	static final int SENTENCE_WORDS = 4;

	private final EntityManagerFactory entityManagerFactory;

	private final ThemeRepository themes;

	private final MeaningModel meaningModel;

	private final MeaningIndex meanings;

	private final QueryVectors queryVectors;

	private final FusedRanking ranking;

	private final ElsewhereTopics elsewhere;

	private final ModelWords modelWords;

	private volatile @Nullable Analysis analysis;

	/** The themes, in their order, read once after each import that changes the notes rather than at every search. */
	private volatile @Nullable Map<String, Theme> themesBySlug;

	private final AtomicLong changes = new AtomicLong();

	KeyPointSearch(EntityManagerFactory entityManagerFactory, ThemeRepository themes, MeaningModel meaningModel,
			MeaningIndex meanings, QueryVectors queryVectors, FusedRanking ranking, ElsewhereTopics elsewhere,
			ModelWords modelWords) {
		this.entityManagerFactory = entityManagerFactory;
		this.themes = themes;
		this.meaningModel = meaningModel;
		this.meanings = meanings;
		this.queryVectors = queryVectors;
		this.ranking = ranking;
		this.elsewhere = elsewhere;
		this.modelWords = modelWords;
	}

	/**
	 * Outside any transaction, through an entity manager of its own that never takes a database connection:
	 * everything a search shows comes from the index, and a transaction would take a connection and commit it for
	 * nothing at every search.
	 */
	public SearchResults search(SearchRequest request) {
		SearchQuery query = SearchQuery.parse(request.query());
		Map<String, Theme> themesBySlug = themesBySlug();
		QueryPlan plan = plan(query);
		// a misspelt word means little to the model either: it reads the corrected query
		String meaning = meanings.isEmpty() || answeredByItsWords(query, plan) || !meaningModel.awaitLoaded() ? null
				: plan.suggestion() != null ? SearchQuery.parse(plan.suggestion()).meaning() : query.meaning();
		if (plan.findsNothing() && meaning == null) {
			return nothing(query, request, plan);
		}
		// the model reads the query while the index looks up its words
		CompletableFuture<float[]> vector = meaning == null ? null : queryVectors.of(meaning);
		try (EntityManager reading = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(reading);
			List<QueryPlan.Group> active = plan.groups();
			SearchResult<?> result = plan.findsNothing() ? null
					: run(session, plan, active, request, themesBySlug, meaning == null);
			while (result != null && result.total().hitCount() == 0 && active.size() > 1) {
				active = QueryPlan.withoutCommonest(active);
				result = run(session, plan, active, request, themesBySlug, meaning == null);
			}
			List<String> ignored = new ArrayList<>();
			if (result != null && result.total().hitCount() > 0) {
				ignored.addAll(plan.unknown());
				for (QueryPlan.Group group : plan.groups()) {
					if (!active.contains(group)) {
						ignored.add(group.words());
					}
				}
			}
			if (vector == null) {
				return new SearchResults(query.text(), result.total().hitCount(), request.page(), request.size(),
						result.hits().stream().map(SearchHit.class::cast).toList(),
						KeyPointHits.facets(result.aggregation(THEMES), request.themes(), themesBySlug),
						plan.suggestion(), ignored);
			}
			return fused(session, query, plan, vector.join(), result, active, request, themesBySlug, ignored);
		}
		catch (SearchException ex) {
			// a query the index cannot answer is a search with no results, not an error page
			log.warn("Search for '{}' failed: {}", query.text(), ex.getMessage());
			return nothing(query, request, plan);
		}
	}

	/**
	 * Whether the query's words alone answer it: one word, or one group of alternatives, that the notes use as typed,
	 * in a query short enough to name a topic ("disagreements", "handling disagreements"), where points merely near it
	 * in meaning would only push down those that say it; or one quotation, a quoted phrase or common words searched
	 * for as a loose quote ("from me to we"), whose words are asked for as they are. Not a sentence whose other words
	 * are too common to search for ("a move from the me to the we"): that is read by meaning too.
	 */
	private static boolean answeredByItsWords(SearchQuery query, QueryPlan plan) {
		boolean oneGroup = plan.groups().size() == 1 && plan.unknown().isEmpty() && plan.suggestion() == null;
		return oneGroup && (query.groups().size() < SENTENCE_WORDS || plan.quotation());
	}

	private static SearchResults nothing(SearchQuery query, SearchRequest request, QueryPlan plan) {
		return new SearchResults(query.text(), 0, request.page(), request.size(), List.of(), List.of(),
				plan.suggestion(), List.of());
	}

	/**
	 * The key points found by their words and those found by their meaning, ranked together; the words' results
	 * are the best few hundred of them, with the themes of all of them counted.
	 */
	@SuppressWarnings("unchecked")
	private SearchResults fused(SearchSession session, SearchQuery query, QueryPlan plan, float[] vector,
			@Nullable SearchResult<?> byWords, List<QueryPlan.Group> active, SearchRequest request,
			Map<String, Theme> themesBySlug, List<String> ignored) {
		List<FusedRanking.WordHit> wordHits = byWords == null ? List.of()
				: coverage(session, plan, active, (List<FusedRanking.WordHit>) byWords.hits());
		long wordTotal = byWords == null ? 0 : byWords.total().hitCount();
		// the same nearest key points whatever themes are ticked, narrowed here, so that a theme's count in the facets
		// is the number of results that ticking it gives
		LongPredicate allowed = allowed(session, plan, request);
		MeaningIndex.Nearest nearest = meanings.nearest(vector, allowed, FusedRanking.MEANING_RESULTS);
		FusedRanking.Fused fused = ranking.rank(wordHits, nearest, elsewhere.closeness(vector),
				id -> meanings.score(vector, id));
		List<KeyPointHits.Ranked> ranked = fused.ranked().stream()
			.filter(hit -> hit.byWords() || meanings.point(hit.id()).themes().containsAll(request.themes()))
			.toList();
		if (!fused.wordsKept()) {
			wordHits = List.of();
			wordTotal = 0;
		}
		Map<String, Long> counts = new HashMap<>(byWords == null || !fused.wordsKept() ? Map.of()
				: byWords.aggregation(THEMES));
		ranked.stream().filter(hit -> !hit.byWords())
			.forEach(hit -> meanings.point(hit.id()).themes().forEach(slug -> counts.merge(slug, 1L, Long::sum)));
		// the words' results beyond the best few hundred follow the fused ones, each counted once
		long beyond = Math.max(0, wordTotal - wordHits.size());
		List<Long> byMeaningAlone = ranked.stream().filter(hit -> !hit.byWords()).map(KeyPointHits.Ranked::id).toList();
		if (beyond > 0) {
			beyond -= wordMatches(session, plan, active, request, byMeaningAlone);
		}
		long total = ranked.size() + beyond;
		long from = (long) request.page() * request.size();
		List<KeyPointHits.Ranked> page = new ArrayList<>(
				ranked.subList((int) Math.min(from, ranked.size()), (int) Math.min(ranked.size(), from + request.size())));
		if (page.size() < request.size() && beyond > 0) {
			long skipped = Math.max(0, from - ranked.size());
			page.addAll(wordsBeyond(session, plan, active, request, byMeaningAlone, skipped, request.size() - page.size(),
					id -> meanings.score(vector, id)));
		}
		List<SearchHit> hits = KeyPointHits.read(session, page, plan.highlighter(), themesBySlug);
		return new SearchResults(query.text(), total, request.page(), request.size(), hits,
				KeyPointHits.facets(counts, request.themes(), themesBySlug), plan.suggestion(), ignored);
	}

	/**
	 * The words' results, each with the share of the reader's words it has: a result may lack some of them, as a
	 * query of three words or more asks for most of them, and words no key point has are left out. One query counts
	 * them all, rather than one query per group of words: each group a result has adds exactly one to its score.
	 */
	private List<FusedRanking.WordHit> coverage(SearchSession session, QueryPlan plan, List<QueryPlan.Group> active,
			List<FusedRanking.WordHit> hits) {
		int asked = plan.groups().size() + plan.unknown().size();
		if (hits.isEmpty() || asked == 0) {
			return List.of();
		}
		Map<Long, Integer> has = new HashMap<>();
		if (active.size() == 1) {
			hits.forEach(hit -> has.put(hit.id(), 1));
		}
		else {
			List<Long> ids = hits.stream().map(FusedRanking.WordHit::id).toList();
			session.search(KeyPoint.class)
				.select(f -> f.composite().from(f.id(Long.class), f.score()).as(Map::entry))
				.where(f -> {
					var groups = f.bool().filter(f.id().matchingAny(ids));
					active.forEach(group -> groups.should(f.bool().must(plan.group(f, group, false)).constantScore()));
					return groups;
				})
				.fetchHits(ids.size())
				.forEach(hit -> has.put(hit.getKey(), Math.round(hit.getValue())));
		}
		return hits.stream()
			.map(hit -> hit.covering((double) has.getOrDefault(hit.id(), 0) / asked))
			.toList();
	}

	/**
	 * The words' results after the best few hundred, which the fused ranking left out, in the words' order: those
	 * found by meaning as well are ranked already. Each is scored by its meaning.
	 */
	private static List<KeyPointHits.Ranked> wordsBeyond(SearchSession session, QueryPlan plan,
			List<QueryPlan.Group> active, SearchRequest request, List<Long> ranked, long skipped, int count,
			LongToDoubleFunction meaningOf) {
		return session.search(KeyPoint.class)
			.select(f -> f.id(Long.class))
			.where(f -> {
				var words = f.bool().must(filters(f, plan.predicate(f, active), request));
				return ranked.isEmpty() ? words : words.mustNot(f.id().matchingAny(ranked));
			})
			.sort(KeyPointSearch::byScoreThenPlace)
			.fetchHits((int) Math.min(Integer.MAX_VALUE, WORD_RESULTS_FUSED + skipped), count)
			.stream()
			.map(id -> {
				double meaning = meaningOf.applyAsDouble(id);
				return new KeyPointHits.Ranked(id, Double.isNaN(meaning) ? 0 : (float) meaning, true);
			})
			.toList();
	}

	/** How many of these key points, found by meaning, the words' search finds too, beyond those it ranked. */
	private static long wordMatches(SearchSession session, QueryPlan plan, List<QueryPlan.Group> active,
			SearchRequest request, List<Long> ids) {
		if (ids.isEmpty()) {
			return 0;
		}
		return session.search(KeyPoint.class)
			.where(f -> f.bool().must(filters(f, plan.predicate(f, active), request)).filter(f.id().matchingAny(ids)))
			.fetchTotalHitCount();
	}

	/**
	 * Which key points search by meaning may find: those of the speaker or meeting asked for, if any, and none with
	 * an excluded word; looked up in the index only when the query narrows it.
	 */
	private LongPredicate allowed(SearchSession session, QueryPlan plan, SearchRequest request) {
		LongPredicate allowed = id -> true;
		if (request.speaker() != null || request.meeting() != null) {
			SearchRequest narrowing = new SearchRequest(request.query(), List.of(), request.speaker(),
					request.meeting(), 0, 1);
			Set<Long> within = new HashSet<>(session.search(KeyPoint.class).select(f -> f.id(Long.class))
				.where(f -> filters(f, f.matchAll(), narrowing)).fetchAllHits());
			allowed = within::contains;
		}
		if (plan.excludesAny()) {
			Set<Long> excluded = new HashSet<>(session.search(KeyPoint.class).select(f -> f.id(Long.class))
				.where(plan::excludedWords).fetchAllHits());
			LongPredicate narrowed = allowed;
			allowed = id -> narrowed.test(id) && !excluded.contains(id);
		}
		return allowed;
	}

	private Map<String, Theme> themesBySlug() {
		Map<String, Theme> read = themesBySlug;
		if (read == null) {
			long before = changes.get();
			Map<String, Theme> bySlug = new LinkedHashMap<>();
			themes.findAllByOrderByPosition().forEach(theme -> bySlug.put(theme.getSlug(), theme));
			read = Collections.unmodifiableMap(bySlug);
			// not kept if the notes changed meanwhile: what was read may be from before the change
			if (changes.get() == before) {
				themesBySlug = read;
			}
		}
		return read;
	}

	/** The themes may have changed with the notes: the next search reads them again. */
	@EventListener
	void contentChanged(ContentChanged change) {
		changes.incrementAndGet();
		themesBySlug = null;
	}

	private QueryPlan plan(SearchQuery query) {
		try (IndexReader reader = mapping().scope(KeyPoint.class).extension(LuceneExtension.get()).openIndexReader()) {
			return QueryPlan.of(query, analysis(), new Vocabulary(reader), modelWords::knows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The words' search: the page asked for, highlighted, when it is the only search; or the ids of the best few
	 * hundred to rank with the meaning's results, of which only one page is read from the index afterwards.
	 */
	private SearchResult<?> run(SearchSession session, QueryPlan plan, List<QueryPlan.Group> active,
			SearchRequest request, Map<String, Theme> themesBySlug, boolean alone) {
		if (alone) {
			MatchHighlighter highlighter = plan.highlighter();
			return session.search(KeyPoint.class)
				.select(f -> f.composite().from(f.composite().as(IndexedKeyPoint.class), f.score())
					.as((point, score) -> KeyPointHits.hit(point, highlighter, score, false, themesBySlug)))
				.where(f -> filters(f, plan.predicate(f, active), request))
				.sort(KeyPointSearch::byScoreThenPlace)
				.aggregation(THEMES, KeyPointSearch::themeCounts)
				.fetch(request.page() * request.size(), request.size());
		}
		return session.search(KeyPoint.class)
			.select(f -> f.composite().from(f.id(Long.class), f.score()).as(FusedRanking.WordHit::new))
			.where(f -> filters(f, plan.predicate(f, active), request))
			.sort(KeyPointSearch::byScoreThenPlace)
			.aggregation(THEMES, KeyPointSearch::themeCounts)
			.fetch(0, WORD_RESULTS_FUSED);
	}

	/** Equal scores in the same order on every instance and after every restart, whatever the index's order. */
	private static SortFinalStep byScoreThenPlace(SearchSortFactory f) {
		return f.score().then().field(SearchFields.MEETING_SLUG).then().field(SearchFields.POSITION);
	}

	private static AggregationFinalStep<Map<String, Long>> themeCounts(SearchAggregationFactory f) {
		return f.terms().field(SearchFields.THEME_SLUG, String.class).maxTermCount(200);
	}

	/** What a search asks for, narrowed by the reader's themes, speaker and meeting. */
	private static PredicateFinalStep filters(SearchPredicateFactory f, PredicateFinalStep asked,
			SearchRequest request) {
		var bool = f.bool().must(asked);
		request.themes().forEach(slug -> bool.filter(f.match().field(SearchFields.THEME_SLUG).matching(slug)));
		if (request.speaker() != null) {
			bool.filter(f.match().field(SearchFields.SPEAKER_SLUG).matching(request.speaker()));
		}
		if (request.meeting() != null) {
			bool.filter(f.match().field(SearchFields.MEETING_SLUG).matching(request.meeting()));
		}
		return bool;
	}

	private Analysis analysis() {
		if (analysis == null) {
			LuceneBackend backend = mapping().backend().unwrap(LuceneBackend.class);
			analysis = new Analysis(backend.analyzer(ENGLISH).orElseThrow(), backend.analyzer(EXACT).orElseThrow());
		}
		return analysis;
	}

	private SearchMapping mapping() {
		return Search.mapping(entityManagerFactory);
	}

}
