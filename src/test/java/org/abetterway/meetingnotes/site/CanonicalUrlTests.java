package org.abetterway.meetingnotes.site;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.abetterway.meetingnotes.theme.ThemeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The layout's site name and canonical address come from the notes properties, on any page.
 */
@WebMvcTest(controllers = CanonicalUrlTests.ThemesPage.class,
		properties = { "notes.base-url=https://notes.example.org/", "notes.site-name=Our notes" })
@Import(CanonicalUrlTests.ThemesPage.class)
class CanonicalUrlTests {

	@Autowired
	MockMvc mvc;

	@Test
	void canonicalUrlIsTheConfiguredBaseUrlAndThePathWithoutTheQuery() throws Exception {
		mvc.perform(get("/themes").param("utm_source", "mail"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<link rel=\"canonical\" href=\"https://notes.example.org/themes\">"),
					containsString("<title>Themes · Our notes</title>"), not(containsString("utm_source")))));
	}

	@Test
	void unknownPathIsTheHelpful404WithTheSiteName() throws Exception {
		mvc.perform(get("/nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("<title>Page not found · Our notes</title>"),
					containsString("<h1>Page not found</h1>"), containsString("href=\"/search\""))));
	}

	/** Stands in for the themes page, so that this slice needs no repositories. */
	@Controller
	static class ThemesPage {

		@GetMapping("/themes")
		String themes(Model model) {
			model.addAttribute("themes", List.of());
			model.addAttribute("map", new ThemeMap(List.of(), List.of()));
			model.addAttribute("mapPage", Page.empty());
			return "themes/list";
		}

	}

}
