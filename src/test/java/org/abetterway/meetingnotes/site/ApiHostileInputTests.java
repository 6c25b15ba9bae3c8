package org.abetterway.meetingnotes.site;

import static org.abetterway.meetingnotes.site.ApiShapes.ERROR;
import static org.abetterway.meetingnotes.site.ApiShapes.JSON;
import static org.abetterway.meetingnotes.site.ApiShapes.THEMES;
import static org.abetterway.meetingnotes.site.ApiShapes.assertShape;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import tools.jackson.databind.JsonNode;

/**
 * Hostile query strings sent byte for byte to the running server: a 400 with a JSON error, never a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.jpa.properties.hibernate.generate_statistics=true",
		"spring.jpa.properties.hibernate.session.events.log=false" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ApiHostileInputTests {

	static final String LONG_THEME = "a".repeat(5000);

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/meetings?size=99999", "/api/meetings?size=0", "/api/meetings?size=501",
			"/api/meetings?size=-5", "/api/meetings?page=-1", "/api/meetings?page=abc", "/api/meetings?size=1e3",
			"/api/meetings?page=99999999999", "/api/meetings?page=2147483647&size=500", "/api/meetings?page=%ff",
			"/api/meetings?size=%", "/api/key-points?page=-1", "/api/key-points?size=99999",
			"/api/key-points?page=abc", "/api/key-points?theme=%ff%fe" })
	void badPagingOrAnUnreadableQueryIsA400(String target) throws IOException {
		JsonNode error = error(target, 400);
		assertThat(error.get("message").asString()).doesNotContainIgnoringCase("exception");
	}

	static Stream<String> unknownThemes() {
		return Stream.of("%00", LONG_THEME, "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%27%20or%201%3D1--", "%20",
				"leadership&theme=no-such-theme", "leadership,health-and-care")
			.map(theme -> "/api/key-points?theme=" + theme);
	}

	@ParameterizedTest
	@MethodSource("unknownThemes")
	void unknownThemeIsA400NamingTheValidThemes(String target) throws IOException {
		String message = error(target, 400).get("message").asString();
		assertThat(message).startsWith("Unknown theme").contains(THEMES).hasSizeLessThan(600);
	}

	@Test
	void longUnknownSlugIsA404WhoseMessageIsCutShort() throws IOException {
		String message = error("/api/meetings/" + LONG_THEME, 404).get("message").asString();
		assertThat(message).startsWith("No meeting with slug 'aaa").hasSizeLessThan(200);
	}

	@Test
	void aThemeAskedForManyTimesIsAskedForOnce() throws IOException {
		String target = "/api/key-points?size=1" + "&theme=leadership".repeat(200);
		Response response = send(target);
		assertThat(response.status()).isEqualTo(200);
		long leadership = JSON.readTree(send("/api/key-points?theme=leadership").body())
			.get("total").asLong();
		assertThat(JSON.readTree(response.body()).get("total").asLong()).isEqualTo(leadership);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/search?q=%ff", "/search?q=%", "/search?q=a%2", "/search?q=%c0%ae", "/key-points?theme=%ff",
			"/search?q=trust&theme=%fe%ff", "/search/feed.atom?q=%ff" })
	void anUnreadableQueryStringOnAPageIsA400PageWithoutAStackTrace(String target, CapturedOutput output)
			throws IOException {
		Response response = send(target, "text/html,application/xhtml+xml");
		assertThat(response.status()).as(target).isEqualTo(400);
		assertThat(response.head()).containsIgnoringCase("Content-Type: text/html")
			.contains("Content-Security-Policy");
		assertThat(response.body()).contains("We could not answer that request").doesNotContain("Exception");
		assertThat(output.getAll()).doesNotContain("InvalidParameterException");
	}

	private JsonNode error(String target, int status) throws IOException {
		Response response = send(target);
		assertThat(response.status()).as(target).isEqualTo(status);
		assertThat(response.head()).as(target).containsIgnoringCase("Content-Type: application/json");
		JsonNode error = JSON.readTree(response.body());
		assertShape(error, ERROR);
		assertThat(error.get("status").asInt()).isEqualTo(status);
		return error;
	}

	/** HTTP/1.0, so that the body is not chunked, and the target is sent exactly as written. */
	private Response send(String target) throws IOException {
		return send(target, "*/*");
	}

	private Response send(String target, String accept) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			String request = "GET " + target + " HTTP/1.0\r\nHost: localhost\r\nAccept: " + accept + "\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			int end = raw.indexOf("\r\n\r\n");
			return new Response(Integer.parseInt(raw.substring(9, 12)), raw.substring(0, end), raw.substring(end + 4));
		}
	}

	record Response(int status, String head, String body) {
	}

}
