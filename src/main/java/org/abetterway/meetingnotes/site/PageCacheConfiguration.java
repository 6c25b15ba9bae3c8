package org.abetterway.meetingnotes.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the page cache for the running application only (slice tests render every page afresh); turn it off with
 * {@code notes.page-cache=false}, which is read when the app runs, not when it is built, so that the same jar obeys it
 * with the beans worked out ahead of time ({@code spring.aot.enabled}).
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	PageCacheFilter pageCacheFilter() {
		return new PageCacheFilter();
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilterRegistration(PageCacheFilter filter,
			@Value("${notes.page-cache:true}") boolean enabled) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setEnabled(enabled);
		return registration;
	}

}
