package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.abetterway.meetingnotes.notes.NotesImporter;
import org.abetterway.meetingnotes.notes.SeedsCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Two instances serving the same notes, as behind a load balancer, or one instance before and after a restart, give
 * the same {@code ETag} and {@code Last-Modified}, so that a browser's or a proxy's revalidation gets its 304 from
 * either; and {@code Last-Modified} never goes back while the notes change. Each start of the application imports the notes afresh into its own database, so the second instance is
 * also what a restart is.
 */
class ValidatorsTests {

	static final Path NOTES = SeedsCopy.create("notes-validators");

	static final List<String> PATHS = List.of("/", "/meetings/joining-forces-unequal-alliances", "/api/meetings",
			"/feed.atom", "/themes/leadership", "/api/search?q=funders");

	/** The newest of the notes, so that the test knows what Last-Modified must say. */
	static final Instant NEWEST = Instant.parse("2024-02-03T04:05:06Z");

	@AfterAll
	static void cleanUp() throws Exception {
		FileSystemUtils.deleteRecursively(NOTES);
	}

	@Test
	void twoInstancesOnTheSameNotesGiveTheSameValidators() throws Exception {
		try (var files = Files.list(NOTES)) {
			for (Path file : files.toList()) {
				Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-01-01T00:00:00Z")));
			}
		}
		Files.setLastModifiedTime(NOTES.resolve("03-learning-from-campaigns.md"), FileTime.from(NEWEST));
		// the folder's own time, when a file was last added or deleted, counts too
		Files.setLastModifiedTime(NOTES, FileTime.from(Instant.parse("2023-01-01T00:00:00Z")));
		Map<String, List<String>> first;
		Map<String, List<String>> second;
		try (RunningApp one = start(); RunningApp two = start()) {
			one.started();
			two.started();
			first = validators(one);
			second = validators(two);
			for (String path : PATHS) {
				String etag = first.get(path).get(0);
				assertThat(one.get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
				assertThat(two.get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
			}
		}
		assertThat(second).isEqualTo(first);
		assertThat(first.values()).allSatisfy(validators -> {
			assertThat(validators.get(0)).startsWith("W/\"");
			assertThat(validators.get(1)).isEqualTo("Sat, 03 Feb 2024 04:05:06 GMT");
		});
		assertThat(first.get("/").get(0)).isNotEqualTo(first.get("/api/meetings").get(0));
	}

	@Test
	void deletingTheNewestMeetingNeverMovesLastModifiedBackAndEveryInstanceAgrees() throws Exception {
		Path notes = SeedsCopy.create("notes-deleted");
		try {
			try (var files = Files.list(notes)) {
				for (Path file : files.toList()) {
					Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-01-01T00:00:00Z")));
				}
			}
			Path newest = notes.resolve("03-learning-from-campaigns.md");
			Files.setLastModifiedTime(newest, FileTime.from(NEWEST));
			Files.setLastModifiedTime(notes, FileTime.from(Instant.parse("2023-01-01T00:00:00Z")));
			try (RunningApp one = RunningApp.start(notes, "notes.base-url=https://notes.example.org")) {
				NotesImporter importer = one.started().getBean(NotesImporter.class);
				assertThat(lastModified(one, "/")).isEqualTo(NEWEST);

				Files.delete(newest);
				importer.importNotes();
				Instant deleted = Files.getLastModifiedTime(notes).toInstant().truncatedTo(ChronoUnit.SECONDS);
				assertThat(lastModified(one, "/")).isEqualTo(deleted).isAfter(NEWEST);
				assertThat(lastModified(one, "/feed.atom")).isEqualTo(deleted);
				assertThat(one.get("/feed.atom").body()).contains("<updated>" + deleted + "</updated>");

				try (RunningApp other = RunningApp.start(notes, "notes.base-url=https://notes.example.org")) {
					other.started();
					for (String path : List.of("/", "/feed.atom", "/themes/leadership")) {
						assertThat(validators(other, path)).as(path).isEqualTo(validators(one, path));
					}
				}
			}
		}
		finally {
			FileSystemUtils.deleteRecursively(notes);
		}
	}

	private static Instant lastModified(RunningApp app, String path) throws Exception {
		String header = app.get(path).headers().firstValue("Last-Modified").orElseThrow();
		return ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
	}

	private static List<String> validators(RunningApp app, String path) throws Exception {
		HttpResponse<String> response = app.get(path);
		return List.of(response.headers().firstValue("ETag").orElseThrow(),
				response.headers().firstValue("Last-Modified").orElseThrow());
	}

	private static RunningApp start() {
		// behind a load balancer every instance is asked for the same public address
		return RunningApp.start(NOTES, "notes.base-url=https://notes.example.org");
	}

	/** Each path's ETag and Last-Modified, asked twice: rendered, then from the page cache. */
	private static Map<String, List<String>> validators(RunningApp app) throws Exception {
		Map<String, List<String>> validators = new LinkedHashMap<>();
		for (String path : PATHS) {
			HttpResponse<String> rendered = app.get(path);
			HttpResponse<String> cached = app.get(path);
			assertThat(rendered.statusCode()).as(path).isEqualTo(200);
			assertThat(cached.body()).as(path).isEqualTo(rendered.body());
			List<String> pair = List.of(rendered.headers().firstValue("ETag").orElseThrow(),
					rendered.headers().firstValue("Last-Modified").orElseThrow());
			assertThat(List.of(cached.headers().firstValue("ETag").orElseThrow(),
					cached.headers().firstValue("Last-Modified").orElseThrow())).as(path).isEqualTo(pair);
			validators.put(path, pair);
		}
		return validators;
	}

}
