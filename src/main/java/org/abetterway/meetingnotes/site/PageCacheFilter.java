package org.abetterway.meetingnotes.site;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Every page and API answer depends only on the imported notes, so each one is rendered once per import: a
 * reader's browser gets a 304 while the notes have not changed, and everyone else the bytes rendered last time.
 */
class PageCacheFilter extends OncePerRequestFilter {

	/**
	 * An eighth of the heap, at most 64 MB: searches with new words keep arriving and each is cached, so a larger
	 * share would leave the collector too little room and the process would grow with the heap it needs.
	 */
	static final long MAX_CACHED_BYTES = Math.min(64L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);

	private static final int MAX_PAGE_BYTES = 1024 * 1024;

	/** When the site last changed in this process: pages and answers made before then are stale. */
	private volatile Instant lastChange = Instant.now();

	/** When the notes last changed, the pages' {@code Last-Modified}; null until the first import says. */
	private volatile Instant notesChanged;

	private final Cache<String, CachedPage> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_CACHED_BYTES)
		.weigher((String key, CachedPage page) -> key.length() + page.body().length)
		.build();

	/**
	 * Addresses rendered once since the last import. A page is kept only when it is asked for a second time, so
	 * that searches nobody repeats do not fill the cache and the heap with pages that are never read again.
	 */
	private final Cache<String, Boolean> askedOnce = Caffeine.newBuilder().maximumSize(10_000).build();

	/** The pages being rendered now, for the readers who ask for one of them meanwhile. */
	private final ConcurrentMap<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

	/** Last, so that everything the pages are made from is up to date before they are made again. */
	@EventListener
	@Order(Ordered.LOWEST_PRECEDENCE)
	void contentChanged(ContentChanged change) {
		notesChanged = change.notesChangedAt();
		lastChange = change.changedAt();
	}

	@EventListener
	void derivedContentChanged(DerivedContentChanged change) {
		lastChange = change.changedAt();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI();
		// the import report changes when a file breaks, which leaves the stored notes as they were; a meeting's
		// Markdown is its file as it is now, with the file's name in a header that a cached page would not keep
		return !("GET".equals(method) || "HEAD".equals(method)) || path.startsWith("/actuator")
				|| path.startsWith("/assets/") || path.endsWith("/import-report") || path.endsWith(".md");
	}

	/**
	 * The validators come from what is served, never from the clock: the {@code ETag} is a hash of the page, and
	 * {@code Last-Modified} when the notes last changed. So every instance serving the same notes, before and after a
	 * restart, answers a browser's or a proxy's revalidation alike.
	 */
	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Instant version = lastChange;
		Instant lastModified = notesChanged;
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		String key = version.toEpochMilli() + " " + request.getScheme() + "://" + request.getServerName() + ":"
				+ request.getServerPort() + request.getRequestURI() + "?" + query(request);
		boolean get = "GET".equals(request.getMethod());
		CachedPage cached = pages.getIfPresent(key);
		if (cached == null) {
			// a HEAD is answered as the GET of the same page, without its body, so that it has the same ETag
			cached = renderOnce(key, version, get ? request : asGet(request), response, chain);
			if (cached == null) {
				return;
			}
		}
		if (new ServletWebRequest(request, response).checkNotModified(cached.etag(),
				lastModified == null ? -1 : lastModified.toEpochMilli())) {
			return;
		}
		response.setContentType(cached.contentType());
		response.setContentLength(cached.body().length);
		if (get) {
			response.getOutputStream().write(cached.body());
		}
	}

	/**
	 * Renders a page that is not cached, or waits for the same page being rendered for another reader: right after an
	 * import, many readers asking for one page at once would otherwise each render it. Returns the page to send, or
	 * null once this request's own response has been sent because it is not a page to share (an error, say).
	 */
	private CachedPage renderOnce(String key, Instant version, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		CompletableFuture<CachedPage> mine = new CompletableFuture<>();
		CompletableFuture<CachedPage> other = rendering.putIfAbsent(key, mine);
		if (other != null) {
			CachedPage page = other.join();
			if (page != null) {
				return page;
			}
			// that answer was not a page to share, an error for instance: this request gets its own
			chain.doFilter(request, response);
			return null;
		}
		CachedPage page = null;
		try {
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentType() != null
					&& wrapper.getContentSize() <= MAX_PAGE_BYTES) {
				page = CachedPage.of(wrapper.getContentType(), wrapper.getContentAsByteArray());
				if (version.equals(lastChange) && askedOnce.asMap().put(key, Boolean.TRUE) != null) {
					pages.put(key, page);
					askedOnce.invalidate(key);
				}
				return page;
			}
			wrapper.copyBodyToResponse();
			return null;
		}
		finally {
			share(key, mine, page);
		}
	}

	private static HttpServletRequest asGet(HttpServletRequest request) {
		return new HttpServletRequestWrapper(request) {

			@Override
			public String getMethod() {
				return "GET";
			}

		};
	}

	private void share(String key, CompletableFuture<CachedPage> rendered, CachedPage page) {
		rendering.remove(key, rendered);
		rendered.complete(page);
	}

	/** The query string, or for a request built with parameters but none (as MockMvc builds them), the parameters. */
	private static String query(HttpServletRequest request) {
		if (request.getQueryString() != null) {
			return request.getQueryString();
		}
		StringBuilder parameters = new StringBuilder();
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				parameters.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
			}
		});
		return parameters.toString();
	}

	private record CachedPage(String contentType, byte[] body, String etag) {

		static CachedPage of(String contentType, byte[] body) {
			return new CachedPage(contentType, body, "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"");
		}

	}

}
