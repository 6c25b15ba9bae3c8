package org.abetterway.meetingnotes.theme;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Themes", description = "The themes key points are tagged with")
@RestController
class ThemeApiController {

	private final ThemeQueries themes;

	ThemeApiController(ThemeQueries themes) {
		this.themes = themes;
	}

	/** Every theme, in the order of the themes file. */
	@GetMapping("/api/themes")
	@Operation(operationId = "listThemes", summary = "Every theme, in the order of the themes file")
	@ApiResponse(responseCode = "200", description = "Every theme, with how many key points carry it")
	List<ThemeJson> list() {
		return themes.countKeyPoints().stream().map(ThemeJson::of).toList();
	}

}
