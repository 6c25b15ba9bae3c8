package org.abetterway.meetingnotes.meeting;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.abetterway.meetingnotes.site.Paging;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class KeyPointController {

	/** How many unknown theme names the notice repeats back. */
	private static final int UNKNOWN_SHOWN = 5;

	private final KeyPointRepository keyPoints;

	private final ThemeRepository themes;

	KeyPointController(KeyPointRepository keyPoints, ThemeRepository themes) {
		this.keyPoints = keyPoints;
		this.themes = themes;
	}

	/** Key points of any of the chosen themes; unknown theme names are reported and left out. */
	@GetMapping("/key-points")
	String keyPoints(@RequestParam(name = "theme", required = false) List<String> requested,
			@RequestParam(defaultValue = "0") int page, Model model) {
		List<Theme> all = themes.findAllByOrderByPosition();
		Set<String> chosen = new LinkedHashSet<>();
		Set<String> unknown = new LinkedHashSet<>();
		for (String slug : requested == null ? List.<String>of() : requested) {
			if (slug.isBlank()) {
				continue;
			}
			boolean known = all.stream().anyMatch(theme -> theme.getSlug().equals(slug));
			(known ? chosen : unknown).add(slug);
		}
		Page<KeyPoint> points = keyPoints.findPageWithThemes(chosen, Paging.clamped(page, Paging.DEFAULT_SIZE));
		model.addAttribute("themes", all);
		model.addAttribute("chosen", chosen);
		model.addAttribute("chosenThemes", all.stream().filter(theme -> chosen.contains(theme.getSlug())).toList());
		model.addAttribute("unknown", new ArrayList<>(unknown).subList(0, Math.min(unknown.size(), UNKNOWN_SHOWN)));
		model.addAttribute("points", points);
		UriComponentsBuilder pageUrl = UriComponentsBuilder.fromPath("/key-points");
		chosen.forEach(slug -> pageUrl.queryParam("theme", slug));
		model.addAttribute("pageUrl", pageUrl.encode().toUriString());
		return "key-points/list";
	}

}
