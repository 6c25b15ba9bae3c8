package org.abetterway.meetingnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Editing the notes folder of a running app shows within seconds, and a bad edit loses nothing.
 */
@SpringBootTest
class LiveReimportTests {

	static final Path FOLDER = SeedsCopy.create("notes-live");

	@Autowired
	MeetingRepository meetings;

	@Autowired
	NotesImporter importer;

	@DynamicPropertySource
	static void notesFolder(DynamicPropertyRegistry registry) {
		registry.add("notes.seeds-dir", FOLDER::toString);
		registry.add("notes.watch-interval-ms", () -> "200");
	}

	@AfterAll
	static void cleanUp() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
	}

	@Test
	void addingEditingBreakingAndDeletingAFileShowsWithoutARestart() throws IOException {
		Path file = FOLDER.resolve("07-new.md");
		Files.writeString(file, "# A new meeting\n\n- Funders were discussed.\n");
		assertThat(eventually(() -> meetings.findBySlug("a-new-meeting"))).isPresent();

		Files.writeString(file, "---\ntitle: A new meeting\nquestion: What next?\n---\n- Funders were discussed.\n");
		assertThat(eventually(() -> meetings.findBySlug("a-new-meeting").filter(m -> m.getQuestion() != null)))
			.map(Meeting::getQuestion).contains("What next?");

		Files.writeString(file, "---\ntitle: [broken\n---\n- x\n");
		assertThat(eventually(() -> importer.lastReport().problems().stream()
			.filter(problem -> problem.file().equals("07-new.md")).findFirst())).isPresent();
		assertThat(meetings.findBySlug("a-new-meeting")).map(Meeting::getQuestion).contains("What next?");
		assertThat(meetings.count()).isEqualTo(7);

		Files.delete(file);
		assertThat(eventually(() -> meetings.findBySlug("a-new-meeting").isEmpty() ? Optional.of(true)
				: Optional.<Boolean>empty())).isPresent();
		assertThat(meetings.count()).isEqualTo(6);
	}

	/** Polls for at most five seconds, the promise made to editors. */
	private static <T> Optional<T> eventually(Supplier<Optional<T>> probe) {
		long deadline = System.nanoTime() + 5_000_000_000L;
		Optional<T> result = probe.get();
		while (result.isEmpty() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			result = probe.get();
		}
		return result;
	}

}
