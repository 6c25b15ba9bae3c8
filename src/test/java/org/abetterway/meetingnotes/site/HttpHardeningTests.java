package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class HttpHardeningTests {

	@Autowired
	MockMvc mvc;

	@Test
	void everyResponseCarriesTheProtectiveHeaders() throws Exception {
		mvc.perform(get("/"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("script-src 'self'"),
							org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
							org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("unsafe-inline")))))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().exists("Referrer-Policy"))
			.andExpect(header().exists("Permissions-Policy"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND" })
	void methodsAReaderNeverUsesAre405(String method) throws Exception {
		mvc.perform(request(HttpMethod.valueOf(method), "/")).andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", "GET, HEAD, OPTIONS"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST", "PUT", "DELETE", "PATCH" })
	void methodsOtherThanReadingAreJson405sUnderTheApi(String method) throws Exception {
		mvc.perform(request(HttpMethod.valueOf(method), "/api/meetings")).andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", "GET, HEAD, OPTIONS"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.status").value(405))
			.andExpect(jsonPath("$.message").value("The API is read-only: use GET"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/nope", "/api/meetings/a/b", "/api/", "/api/search/more" })
	void unknownApiAddressesAreJson404s(String path) throws Exception {
		mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("No API resource at '" + path)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/h2-console", "/actuator/env", "/actuator/beans", "/actuator/heapdump",
			"/actuator/configprops", "/actuator/mappings", "/actuator" })
	void internalEndpointsAreNotExposed(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void healthIsExposedWithoutDetails() throws Exception {
		MvcResult result = mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andReturn();
		assertThat(result.getResponse().getContentAsString()).contains("UP").doesNotContain("components");
	}

}
