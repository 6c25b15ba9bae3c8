package org.abetterway.meetingnotes.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.site.ApiDocs;
import org.abetterway.meetingnotes.site.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: the search page's results as JSON.
 */
@Tag(name = "Search", description = "The search page's results")
@RestController
class SearchApiController {

	private final KeyPointSearch search;

	SearchApiController(KeyPointSearch search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	@Operation(operationId = "search", summary = "Key points for some words, a page at a time",
			description = "Searches key points (their text, title and section, and their meeting's title and "
					+ "speakers) as the search page does, best matches first, with the themes of all the results "
					+ "counted.")
	@ApiResponse(responseCode = "200", description = "One page of results")
	@ApiDocs.Paged
	SearchResponse search(
			@Parameter(description = "The words. Words in any form find each other; most of them must match, and key "
					+ "points with all of them come first; `\"exact phrase\"`, `-word` to leave a word out and `OR` "
					+ "between words work. Empty to list every key point the filters let through.",
					example = "funders") @RequestParam(defaultValue = "") String q,
			@Parameter(description = "A theme's slug: only key points carrying it. Repeated, only key points "
					+ "carrying all of them; an unknown slug finds nothing.")
			@RequestParam(name = "theme", required = false) List<String> themes,
			@Parameter(description = "A speaker's slug: only key points of the meetings they spoke at.")
			@RequestParam(required = false) String speaker,
			@Parameter(description = "A meeting's slug: only that meeting's key points.")
			@RequestParam(required = false) String meeting,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		Paging.checked(page, size);
		SearchResults results = search.search(new SearchRequest(q, themes, speaker, meeting, page, size));
		return new SearchResponse(results.query(), results.total(), results.page(), results.size(),
				results.hits().stream().map(Item::of).toList(),
				new Facets(results.facets().stream().map(facet -> new ThemeCount(facet.slug(), facet.name(),
						facet.count())).toList()));
	}

	@Schema(name = "SearchResults", description = "One page of a search's results, with `total`, `page` and `size` "
			+ "as in a paged list")
	record SearchResponse(@Schema(description = "The words searched for, as cleaned up") String query, long total,
			int page, int size, List<Item> items, Facets facets) {
	}

	@Schema(name = "SearchHit", description = "A key point found: the fields of a key point, its meeting's slug and "
			+ "title, and its text with the words found marked")
	record Item(String anchor, int position, @Schema(nullable = true) String section,
			@Schema(nullable = true) String title, String text, List<String> themes, String url, String meetingSlug,
			String meetingTitle,
			@Schema(description = "The text, HTML-escaped, with the words found in `<mark>`") String highlight,
			@Schema(description = "How well the key point matches; higher is better") float score) {

		static Item of(SearchHit hit) {
			return new Item(hit.anchor(), hit.position(), hit.section(), hit.title(), hit.text(),
					hit.themes().stream().map(Theme::getSlug).toList(), hit.getUrl(), hit.meetingSlug(),
					hit.meetingTitle(), hit.highlight(), hit.score());
		}

	}

	@Schema(name = "SearchFacets")
	record Facets(@Schema(description = "The themes of all the results, most results first; a theme asked for "
			+ "stays even with none") List<ThemeCount> themes) {
	}

	@Schema(name = "ThemeFacet")
	record ThemeCount(String slug, String name,
			@Schema(description = "How many of all the results carry the theme") long count) {
	}

}
