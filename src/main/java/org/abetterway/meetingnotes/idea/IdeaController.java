package org.abetterway.meetingnotes.idea;

import java.util.List;
import java.util.Map;

import org.abetterway.meetingnotes.idea.IdeaQueries.IdeaPage;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.abetterway.meetingnotes.site.NotFoundException;
import org.abetterway.meetingnotes.site.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class IdeaController {

	private final IdeaQueries ideas;

	private final ThemeRepository themes;

	IdeaController(IdeaQueries ideas, ThemeRepository themes) {
		this.ideas = ideas;
		this.themes = themes;
	}

	/** Every idea, or those about one theme; an unknown theme is a 404. */
	@GetMapping("/ideas")
	ModelAndView ideas(@RequestParam(required = false) @Nullable String theme,
			@RequestParam(defaultValue = "0") int page) {
		List<Theme> all = themes.findAllByOrderByPosition();
		String asked = theme == null || theme.isBlank() ? null : theme.strip();
		Theme chosen = asked == null ? null : all.stream().filter(t -> t.getSlug().equals(asked)).findFirst()
			.orElseThrow(() -> new NotFoundException("no theme " + asked));
		IdeaPage found = ideas.page(asked, Paging.clamped(page, Paging.DEFAULT_SIZE));
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/ideas");
		if (chosen != null) {
			url.queryParam("theme", chosen.getSlug());
		}
		ModelAndView view = new ModelAndView("ideas/list", Map.of("state", found.state().name(), "ideas",
				found.ideas(), "themes", all, "pageUrl", url.encode().toUriString()));
		return view.addObject("chosen", chosen).addObject("ideaThemes", found.themes());
	}

}
