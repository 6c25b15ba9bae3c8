package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Which pages the cache keeps: those asked for again, not searches nobody repeats.
 */
class PageCacheFilterTests {

	PageCacheFilter filter = new PageCacheFilter();

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

	@Test
	void readersAskingForAPageBeingRenderedWaitForItInsteadOfRenderingItAgain() throws Exception {
		CountDownLatch rendering = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		FilterChain slowPage = (request, response) -> {
			renders.incrementAndGet();
			rendering.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write("<p>slow</p>".getBytes(StandardCharsets.UTF_8));
		};
		CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> get("/themes", slowPage));
		assertThat(rendering.await(10, TimeUnit.SECONDS)).isTrue();
		AtomicReference<Thread> waiter = new AtomicReference<>();
		CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> {
			waiter.set(Thread.currentThread());
			return get("/themes", slowPage);
		});
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while ((waiter.get() == null || waiter.get().getState() != Thread.State.WAITING) && System.nanoTime() < deadline) {
			Thread.sleep(5);
		}
		release.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("<p>slow</p>");
		assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("<p>slow</p>");
		assertThat(renders).hasValue(1);
	}

	@Test
	void theETagIsAHashOfThePageSoEveryInstanceGivesTheSameOne() throws Exception {
		PageCacheFilter other = new PageCacheFilter();
		String etag = response(filter, "/themes", fixed("<p>themes</p>"), null).getHeader("ETag");
		assertThat(etag).startsWith("W/\"");
		assertThat(response(other, "/themes", fixed("<p>themes</p>"), null).getHeader("ETag")).isEqualTo(etag);
		assertThat(response(other, "/themes", fixed("<p>themes</p>"), null).getHeader("ETag")).isEqualTo(etag);
		assertThat(response(new PageCacheFilter(), "/themes", fixed("<p>other themes</p>"), null).getHeader("ETag"))
			.isNotEqualTo(etag);
	}

	@Test
	void aHeadRequestGetsTheETagOfThePageWithoutItsBodyWhetherItIsCachedOrNot() throws Exception {
		MockHttpServletResponse head = response(filter, "HEAD", "/themes", fixed("<p>themes</p>"), null);
		assertThat(head.getContentAsString()).isEmpty();
		assertThat(head.getHeader("ETag")).startsWith("W/\"")
			.isEqualTo(response(new PageCacheFilter(), "/themes", fixed("<p>themes</p>"), null).getHeader("ETag"));
		assertThat(head.getContentLength()).isEqualTo("<p>themes</p>".length());
		response(filter, "/themes", fixed("<p>themes</p>"), null);
		MockHttpServletResponse cached = response(filter, "HEAD", "/themes", fixed("<p>not asked</p>"), null);
		assertThat(cached.getHeader("ETag")).isEqualTo(head.getHeader("ETag"));
		assertThat(cached.getContentAsString()).isEmpty();
	}

	@Test
	void aBrowserThatHasThePageGetsA304WhetherItIsCachedOrNot() throws Exception {
		String etag = response(filter, "/themes", page, null).getHeader("ETag");
		MockHttpServletResponse rendered = response(filter, "/themes", fixed("<p>1</p>"), etag);
		assertThat(rendered.getStatus()).isEqualTo(304);
		assertThat(rendered.getContentAsString()).isEmpty();
		MockHttpServletResponse cached = response(filter, "/themes", page, etag);
		assertThat(cached.getStatus()).isEqualTo(304);
		assertThat(response(filter, "/themes", page, "W/\"stale\"").getContentAsString()).isEqualTo("<p>1</p>");
	}

	@Test
	void lastModifiedIsWhenTheNotesChangedNeverTheClock() throws Exception {
		Instant notesChanged = Instant.parse("2021-06-15T08:30:00Z");
		filter.contentChanged(new ContentChanged(Instant.now(), notesChanged));
		assertThat(response(filter, "/", page, null).getDateHeader("Last-Modified"))
			.isEqualTo(notesChanged.toEpochMilli());
		filter.contentChanged(new ContentChanged(Instant.now(), null));
		assertThat(response(filter, "/", page, null).getHeader("Last-Modified")).isNull();
	}

	private static FilterChain fixed(String body) {
		return (request, response) -> {
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
		};
	}

	private static MockHttpServletResponse response(PageCacheFilter filter, String path, FilterChain chain,
			String ifNoneMatch) throws Exception {
		return response(filter, "GET", path, chain, ifNoneMatch);
	}

	private static MockHttpServletResponse response(PageCacheFilter filter, String method, String path,
			FilterChain chain, String ifNoneMatch) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (ifNoneMatch != null) {
			request.addHeader("If-None-Match", ifNoneMatch);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response;
	}

	private String get(String target) throws Exception {
		return get(target, page);
	}

	private String get(String target, FilterChain chain) {
		String[] parts = target.split("\\?", 2);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", parts[0]);
		if (parts.length > 1) {
			request.setQueryString(parts[1]);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		try {
			filter.doFilter(request, response, chain);
			return response.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
