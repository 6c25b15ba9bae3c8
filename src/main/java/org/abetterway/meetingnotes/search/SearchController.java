package org.abetterway.meetingnotes.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

import org.abetterway.meetingnotes.theme.ThemeQueries;
import org.abetterway.meetingnotes.site.Paging;
import org.abetterway.meetingnotes.site.SitePaths;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /search}: the search page. Everything about a search is in its address, so it can be shared.
 */
@Controller
class SearchController {

	/** Shown when nothing was found, or nothing asked yet: each shows one way to search. */
	static final List<String> EXAMPLES = List.of("funders", "\"psychological safety\"", "trust OR relationships",
			"targets -NHS");

	private final KeyPointSearch search;

	private final ThemeQueries themes;

	SearchController(KeyPointSearch search, ThemeQueries themes) {
		this.search = search;
		this.themes = themes;
	}

	@GetMapping("/search")
	String search(@RequestParam(defaultValue = "") String q,
			@RequestParam(name = "theme", required = false) List<String> theme,
			@RequestParam(required = false) String speaker, @RequestParam(required = false) String meeting,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size, Model model) {
		PageRequest wanted = Paging.clamped(page, size);
		SearchRequest request = new SearchRequest(q, theme, speaker, meeting, wanted.getPageNumber(),
				wanted.getPageSize());
		String query = SearchQuery.clean(q);
		boolean searched = !query.isEmpty() || request.hasFilters();
		model.addAttribute("q", query);
		model.addAttribute("request", request);
		model.addAttribute("searched", searched);
		model.addAttribute("examples", EXAMPLES);
		if (searched) {
			SearchResults results = search.search(request);
			model.addAttribute("results", results);
			model.addAttribute("pageUrl", url(request, query, request.themes(), 0));
			model.addAttribute("feedUrl",
					SitePaths.searchFeed(query, request.themes(), request.speaker(), request.meeting()));
			model.addAttribute("suggestionUrl",
					results.suggestion() == null ? null : url(request, results.suggestion(), request.themes(), 0));
			model.addAttribute("allThemesUrl", request.themes().isEmpty() ? null : url(request, query, List.of(), 0));
			if (results.total() == 0) {
				model.addAttribute("themeCounts", themes.countKeyPoints());
			}
		}
		else {
			model.addAttribute("themeCounts", themes.countKeyPoints());
		}
		model.addAttribute("title", query.isEmpty() ? "Search" : "Search: " + query);
		model.addAttribute("description", query.isEmpty() ? "Search the key points of every meeting."
				: "Key points from the meeting notes about " + query + ".");
		return "search";
	}

	/** The address of this search with other words, themes or page. */
	private static String url(SearchRequest request, String query, List<String> themes, int page) {
		StringJoiner params = new StringJoiner("&", "/search?", "").setEmptyValue("/search");
		if (!query.isEmpty()) {
			params.add("q=" + encode(query));
		}
		themes.forEach(slug -> params.add("theme=" + encode(slug)));
		if (request.speaker() != null) {
			params.add("speaker=" + encode(request.speaker()));
		}
		if (request.meeting() != null) {
			params.add("meeting=" + encode(request.meeting()));
		}
		if (page > 0) {
			params.add("page=" + page);
		}
		if (request.size() != Paging.DEFAULT_SIZE) {
			params.add("size=" + request.size());
		}
		return params.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
