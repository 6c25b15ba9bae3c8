package org.abetterway.meetingnotes.site;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the page cache for the running application only (slice tests render every page afresh); turn it off with
 * {@code notes.page-cache=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "notes.page-cache", havingValue = "true", matchIfMissing = true)
class PageCacheConfiguration {

	@Bean
	PageCacheFilter pageCacheFilter() {
		return new PageCacheFilter();
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilterRegistration(PageCacheFilter filter) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
