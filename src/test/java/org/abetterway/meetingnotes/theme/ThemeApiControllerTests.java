package org.abetterway.meetingnotes.theme;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.abetterway.meetingnotes.meeting.Theme;

@WebMvcTest(ThemeApiController.class)
class ThemeApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ThemeQueries themes;

	@Test
	void themesArePlainArrayInFileOrderWithCounts() throws Exception {
		given(themes.countKeyPoints()).willReturn(List.of(
				new ThemeCount(new Theme("leadership", "Leadership", "Boards and CEOs.", 0), 17),
				new ThemeCount(new Theme("health-and-care", "Health & care", null, 1), 0)));
		mvc.perform(get("/api/themes"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].slug").value("leadership"))
			.andExpect(jsonPath("$[0].name").value("Leadership"))
			.andExpect(jsonPath("$[0].description").value("Boards and CEOs."))
			.andExpect(jsonPath("$[0].keyPointCount").value(17))
			.andExpect(jsonPath("$[1].slug").value("health-and-care"))
			.andExpect(jsonPath("$[1].keyPointCount").value(0));
	}

	@Test
	void failureIsA500InJsonWithoutItsDetails() throws Exception {
		given(themes.countKeyPoints()).willThrow(new IllegalStateException("secret table THEME is gone"));
		mvc.perform(get("/api/themes"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.status").value(500))
			.andExpect(jsonPath("$.error").value("Internal Server Error"))
			.andExpect(content().string(not(containsString("secret"))))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void anUnacceptableFormatIsA406InJson() throws Exception {
		mvc.perform(get("/api/themes").accept(MediaType.APPLICATION_XML))
			.andExpect(status().isNotAcceptable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.status").value(406));
	}

}
