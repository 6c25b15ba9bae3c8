package org.abetterway.meetingnotes.search;

import static org.abetterway.meetingnotes.search.EnglishAnalysisConfigurer.ENGLISH;
import static org.abetterway.meetingnotes.search.EnglishAnalysisConfigurer.EXACT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds key points for a reader's words and filters: ranked, highlighted, with the themes of the results
 * counted. Everything shown comes from the index; the database is asked only for the list of themes.
 */
@Service
public class KeyPointSearch {

	private static final Logger log = LoggerFactory.getLogger(KeyPointSearch.class);

	private static final AggregationKey<Map<String, Long>> THEMES = AggregationKey.of("themes");

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final ThemeRepository themes;

	private volatile Analysis analysis;

	KeyPointSearch(EntityManager entityManager, EntityManagerFactory entityManagerFactory, ThemeRepository themes) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.themes = themes;
	}

	@Transactional(readOnly = true)
	public SearchResults search(SearchRequest request) {
		SearchQuery query = SearchQuery.parse(request.query());
		Map<String, Theme> themesBySlug = new LinkedHashMap<>();
		themes.findAllByOrderByPosition().forEach(theme -> themesBySlug.put(theme.getSlug(), theme));
		QueryPlan plan = plan(query);
		if (plan.findsNothing()) {
			return new SearchResults(query.text(), 0, request.page(), request.size(), List.of(), List.of(),
					plan.suggestion(), List.of());
		}
		SearchSession session = Search.session(entityManager);
		try {
			List<QueryPlan.Group> active = plan.groups();
			SearchResult<SearchHit> result = run(session, plan, active, request, themesBySlug);
			while (result.total().hitCount() == 0 && active.size() > 1) {
				active = QueryPlan.withoutCommonest(active);
				result = run(session, plan, active, request, themesBySlug);
			}
			List<String> ignored = new ArrayList<>();
			if (result.total().hitCount() > 0) {
				ignored.addAll(plan.unknown());
			}
			for (QueryPlan.Group group : plan.groups()) {
				if (result.total().hitCount() > 0 && !active.contains(group)) {
					ignored.add(group.words());
				}
			}
			return new SearchResults(query.text(), result.total().hitCount(), request.page(), request.size(),
					result.hits(), facets(result.aggregation(THEMES), request.themes(), themesBySlug), plan.suggestion(),
					ignored);
		}
		catch (SearchException ex) {
			// a query the index cannot answer is a search with no results, not an error page
			log.warn("Search for '{}' failed: {}", query.text(), ex.getMessage());
			return new SearchResults(query.text(), 0, request.page(), request.size(), List.of(), List.of(),
					plan.suggestion(), List.of());
		}
	}

	private QueryPlan plan(SearchQuery query) {
		try (IndexReader reader = mapping().scope(KeyPoint.class).extension(LuceneExtension.get()).openIndexReader()) {
			return QueryPlan.of(query, analysis(), new Vocabulary(reader));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private SearchResult<SearchHit> run(SearchSession session, QueryPlan plan, List<QueryPlan.Group> active,
			SearchRequest request,
			Map<String, Theme> themesBySlug) {
		MatchHighlighter highlighter = plan.highlighter();
		return session.search(KeyPoint.class)
			.select(f -> f.composite()
				.from(f.field(SearchFields.ANCHOR, String.class), f.field(SearchFields.POSITION, Integer.class),
						f.field(SearchFields.SECTION, String.class), f.field(SearchFields.TITLE, String.class),
						f.field(SearchFields.TEXT, String.class), f.field(SearchFields.THEME_SLUG, String.class).list(),
						f.field(SearchFields.MEETING_SLUG, String.class),
						f.field(SearchFields.MEETING_TITLE, String.class), f.score())
				.asList(values -> hit(values, highlighter, themesBySlug)))
			.where(f -> {
				var bool = f.bool().must(plan.predicate(f, active));
				request.themes().forEach(slug -> bool.filter(f.match().field(SearchFields.THEME_SLUG).matching(slug)));
				if (request.speaker() != null) {
					bool.filter(f.match().field(SearchFields.SPEAKER_SLUG).matching(request.speaker()));
				}
				if (request.meeting() != null) {
					bool.filter(f.match().field(SearchFields.MEETING_SLUG).matching(request.meeting()));
				}
				return bool;
			})
			.aggregation(THEMES, f -> f.terms().field(SearchFields.THEME_SLUG, String.class).maxTermCount(200))
			.fetch(request.page() * request.size(), request.size());
	}

	@SuppressWarnings("unchecked")
	private static SearchHit hit(List<?> values, MatchHighlighter highlighter, Map<String, Theme> themesBySlug) {
		String text = (String) values.get(4);
		List<Theme> themes = ((List<String>) values.get(5)).stream().map(themesBySlug::get).filter(Objects::nonNull)
			.toList();
		return new SearchHit((String) values.get(0), (Integer) values.get(1), (String) values.get(2),
				(String) values.get(3), text, themes, (String) values.get(6), (String) values.get(7),
				highlighter.highlight(text), (Float) values.get(8));
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
