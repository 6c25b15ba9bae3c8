package org.abetterway.meetingnotes.notes;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.abetterway.meetingnotes.search.MeaningModel;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest({ ImportReportController.class, ImportReportApiController.class })
class ImportReportControllerTests {

	static final ImportReport BROKEN = new ImportReport(Instant.parse("2026-03-15T09:30:05Z"),
			List.of("01-alpha.md"), List.of("02-beta.md", "03-gamma.md"), List.of("04-gone.md"),
			List.of(new NotesProblem("05-broken.md", 3, "'soon' is not a date; write it as YYYY-MM-DD"),
					new NotesProblem("06-<b>binary</b>.md", 0, "the file is binary, not Markdown text")),
			1250, List.of());

	@Autowired
	MockMvc mvc;

	@MockitoBean
	NotesImporter importer;

	@MockitoBean
	MeaningModel meaning;

	@Test
	void thePageListsEachProblemWithItsFileAndLine() throws Exception {
		given(importer.lastReport()).willReturn(BROKEN);
		mvc.perform(get("/import-report"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Import report</h1>"),
					containsString("15 March 2026, 09:30:05 UTC"),
					containsString("1 imported, 2 unchanged, 1 removed."), containsString("2 problems"),
					containsString("<code>05-broken.md</code>, line 3</p>"),
					containsString("&#39;soon&#39; is not a date; write it as YYYY-MM-DD"),
					containsString("<code>06-&lt;b&gt;binary&lt;/b&gt;.md</code></p>"),
					containsString("Removed (1)"), containsString("<code>04-gone.md</code>"),
					not(containsString("<b>binary")))));
	}

	@Test
	void thePageSaysWhenSearchIsByWordsAloneAndWhy() throws Exception {
		given(importer.lastReport()).willReturn(BROKEN);
		given(meaning.problem()).willReturn(Optional.of("the model could not be loaded (no room); search is by words alone"));
		mvc.perform(get("/import-report"))
			.andExpect(content().string(containsString("Search by meaning is not available: the model could not be "
					+ "loaded (no room); search is by words alone.")));
		given(meaning.problem()).willReturn(Optional.empty());
		mvc.perform(get("/import-report"))
			.andExpect(content().string(not(containsString("Search by meaning is not available"))));
	}

	@Test
	void aCleanImportSaysSo() throws Exception {
		given(importer.lastReport()).willReturn(new ImportReport(Instant.parse("2026-03-15T09:30:05Z"),
				List.of(), List.of("01-alpha.md"), List.of(), List.of(), 40, List.of()));
		mvc.perform(get("/import-report"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("0 problems"),
					containsString("Every file was read without a problem."), containsString("Unchanged (1)"),
					not(containsString("Imported (")), not(containsString("were not imported")))));
	}

	@Test
	void thePageAndTheApiSayWhichBuiltInDefaultsAreInUse() throws Exception {
		given(importer.lastReport()).willReturn(new ImportReport(Instant.parse("2026-03-15T09:30:05Z"),
				List.of("01-alpha.md"), List.of(), List.of(), List.of(), 40, List.of("themes.yml", "speakers.yml")));
		mvc.perform(get("/import-report"))
			.andExpect(content().string(allOf(containsString("Built-in settings in use"),
					containsString("so key\n          points are tagged with the 13 built-in themes"),
					containsString("The folder has no <code>speakers.yml</code>"))));
		mvc.perform(get("/api/import-report"))
			.andExpect(jsonPath("$.defaults[0]").value("themes.yml"))
			.andExpect(jsonPath("$.defaults[1]").value("speakers.yml"));
		given(importer.lastReport()).willReturn(BROKEN);
		mvc.perform(get("/import-report"))
			.andExpect(content().string(not(containsString("Built-in settings in use"))));
	}

	@Test
	void beforeTheFirstImportThePageSaysSo() throws Exception {
		given(importer.lastReport()).willReturn(ImportReport.NONE_YET);
		mvc.perform(get("/import-report"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("have not been imported yet"),
					not(containsString("0 problems")))));
		mvc.perform(get("/api/import-report"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.finishedAt").doesNotExist())
			.andExpect(jsonPath("$.problems.length()").value(0));
	}

	@Test
	void theApiGivesTheReportAsJson() throws Exception {
		given(importer.lastReport()).willReturn(BROKEN);
		mvc.perform(get("/api/import-report"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.length()").value(7))
			.andExpect(jsonPath("$.durationMillis").value(1250))
			.andExpect(jsonPath("$.defaults.length()").value(0))
			.andExpect(jsonPath("$.finishedAt").value("2026-03-15T09:30:05Z"))
			.andExpect(jsonPath("$.imported.length()").value(1))
			.andExpect(jsonPath("$.imported[0]").value("01-alpha.md"))
			.andExpect(jsonPath("$.unchanged.length()").value(2))
			.andExpect(jsonPath("$.unchanged[1]").value("03-gamma.md"))
			.andExpect(jsonPath("$.removed[0]").value("04-gone.md"))
			.andExpect(jsonPath("$.problems.length()").value(2))
			.andExpect(jsonPath("$.problems[0].length()").value(3))
			.andExpect(jsonPath("$.problems[0].file").value("05-broken.md"))
			.andExpect(jsonPath("$.problems[0].line").value(3))
			.andExpect(jsonPath("$.problems[0].message").value("'soon' is not a date; write it as YYYY-MM-DD"))
			.andExpect(jsonPath("$.problems[1].line").value(0));
	}

}
