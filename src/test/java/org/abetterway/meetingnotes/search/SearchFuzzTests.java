package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Thousands of random and adversarial searches, through MockMvc and byte for byte over a socket: never a server
 * error, never a stack trace. Seeded, so a failure can be replayed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "notes.watch=false")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class SearchFuzzTests {

	static final long SEED = 20_261_126L;

	static final int QUERIES = 3000;

	static final int RAW_TARGETS = 400;

	private static final List<String> FRAGMENTS = List.of("funders", "trust", "psychological safety", "NHS", "the",
			"of", "AND", "OR", "NOT", "&&", "||", "!", "+", "-", "(", ")", "{", "}", "[", "]", "^", "^10", "~", "~2",
			"*", "?", ":", "\\", "/", "\"", "'", "title:", "text:x", "[a TO z]", "{* TO *}", "/.*/", "a~0.5", "\"a b\"~3",
			"_exists_:x", "%", "%00", "%ff", "&", "=", ";", "#", "<script>", "${x}", "' OR 1=1 --", "\u0000", "\u0007",
			"\u001b[31m", "\uD800", "\uDFFF", "\uFEFF", "\u202E", "\u200B", "e\u0301", "🤝", "👩🏽‍⚕️", "信任", "ثقة", "\t",
			"\n", "\r\n", " ", "  ");

	private static final List<String> THEMES = List.of("leadership", "funding-and-commissioning", "health-and-care",
			"no-such-theme", "", "LEADERSHIP", "leadership,health-and-care", "../themes");

	private static final List<String> RAW_PIECES = List.of("%", "%f", "%ff", "%fe%ff", "%00", "%0", "%zz", "%c0%ae",
			"%e2%82", "%f0%9f%a4%9d", "%ed%a0%80", "%2", "%25", "%%", "+", "&", "&&", "=", "==", ";", "%3B", "%26", "%3D",
			"funders", "trust", "%22psychological%20safety%22", "%5B", "%5D", "%7B", "%28", "a~", "%5C", "*", "?",
			"%0d%0a", "%u0041", "%C3%A9", "\u00e9", "\u00ff", "~", "!", "'", "%27", "<", ">", "|", "^", "`", "{", "}");

	private static final List<String> RAW_PATHS = List.of("/search", "/api/search", "/key-points", "/api/key-points",
			"/meetings", "/themes");

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void randomAndAdversarialSearchesAreNeverAServerError() throws Exception {
		Random random = new Random(SEED);
		int found = 0;
		for (int i = 0; i < QUERIES; i++) {
			String query = query(random);
			boolean api = random.nextBoolean();
			MockHttpServletRequestBuilder request = get(api ? "/api/search" : "/search").param("q", query);
			for (int themes = random.nextInt(4) - 1; themes > 0; themes--) {
				request.param("theme", random.nextInt(4) == 0 ? query(random) : pick(THEMES, random));
			}
			if (random.nextInt(5) == 0) {
				request.param(random.nextBoolean() ? "page" : "size", pick(List.of("-1", "0", "1", "2", "500", "501",
						"99999999999", "abc", "", "1e3", " 1"), random));
			}
			if (random.nextInt(8) == 0) {
				request.param(random.nextBoolean() ? "speaker" : "meeting", query(random));
			}
			MvcResult result = mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			assertThat(status).as("%s %s", api ? "/api/search" : "/search", query).isIn(200, 400);
			String body = result.getResponse().getContentAsString();
			assertThat(body).as(query).doesNotContain("Exception", "\tat org.");
			if (api && status == 200 && !body.contains("\"total\":0,")) {
				found++;
			}
		}
		assertThat(found).as("searches that found something").isGreaterThan(QUERIES / 100);
	}

	@Test
	void rawUndecodableQueryStringsAreAnswered4xxWithoutAStackTrace(CapturedOutput output) throws IOException {
		Random random = new Random(SEED);
		for (int i = 0; i < RAW_TARGETS; i++) {
			StringBuilder target = new StringBuilder(pick(RAW_PATHS, random)).append('?');
			target.append(pick(List.of("q=", "theme=", "page=", "q=trust&theme=", "", "q"), random));
			for (int pieces = 1 + random.nextInt(6); pieces > 0; pieces--) {
				target.append(pick(RAW_PIECES, random));
			}
			Response response = send(target.toString());
			assertThat(response.status()).as(target.toString()).isBetween(200, 499);
			assertThat(response.body()).as(target.toString()).doesNotContain("Exception", "\tat org.", "Apache Tomcat");
		}
		assertThat(output.getAll()).as("a stack trace in the log").doesNotContain("\tat org.apache.catalina");
	}

	private static String query(Random random) {
		return switch (random.nextInt(6)) {
			case 0 -> randomCodeUnits(random, 1 + random.nextInt(40));
			case 1 -> randomCodeUnits(random, 1 + random.nextInt(6000));
			case 2, 3 -> {
				StringBuilder query = new StringBuilder();
				for (int pieces = 1 + random.nextInt(8); pieces > 0; pieces--) {
					query.append(pick(FRAGMENTS, random)).append(random.nextBoolean() ? " " : "");
				}
				yield query.toString();
			}
			case 4 -> pick(FRAGMENTS, random).repeat(1 + random.nextInt(2000));
			default -> "%" + Integer.toHexString(random.nextInt(256)) + pick(FRAGMENTS, random) + "%";
		};
	}

	/** Any UTF-16 code units: lone surrogates, controls and unassigned code points included. */
	private static String randomCodeUnits(Random random, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(4);
			text.append(kind == 0 ? (char) random.nextInt(0x20) : kind == 1 ? (char) (0x20 + random.nextInt(0x60))
					: (char) random.nextInt(0x10000));
		}
		return text.toString();
	}

	private static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	/** HTTP/1.0, so that the body is not chunked, and the target sent as it is, bytes above 0x7f included. */
	private Response send(String target) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			String request = "GET " + target + " HTTP/1.0\r\nHost: localhost\r\nAccept: text/html\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			InputStream in = socket.getInputStream();
			String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int end = raw.indexOf("\r\n\r\n");
			assertThat(end).as("a whole response to " + target).isPositive();
			return new Response(Integer.parseInt(raw.substring(9, 12)), raw.substring(end + 4));
		}
	}

	record Response(int status, String body) {
	}

}
