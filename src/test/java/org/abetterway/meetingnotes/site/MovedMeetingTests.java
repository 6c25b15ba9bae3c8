package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.abetterway.meetingnotes.notes.SeedsCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

/**
 * A meeting whose file lists the slugs it used to have keeps answering at them, with a permanent redirect, so that
 * links already pasted into emails and chats still land.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MovedMeetingTests {

	static final Path FOLDER = seedsWithARenamedMeeting();

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void notesFolder(DynamicPropertyRegistry registry) {
		registry.add("notes.seeds-dir", FOLDER::toString);
	}

	@AfterAll
	static void cleanUp() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
	}

	@Test
	void oldSlugsOfAPageRedirectPermanentlyToTheCurrentAddress() throws Exception {
		for (String old : new String[] { "funders-and-friends", "money-talks" }) {
			mvc.perform(get("/meetings/" + old))
				.andExpect(status().isMovedPermanently())
				.andExpect(header().string("Location", "/meetings/working-with-funders"));
		}
		String page = mvc.perform(get("/meetings/working-with-funders"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(new PageHead(page).canonical()).contains("http://localhost/meetings/working-with-funders");
		assertThat(new PageHead(page).keyPointIds()).hasSize(2);
	}

	@Test
	void oldSlugsInTheApiRedirectPermanentlyToTheCurrentResource() throws Exception {
		mvc.perform(get("/api/meetings/money-talks"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/api/meetings/working-with-funders"));
	}

	@Test
	void theMarkdownOfAnOldSlugRedirectsToTheCurrentOne() throws Exception {
		mvc.perform(get("/meetings/money-talks.md"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/meetings/working-with-funders.md"));
		byte[] file = mvc.perform(get("/meetings/working-with-funders.md"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(file).isEqualTo(Files.readAllBytes(FOLDER.resolve("07-working-with-funders.md")));
	}

	@Test
	void aSlugNoMeetingEverHadIsStillA404() throws Exception {
		mvc.perform(get("/meetings/funders-and-foes")).andExpect(status().isNotFound());
	}

	private static Path seedsWithARenamedMeeting() {
		try {
			Path folder = SeedsCopy.create("notes-moved-");
			Files.writeString(folder.resolve("07-working-with-funders.md"), """
					---
					title: Working with funders
					slug: working-with-funders
					old-slugs: [funders-and-friends, money-talks]
					series: Joining Forces
					---

					## What we heard

					- Funders want partnerships to last beyond the grant.
					- Commissioners should share power with small charities.
					""");
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
