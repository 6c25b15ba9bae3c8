package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Whatever is typed into the box, or put in the address, the answer is never a server error. The site as it runs,
 * in the context the other MockMvc tests of the whole site share.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileQueriesTests {

	static final List<String> QUERIES = List.of("", " ", "\"", "\"psychological safety", "safety\"", "\"\"", "((((",
			"))", "[trust", "{funders}", "title:x AND (", "text:funders", "*", "?", "~", "funders~2", "trust^10",
			"\\", "\\\\\\", "/regex.*/", "+", "-", "--", "- -", "-\"\"", "-trust", "-\"psychological safety\"",
			"NOT", "OR", "AND", "OR OR OR", "trust OR", "OR trust", "AND NOT OR", "&&||!", "!trust", "a:b:c:d",
			"x".repeat(5000), "trust ".repeat(1000), "pyschological ".repeat(40), "zqxjzqxjzqxj ".repeat(30),
			"🤝", "trust 🤝 partners 👩🏽‍⚕️", "\u0000", "tr\u0000ust\u0007\u001b[31m", "\uD800", "\uDC00trust",
			"\u202Etrust", "e\u0301quipe", "\u00A0funders\u00A0", "信任 合作", "ثقة", "<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "${7*7}", "[[${7*7}]]", "__${T(java.lang.Runtime)}__",
			"%00", "%", "%%", "..%2F..%2Fetc%2Fpasswd", "a\nb\r\nc\td", "the", "what did we say about",
			"\"the of and\"", "-the", "NHS -NHS", "\"" + "very ".repeat(200) + "long phrase\"");

	static Stream<String> queries() {
		return QUERIES.stream();
	}

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@MethodSource("queries")
	void theSearchPageNeverFails(String query) throws Exception {
		assertNoServerError(get("/search").param("q", query));
		assertNoServerError(get("/search").param("q", query).param("theme", query).param("speaker", query)
			.param("meeting", query));
	}

	@ParameterizedTest
	@MethodSource("queries")
	void theApiNeverFails(String query) throws Exception {
		assertNoServerError(get("/api/search").param("q", query));
		assertNoServerError(get("/api/search").param("q", query).param("theme", query).param("speaker", query)
			.param("meeting", query));
	}

	@ParameterizedTest
	@MethodSource("badPaging")
	void badPagingIsNeverAServerError(String page, String size) throws Exception {
		assertNoServerError(get("/search").param("q", "trust").param("page", page).param("size", size));
		MvcResult api = mvc.perform(get("/api/search").param("q", "trust").param("page", page).param("size", size))
			.andReturn();
		assertThat(api.getResponse().getStatus()).isIn(200, 400);
	}

	static Stream<org.junit.jupiter.params.provider.Arguments> badPaging() {
		return Stream.of(args("-1", "20"), args("0", "0"), args("0", "-5"), args("0", "501"), args("0", "100000"),
				args("abc", "20"), args("0", "abc"), args("99999999999", "20"), args("2147483647", "500"),
				args("10000", "500"), args("", ""), args("1.5", "2e3"));
	}

	private static org.junit.jupiter.params.provider.Arguments args(String page, String size) {
		return org.junit.jupiter.params.provider.Arguments.of(page, size);
	}

	private void assertNoServerError(MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getRequest().getQueryString()).isLessThan(500);
	}

}
