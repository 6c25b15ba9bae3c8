package org.abetterway.meetingnotes.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * What link previews and search engines read from a page, picked out of the HTML the layout writes.
 */
final class PageHead {

	private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

	private static final Pattern CANONICAL = Pattern.compile("<link rel=\"canonical\" href=\"([^\"]*)\">");

	private static final Pattern JSON_LD = Pattern
		.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

	private static final Pattern KEY_POINT_ID = Pattern.compile("<li class=\"key-point\" id=\"([^\"]+)\">");

	private static final Pattern ANY_ID = Pattern.compile("\\sid=\"([^\"]+)\"");

	private final String html;

	PageHead(String html) {
		this.html = html;
	}

	Optional<String> title() {
		return first(TITLE);
	}

	Optional<String> canonical() {
		return first(CANONICAL);
	}

	/** {@code <meta name="description">} or {@code <meta property="og:title">}: the content, unescaped. */
	Optional<String> meta(String name) {
		String attribute = name.startsWith("og:") ? "property" : "name";
		return first(Pattern.compile("<meta " + attribute + "=\"" + Pattern.quote(name) + "\" content=\"([^\"]*)\">"));
	}

	List<String> jsonLd() {
		return all(JSON_LD, html);
	}

	List<String> keyPointIds() {
		return all(KEY_POINT_ID, html);
	}

	List<String> allIds() {
		return all(ANY_ID, html);
	}

	private Optional<String> first(Pattern pattern) {
		Matcher matcher = pattern.matcher(html);
		return matcher.find() ? Optional.of(HtmlUtils.htmlUnescape(matcher.group(1))) : Optional.empty();
	}

	private static List<String> all(Pattern pattern, String html) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(html);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
