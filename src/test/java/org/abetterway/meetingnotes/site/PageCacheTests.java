package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.abetterway.meetingnotes.notes.NotesImporter;
import org.abetterway.meetingnotes.notes.SeedsCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

/**
 * Pages are rendered once per import: an unchanged page is a 304 for a browser that has it, and a re-import that
 * changes the notes shows at once.
 */
@SpringBootTest(properties = "notes.watch=false")
@AutoConfigureMockMvc
class PageCacheTests {

	static final Path FOLDER = SeedsCopy.create("notes-cache");

	@Autowired
	MockMvc mvc;

	@Autowired
	NotesImporter importer;

	@DynamicPropertySource
	static void notesFolder(DynamicPropertyRegistry registry) {
		registry.add("notes.seeds-dir", FOLDER::toString);
	}

	@AfterAll
	static void cleanUp() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
	}

	@Test
	void anUnchangedPageIsNotModifiedForABrowserThatHasIt() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/themes")).andReturn().getResponse();
		String etag = first.getHeader("ETag");
		assertThat(first.getStatus()).isEqualTo(200);
		assertThat(etag).startsWith("W/\"");
		assertThat(first.getHeader("Last-Modified")).isNotBlank();
		MockHttpServletResponse again = mvc.perform(get("/themes").header("If-None-Match", etag)).andReturn()
			.getResponse();
		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsString()).isEmpty();
	}

	@Test
	void aCachedPageIsTheSameBytesAndAReimportReplacesIt() throws Exception {
		String before = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		String cached = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		String etag = mvc.perform(get("/")).andReturn().getResponse().getHeader("ETag");
		assertThat(cached).isEqualTo(before).doesNotContain("A cached meeting");

		Files.writeString(FOLDER.resolve("07-cached.md"), "# A cached meeting\n\n- Funders were discussed.\n");
		importer.importNotes();

		MockHttpServletResponse after = mvc.perform(get("/").header("If-None-Match", etag)).andReturn().getResponse();
		assertThat(after.getStatus()).isEqualTo(200);
		assertThat(after.getHeader("ETag")).isNotEqualTo(etag);
		assertThat(after.getContentAsString()).contains("A cached meeting");
		Files.delete(FOLDER.resolve("07-cached.md"));
		importer.importNotes();
		assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
			.doesNotContain("A cached meeting");
	}

	@Test
	void requestsWithOtherParametersAreCachedApart() throws Exception {
		String funders = mvc.perform(get("/api/search").param("q", "funders")).andReturn().getResponse()
			.getContentAsString();
		String trust = mvc.perform(get("/api/search").param("q", "trust")).andReturn().getResponse()
			.getContentAsString();
		assertThat(funders).contains("\"query\":\"funders\"");
		assertThat(trust).contains("\"query\":\"trust\"");
		assertThat(mvc.perform(get("/api/search?q=trust")).andReturn().getResponse().getContentAsString())
			.isEqualTo(trust);
	}

	@Test
	void theImportReportIsNeverCached() throws Exception {
		mvc.perform(get("/import-report"));
		Files.writeString(FOLDER.resolve("09-broken.md"), "---\ntitle: [broken\n---\n- A point.\n");
		importer.importNotes();
		assertThat(mvc.perform(get("/import-report")).andReturn().getResponse().getContentAsString())
			.contains("<code>09-broken.md</code>");
		assertThat(mvc.perform(get("/api/import-report")).andReturn().getResponse().getContentAsString())
			.contains("09-broken.md");
		Files.delete(FOLDER.resolve("09-broken.md"));
		importer.importNotes();
		assertThat(mvc.perform(get("/import-report")).andReturn().getResponse().getContentAsString())
			.doesNotContain("09-broken.md");
	}

	@Test
	void errorsAreNeverCached() throws Exception {
		assertThat(mvc.perform(get("/meetings/not-yet")).andReturn().getResponse().getStatus()).isEqualTo(404);
		Files.writeString(FOLDER.resolve("08-not-yet.md"), "# Not yet\n\n- A point.\n");
		importer.importNotes();
		assertThat(mvc.perform(get("/meetings/not-yet")).andReturn().getResponse().getStatus()).isEqualTo(200);
		Files.delete(FOLDER.resolve("08-not-yet.md"));
		importer.importNotes();
	}

}
