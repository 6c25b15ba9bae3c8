package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.abetterway.meetingnotes.notes.NotesImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What only the real server shows: the requests Tomcat refuses before the application sees them, asked for as they
 * are written (no client tidies the path first), and the import's figures as an operator's monitoring reads them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "notes.watch=false", "management.endpoint.health.show-details=always" })
class RealServerTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry metrics;

	@Autowired
	NotesImporter importer;

	@ParameterizedTest
	@ValueSource(strings = { "/%ff", "/a%00b", "/a%2fb", "/meetings/%ff", "/a%5cb", "/search%2f..%2fapi" })
	void aPathTomcatRefusesGetsTheSitesErrorPageWithItsHeaders(String path) throws IOException {
		String response = raw(path, "text/html");
		assertThat(response).startsWith("HTTP/1.1 400 ");
		assertThat(response).contains("Content-Security-Policy: default-src 'self'", "X-Content-Type-Options: nosniff",
				"X-Frame-Options: DENY", "Content-Type: text/html;charset=UTF-8");
		assertThat(response).contains("<html lang=\"en\">", "<h1>We could not answer that request</h1>",
				"href=\"/assets/css/notes.css\"", "Error 400");
		assertThat(response).doesNotContainIgnoringCase("tomcat").doesNotContain("HTTP Status");
	}

	@Test
	void aPathTomcatRefusesUnderTheApiGetsJson() throws IOException {
		String response = raw("/api/meetings%2fx", "text/html");
		assertThat(response).startsWith("HTTP/1.1 400 ").contains("Content-Type: application/json",
				"Content-Security-Policy: ", "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"The address "
						+ "could not be read\"}");
	}

	@Test
	void theLastImportsFiguresAreMetrics() {
		assertThat(metrics.get("notes.import.files").tag("outcome", "imported").gauge().value()
				+ metrics.get("notes.import.files").tag("outcome", "unchanged").gauge().value()).isEqualTo(6);
		assertThat(metrics.get("notes.import.files").tag("outcome", "removed").gauge().value()).isZero();
		assertThat(metrics.get("notes.import.problems").gauge().value()).isZero();
		// the gauge keeps seconds as a double: 4076 ms reads back as 4075.9999999999995
		assertThat(metrics.get("notes.import.duration").timeGauge().value(TimeUnit.MILLISECONDS))
			.isCloseTo(importer.lastReport().durationMillis(), within(0.001));
	}

	@Test
	void theHealthDetailsCarryTheLastImportsFigures() throws IOException {
		String health = raw("/actuator/health", "application/json");
		assertThat(health).startsWith("HTTP/1.1 200 ");
		assertThat(health).containsPattern("\"notesImport\":\\{\"details\":\\{[^}]*\"imported\":6")
			.containsPattern("\"notesImport\":\\{\"details\":\\{[^}]*\"problems\":0");
	}

	/** The request as written, and the whole response. */
	private String raw(String path, String accept) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept
					+ "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
