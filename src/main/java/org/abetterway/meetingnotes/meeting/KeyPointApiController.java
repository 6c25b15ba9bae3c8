package org.abetterway.meetingnotes.meeting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.abetterway.meetingnotes.site.ApiDocs;
import org.abetterway.meetingnotes.site.ApiError;
import org.abetterway.meetingnotes.site.ApiPage;
import org.abetterway.meetingnotes.site.Paging;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@Tag(name = "Key points", description = "The key points of every meeting, by theme")
@RestController
class KeyPointApiController {

	private final KeyPointRepository keyPoints;

	private final ThemeRepository themes;

	KeyPointApiController(KeyPointRepository keyPoints, ThemeRepository themes) {
		this.keyPoints = keyPoints;
		this.themes = themes;
	}

	/** Key points of any of the themes asked for (all of them when none is), in meeting order. */
	@GetMapping("/api/key-points")
	@Operation(operationId = "listKeyPoints", summary = "Key points, a page at a time, of all themes or some",
			description = "In meeting order (the home page's), and within a meeting in the order of its notes.")
	@Parameter(name = "theme", in = ParameterIn.QUERY, explode = Explode.TRUE,
			description = "A theme's slug, as `/api/themes` lists them: only key points carrying it. Repeat it for "
					+ "key points carrying any of them (`theme=a&theme=b`; `theme=a,b` is not a list). An empty value "
					+ "is ignored; an unknown slug is a 400 whose message lists the valid ones.",
			array = @ArraySchema(schema = @Schema(type = "string", example = "leadership")))
	@ApiResponse(responseCode = "200", description = "One page of key points, each with its meeting's slug and title")
	@ApiDocs.Paged
	ApiPage<KeyPointWithMeetingJson> list(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> query,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		Pageable pageable = Paging.checked(page, size);
		// the raw values: binding one value to a List splits it on commas and trims it, so "%00" would vanish
		Set<String> wanted = knownThemes(query.getOrDefault("theme", List.of()));
		Page<KeyPoint> points = keyPoints.findPageWithThemes(wanted, pageable);
		return ApiPage.of(points, points.map(KeyPointWithMeetingJson::of).getContent());
	}

	/** The distinct theme slugs asked for, empty ones ignored; a 400 naming the valid slugs for an unknown one. */
	private Set<String> knownThemes(List<String> asked) {
		Set<String> wanted = asked.stream()
			.filter(slug -> !slug.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		if (wanted.isEmpty()) {
			return wanted;
		}
		List<String> valid = themes.findAllByOrderByPosition().stream().map(Theme::getSlug).toList();
		wanted.stream().filter(slug -> !valid.contains(slug)).findFirst().ifPresent(unknown -> {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown theme " + ApiError.quote(unknown)
					+ "; the themes are: " + String.join(", ", valid));
		});
		return wanted;
	}

}
