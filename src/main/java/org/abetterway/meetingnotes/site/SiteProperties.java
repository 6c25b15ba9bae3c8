package org.abetterway.meetingnotes.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the site names itself and where it is published.
 *
 * @param baseUrl the public address of the site for canonical links, e.g. {@code https://notes.example.org};
 * empty to use each request's own
 * @param siteName the name pages and feeds carry
 */
@ConfigurationProperties("notes")
public record SiteProperties(@DefaultValue("") String baseUrl,
		@DefaultValue("A Better Way meeting notes") String siteName) {
}
