package org.abetterway.meetingnotes.theme;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ThemeApiController {

	private final ThemeQueries themes;

	ThemeApiController(ThemeQueries themes) {
		this.themes = themes;
	}

	/** Every theme, in the order of the themes file. */
	@GetMapping("/api/themes")
	List<ThemeJson> list() {
		return themes.countKeyPoints().stream().map(ThemeJson::of).toList();
	}

}
