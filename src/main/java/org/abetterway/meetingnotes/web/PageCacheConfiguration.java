package org.abetterway.meetingnotes.web;

import org.abetterway.meetingnotes.notes.NotesVersion;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers the page cache for the running application only (slice tests have no version); turn it off with
 * {@code notes.page-cache=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "notes.page-cache", havingValue = "true", matchIfMissing = true)
class PageCacheConfiguration {

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(NotesVersion version) {
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(new PageCacheFilter(version));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
