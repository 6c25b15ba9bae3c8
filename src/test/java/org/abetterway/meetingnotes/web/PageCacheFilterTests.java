package org.abetterway.meetingnotes.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;

import org.abetterway.meetingnotes.notes.NotesVersion;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Which pages the cache keeps: those asked for again, not searches nobody repeats.
 */
class PageCacheFilterTests {

	PageCacheFilter filter = new PageCacheFilter(new NotesVersion());

	AtomicInteger renders = new AtomicInteger();

	FilterChain page = (request, response) -> {
		renders.incrementAndGet();
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(("<p>" + renders.get() + "</p>").getBytes(StandardCharsets.UTF_8));
	};

	@Test
	void aPageAskedForAgainIsKeptAndServedWithoutRenderingIt() throws Exception {
		assertThat(get("/meetings/a")).isEqualTo("<p>1</p>");
		assertThat(get("/meetings/a")).isEqualTo("<p>2</p>");
		assertThat(get("/meetings/a")).isEqualTo("<p>2</p>");
		assertThat(get("/meetings/a")).isEqualTo("<p>2</p>");
		assertThat(renders).hasValue(2);
	}

	@Test
	void searchesAskedForOnceAreNotKept() throws Exception {
		for (int i = 0; i < 50; i++) {
			get("/search?q=word" + i);
		}
		assertThat(renders).hasValue(50);
		assertThat(get("/search?q=word7")).isEqualTo("<p>51</p>");
		assertThat(get("/search?q=word7")).isEqualTo("<p>51</p>");
	}

	private String get(String target) throws Exception {
		String[] parts = target.split("\\?", 2);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
		if (parts.length > 1) {
			request.setQueryString(parts[1]);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, page);
		return response.getContentAsString();
	}

}
