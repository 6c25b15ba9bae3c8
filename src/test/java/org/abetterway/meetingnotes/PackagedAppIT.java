package org.abetterway.meetingnotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar the build packages, started the way the README recommends for production: with the beans worked out when
 * it was built ({@code -Dspring.aot.enabled=true}), the JIT's quick tier alone and native memory trimmed. It must
 * import the notes, answer pages and searches, and still obey the switches an operator gives it when it runs, which
 * the ahead-of-time beans would otherwise have fixed at build time.
 */
class PackagedAppIT {

	private static final Duration READY_WITHIN = Duration.ofMinutes(3);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Process app;

	@AfterEach
	void stop() throws InterruptedException {
		if (app != null) {
			app.destroy();
			if (!app.waitFor(30, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
	}

	@Test
	void theJarStartsWithItsAheadOfTimeBeansAndObeysTheSwitchesGivenWhenItRuns(@TempDir Path work) throws Exception {
		Path notes = Files.createDirectories(work.resolve("notes"));
		try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
			for (Path seed : seeds.toList()) {
				Files.copy(seed, notes.resolve(seed.getFileName()));
			}
		}
		int port = freePort();
		Path log = work.resolve("app.log");
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m", "-XX:+UseSerialGC",
				"-XX:TieredStopAtLevel=1", "-XX:TrimNativeHeapInterval=5000", "-Dspring.aot.enabled=true", "-jar",
				jar().toString(), "--server.port=" + port,
				"--notes.seeds-dir=" + notes, "--notes.data-dir=" + work.resolve("data"), "--notes.watch=false",
				"--notes.watch-interval-ms=200", "--notes.page-cache=false"));
		app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		awaitReady(port, log);

		assertThat(Files.readString(log)).contains("Starting AOT-processed MeetingNotesApplication");
		assertThat(meetings(port)).isEqualTo(6);
		assertThat(get(port, "/api/search?q=funders").body()).contains("\"anchor\"");
		HttpResponse<String> home = get(port, "/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Joining Forces");
		// notes.page-cache=false: no page is kept, so no page carries the cache's validator
		assertThat(home.headers().firstValue("ETag")).isEmpty();

		// notes.watch=false: a file added to the folder is not imported while the app runs
		Path first;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(notes, "*.md")) {
			first = files.iterator().next();
		}
		String copy = Files.readString(first).replaceFirst("(?m)^title: .*$", "title: A copy nobody imports")
			.replaceFirst("(?m)^slug: .*$", "slug: a-copy-nobody-imports");
		Files.writeString(notes.resolve("zz-copy.md"), copy, StandardCharsets.UTF_8);
		Thread.sleep(2_000);
		assertThat(meetings(port)).as("meetings after a file was added with notes.watch=false").isEqualTo(6);
	}

	private void awaitReady(int port, Path log) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + READY_WITHIN.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("the app stopped before it was ready:%n%s", tail(log)).isTrue();
			try {
				HttpResponse<String> readiness = get(port, "/actuator/health/readiness");
				if (readiness.statusCode() == 200 && readiness.body().contains("UP")) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// the server has not opened its port yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the app was not ready within " + READY_WITHIN + ":\n" + tail(log));
	}

	private int meetings(int port) throws IOException, InterruptedException {
		Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(get(port, "/api/meetings?size=1").body());
		assertThat(total.find()).as("a total in /api/meetings").isTrue();
		return Integer.parseInt(total.group(1));
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The jar {@code package} made, not the plain one Maven keeps beside it. */
	private static Path jar() throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "meeting-notes-*.jar")) {
			for (Path jar : jars) {
				return jar;
			}
		}
		throw new AssertionError("no packaged jar in target/: run ./mvnw verify, which packages it first");
	}

	/** The Java running the tests, so that the jar runs on the build's own version. */
	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path log) throws IOException {
		if (!Files.exists(log)) {
			return "(no log)";
		}
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

}
