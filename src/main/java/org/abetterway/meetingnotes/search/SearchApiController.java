package org.abetterway.meetingnotes.search;

import java.util.List;

import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.site.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: the search page's results as JSON.
 */
@RestController
class SearchApiController {

	private final KeyPointSearch search;

	SearchApiController(KeyPointSearch search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	SearchResponse search(@RequestParam(defaultValue = "") String q,
			@RequestParam(name = "theme", required = false) List<String> themes,
			@RequestParam(required = false) String speaker, @RequestParam(required = false) String meeting,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		Paging.checked(page, size);
		SearchResults results = search.search(new SearchRequest(q, themes, speaker, meeting, page, size));
		return new SearchResponse(results.query(), results.total(), results.page(), results.size(),
				results.hits().stream().map(Item::of).toList(),
				new Facets(results.facets().stream().map(facet -> new ThemeCount(facet.slug(), facet.name(),
						facet.count())).toList()));
	}

	record SearchResponse(String query, long total, int page, int size, List<Item> items, Facets facets) {
	}

	record Item(String anchor, int position, String section, String title, String text, List<String> themes,
			String url, String meetingSlug, String meetingTitle, String highlight, float score) {

		static Item of(SearchHit hit) {
			return new Item(hit.anchor(), hit.position(), hit.section(), hit.title(), hit.text(),
					hit.themes().stream().map(Theme::getSlug).toList(), hit.getUrl(), hit.meetingSlug(),
					hit.meetingTitle(), hit.highlight(), hit.score());
		}

	}

	record Facets(List<ThemeCount> themes) {
	}

	record ThemeCount(String slug, String name, long count) {
	}

}
