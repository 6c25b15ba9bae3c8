package org.abetterway.meetingnotes.search;

import static org.abetterway.meetingnotes.search.EnglishAnalysisConfigurer.ENGLISH;
import static org.abetterway.meetingnotes.search.EnglishAnalysisConfigurer.EXACT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Finds key points for a reader's words and filters: by their words and, unless the query asks for exact phrases
 * only, by their meaning too, ranked together, the matched words highlighted, with the themes of the results
 * counted. Everything shown comes from the index; the database is asked only for the list of themes.
 */
@Service
public class KeyPointSearch {

	private static final Logger log = LoggerFactory.getLogger(KeyPointSearch.class);

	private static final AggregationKey<Map<String, Long>> THEMES = AggregationKey.of("themes");

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final ThemeRepository themes;

	/** How many of the words' results are ranked with the meaning's: a few hundred, far more than anyone reads. */
	static final int WORD_RESULTS_FUSED = 300;

	/** How many key points close in meaning are ranked with the words' results, at most. */
	static final int MEANING_RESULTS = 30;

	/** How much a place among the meaning's results counts against the same place among the words'. */
	static final double MEANING_WEIGHT = 3.0;

	private final MeaningModel meaningModel;

	private final MeaningSearch meanings;

	private final ModelWords modelWords;

	private volatile Analysis analysis;

	KeyPointSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory, ThemeRepository themes,
			MeaningModel meaningModel, MeaningSearch meanings, ModelWords modelWords) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.themes = themes;
		this.meaningModel = meaningModel;
		this.meanings = meanings;
		this.modelWords = modelWords;
	}

	@Transactional(readOnly = true)
	public SearchResults search(SearchRequest request) {
		SearchQuery query = SearchQuery.parse(request.query());
		Map<String, Theme> themesBySlug = new LinkedHashMap<>();
		themes.findAllByOrderByPosition().forEach(theme -> themesBySlug.put(theme.getSlug(), theme));
		QueryPlan plan = plan(query);
		// a misspelt word means little to the model either: it reads the corrected query
		String meaning = !meaningModel.available() || namesATopicTheNotesUse(plan) ? null
				: plan.suggestion() != null ? SearchQuery.parse(plan.suggestion()).meaning() : query.meaning();
		if (plan.findsNothing() && meaning == null) {
			return nothing(query, request, plan);
		}
		SearchSession session = Search.session(entityManager);
		try {
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
			if (meaning == null) {
				return new SearchResults(query.text(), result.total().hitCount(), request.page(), request.size(),
						result.hits().stream().map(SearchHit.class::cast).toList(),
						facets(result.aggregation(THEMES), request.themes(), themesBySlug), plan.suggestion(), ignored);
			}
			return fused(session, query, plan, meaning, result, request, themesBySlug, ignored);
		}
		catch (SearchException ex) {
			// a query the index cannot answer is a search with no results, not an error page
			log.warn("Search for '{}' failed: {}", query.text(), ex.getMessage());
			return nothing(query, request, plan);
		}
	}

	/**
	 * One word, or one group of alternatives, that the notes use as typed: the key points that say it are what the
	 * reader asks for, and points merely near it in meaning would only push them down.
	 */
	private static boolean namesATopicTheNotesUse(QueryPlan plan) {
		return plan.groups().size() == 1 && plan.unknown().isEmpty() && plan.suggestion() == null;
	}

	private static SearchResults nothing(SearchQuery query, SearchRequest request, QueryPlan plan) {
		return new SearchResults(query.text(), 0, request.page(), request.size(), List.of(), List.of(),
				plan.suggestion(), List.of());
	}

	/**
	 * The key points found by their words and those found by their meaning, ranked together; the words' results
	 * are the best few hundred of them, with the themes of all of them counted.
	 */
	private SearchResults fused(SearchSession session, SearchQuery query, QueryPlan plan, String meaning,
			SearchResult<?> byWords, SearchRequest request, Map<String, Theme> themesBySlug, List<String> ignored) {
		List<Long> wordIds = byWords == null ? List.of() : byWords.hits().stream().map(Long.class::cast).toList();
		long wordTotal = byWords == null ? 0 : byWords.total().hitCount();
		// the same nearest key points whatever themes are ticked, narrowed here, so that a theme's count in the facets
		// is the number of results that ticking it gives
		SearchRequest anyTheme = new SearchRequest(request.query(), List.of(), request.speaker(), request.meeting(),
				request.page(), request.size());
		List<MeaningSearch.Found> byMeaning = meanings.find(session, meaningModel.query(meaning),
				f -> filters(f, plan.withoutExcluded(f), anyTheme), MEANING_RESULTS).stream()
			.filter(found -> found.themes().containsAll(request.themes()))
			.toList();
		Set<Long> words = new HashSet<>(wordIds);
		List<Fusion.Ranked> ranked = Fusion.fuse(wordIds, byMeaning.stream().map(MeaningSearch.Found::id).toList(),
				MEANING_WEIGHT).stream()
			.filter(hit -> hit.byWords() || closeEnoughAlone(byMeaning, hit.id()))
			.toList();
		Map<String, Long> counts = new HashMap<>(byWords == null ? Map.of() : byWords.aggregation(THEMES));
		Set<Long> kept = ranked.stream().map(Fusion.Ranked::id).collect(Collectors.toSet());
		byMeaning.stream().filter(found -> !words.contains(found.id()) && kept.contains(found.id()))
			.forEach(found -> found.themes().forEach(slug -> counts.merge(slug, 1L, Long::sum)));
		// the words' results beyond the best few hundred follow the fused ones
		long total = ranked.size() + Math.max(0, wordTotal - wordIds.size());
		int from = (int) Math.min((long) request.page() * request.size(), ranked.size());
		List<Fusion.Ranked> page = ranked.subList(from, Math.min(ranked.size(), from + request.size()));
		List<SearchHit> hits = hits(session, page, plan.highlighter(), themesBySlug);
		return new SearchResults(query.text(), total, request.page(), request.size(), hits,
				facets(counts, request.themes(), themesBySlug), plan.suggestion(), ignored);
	}

	/** A key point found by meaning alone is shown only if it is on the reader's subject, not merely near it. */
	private static boolean closeEnoughAlone(List<MeaningSearch.Found> byMeaning, long id) {
		return byMeaning.stream()
			.anyMatch(found -> found.id() == id && found.similarity() >= MeaningSearch.MINIMUM_SIMILARITY_ALONE);
	}

	/** The key points of one page of the fused ranking, read from the index in its order. */
	private List<SearchHit> hits(SearchSession session, List<Fusion.Ranked> page, MatchHighlighter highlighter,
			Map<String, Theme> themesBySlug) {
		if (page.isEmpty()) {
			return List.of();
		}
		Map<Long, SearchHit> byId = new HashMap<>();
		session.search(KeyPoint.class)
			.select(f -> hitProjection(f, highlighter, themesBySlug))
			.where(f -> f.id().matchingAny(page.stream().map(Fusion.Ranked::id).toList()))
			.fetchHits(page.size())
			.forEach(hit -> byId.put(hit.id(), hit));
		return page.stream().filter(ranked -> byId.containsKey(ranked.id())).map(ranked -> {
			SearchHit hit = byId.get(ranked.id());
			return ranked.byWords() ? hit.scored((float) ranked.score())
					: hit.foundByMeaning(HtmlUtils.htmlEscape(hit.text()), (float) ranked.score());
		}).toList();
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
				.select(f -> hitProjection(f, highlighter, themesBySlug))
				.where(f -> filters(f, plan.predicate(f, active), request))
				.sort(KeyPointSearch::byScoreThenPlace)
				.aggregation(THEMES, KeyPointSearch::themeCounts)
				.fetch(request.page() * request.size(), request.size());
		}
		return session.search(KeyPoint.class)
			.select(f -> f.id(Long.class))
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

	/** A key point as a search shows it, read from the index; its words marked by the highlighter, if any. */
	static ProjectionFinalStep<SearchHit> hitProjection(SearchProjectionFactory<?, ?> f,
			MatchHighlighter highlighter, Map<String, Theme> themesBySlug) {
		return f.composite()
			.from(f.field(SearchFields.ANCHOR, String.class), f.field(SearchFields.POSITION, Integer.class),
					f.field(SearchFields.SECTION, String.class), f.field(SearchFields.TITLE, String.class),
					f.field(SearchFields.TEXT, String.class), f.field(SearchFields.THEME_SLUG, String.class).list(),
					f.field(SearchFields.MEETING_SLUG, String.class), f.field(SearchFields.MEETING_TITLE, String.class),
					f.score(), f.id(Long.class))
			.asList(values -> hit(values, highlighter, themesBySlug));
	}

	@SuppressWarnings("unchecked")
	private static SearchHit hit(List<?> values, MatchHighlighter highlighter, Map<String, Theme> themesBySlug) {
		String text = (String) values.get(4);
		List<Theme> themes = ((List<String>) values.get(5)).stream().map(themesBySlug::get).filter(Objects::nonNull)
			.toList();
		return new SearchHit((Long) values.get(9), (String) values.get(0), (Integer) values.get(1),
				(String) values.get(2), (String) values.get(3), text, themes, (String) values.get(6),
				(String) values.get(7), highlighter == null ? HtmlUtils.htmlEscape(text) : highlighter.highlight(text),
				(Float) values.get(8), false);
	}

	/** The themes of the results, most results first; a theme the reader ticked stays even with none. */
	private static List<ThemeFacet> facets(Map<String, Long> counts, List<String> selected,
			Map<String, Theme> themesBySlug) {
		List<Theme> order = new ArrayList<>(themesBySlug.values());
		List<ThemeFacet> facets = new ArrayList<>();
		for (Theme theme : order) {
			long count = counts.getOrDefault(theme.getSlug(), 0L);
			boolean ticked = selected.contains(theme.getSlug());
			if (count > 0 || ticked) {
				facets.add(new ThemeFacet(theme.getSlug(), theme.getName(), count, ticked));
			}
		}
		facets.sort(Comparator.comparingLong(ThemeFacet::count).reversed());
		return facets;
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
