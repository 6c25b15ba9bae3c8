package org.abetterway.meetingnotes.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.abetterway.meetingnotes.search.SearchApiController.Item;
import org.abetterway.meetingnotes.site.ApiDocs;
import org.abetterway.meetingnotes.site.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/meetings/{slug}/key-points/{anchor}/similar}: the key points of other meetings nearest in meaning.
 */
@Tag(name = "Search", description = "The search page's results")
@RestController
class SimilarKeyPointsApiController {

	static final int DEFAULT_SIZE = 5;

	private final SimilarKeyPoints similar;

	SimilarKeyPointsApiController(SimilarKeyPoints similar) {
		this.similar = similar;
	}

	@GetMapping("/api/meetings/{slug}/key-points/{anchor}/similar")
	@Operation(operationId = "similarKeyPoints", summary = "Key points of other meetings similar in meaning",
			description = "The key points of other meetings nearest in meaning to one key point, best first; `score` "
					+ "is their cosine similarity to it (up to 1). Empty when search by meaning is off.")
	@ApiResponse(responseCode = "200", description = "The similar key points, best first")
	@ApiDocs.BadRequest
	@ApiDocs.NotFound
	List<Item> similar(
			@Parameter(description = "The meeting's slug, as in its `url`",
					example = "joining-forces-unequal-alliances") @PathVariable String slug,
			@Parameter(description = "The key point's anchor, as in its `url`",
					example = "there-is-always") @PathVariable String anchor,
			@Parameter(description = "How many key points, from 1 to " + SimilarKeyPoints.MAX_SIZE,
					schema = @Schema(type = "integer", format = "int32", minimum = "1",
							maximum = "" + SimilarKeyPoints.MAX_SIZE, defaultValue = "" + DEFAULT_SIZE)) @RequestParam(
									defaultValue = "" + DEFAULT_SIZE) int size) {
		if (size < 1 || size > SimilarKeyPoints.MAX_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"size must be between 1 and " + SimilarKeyPoints.MAX_SIZE);
		}
		return similar.to(slug, anchor, size)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No key point " + ApiError.quote(anchor) + " in a meeting " + ApiError.quote(slug)))
			.keyPoints().stream().map(Item::of).toList();
	}

}
