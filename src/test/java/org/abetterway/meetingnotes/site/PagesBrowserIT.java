package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.abetterway.meetingnotes.notes.HostileNotes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Every page type in Chromium: no console errors (a Content-Security-Policy violation is one), nothing axe-core
 * finds against WCAG 2.1 A and AA, and no sideways scrolling on a 360 px wide phone.
 */
class PagesBrowserIT extends BrowserTestSupport {

	/** A key point's own page, the address shared for it: one without a bold title, and one with. */
	static final String SHARED_POINT = "/meetings/joining-forces-unequal-alliances/key-points/most-can-be";

	static final String SHARED_TITLED_POINT = "/meetings/joining-forces-learning-from-campaigns/key-points/"
			+ "resources-to-manage";

	@ParameterizedTest
	@ValueSource(strings = { "/", "/meetings/joining-forces-imbalances-and-inequalities", "/key-points",
			"/key-points?theme=health-and-care&theme=leadership", "/themes", "/themes/leadership", "/speakers",
			"/speakers/cate-newnes-smith", "/search", "/search?q=funders", "/search?q=zzzz", "/import-report",
			"/meetings/" + HostileNotes.HOSTILE_SLUG, "/meetings/" + HostileNotes.WINDOWS_SLUG, SHARED_POINT,
			SHARED_TITLED_POINT })
	void pageHasNoConsoleErrorsNorAccessibilityViolations(String path) {
		open(path, 1280);
		assertThat(browser.consoleErrors()).as("console of " + path).isEmpty();
		assertThat(browser.accessibilityViolations()).as("axe-core on " + path).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/no-such-page", "/meetings/no-such-meeting", "/search?q=%ff" })
	void errorPagesHaveNoConsoleErrorsBesideTheirStatusNorAccessibilityViolations(String path) {
		open(path, 1280);
		// the browser reports the page's own 404 or 400 as an error; anything else would be a fault of the page
		assertThat(browser.consoleErrors()).as("console of " + path)
			.allMatch(message -> message.startsWith(address(path) + " - Failed to load resource: the server "
					+ "responded with a status of 4"))
			.hasSize(1);
		assertThat(driver().getTitle()).containsAnyOf("Page not found", "Request not understood");
		assertThat(browser.accessibilityViolations()).as("axe-core on " + path).isEmpty();
	}

	@Test
	void hostileNotesRunNoScriptAndKeepNoUnsafeAddressInTheBrowser() {
		open("/meetings/" + HostileNotes.HOSTILE_SLUG, 1280);
		assertThat(driver().getTitle()).startsWith("Hostile <script>").doesNotContain("pwned");
		assertThat(browser.script("""
				return document.querySelectorAll('script:not([src]):not([type="application/ld+json"]), iframe, svg, '
				  + 'object, embed, [onerror], [onload], [onclick], [onmouseover], [style]').length;""")).isEqualTo(0L);
		@SuppressWarnings("unchecked")
		List<String> protocols = (List<String>) browser
			.script("return [...document.querySelectorAll('a[href], [src]')].map(e => new URL(e.href || e.src).protocol);");
		assertThat(protocols).isNotEmpty().allSatisfy(protocol -> assertThat(protocol).isIn("http:", "https:", "mailto:"));
		assertThat(driver().findElement(By.tagName("main")).getText())
			.contains("<script>alert('summary')</script>", "<div onmouseover=\"alert('div')\">hover me</div>");
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void theChecksThemselvesCatchABlockedScriptAndAMissingAlternativeText() {
		open("/themes", 1280);
		browser.script("""
				const script = document.createElement('script');
				script.textContent = 'document.title = "inline script ran"';
				document.body.append(script);
				const image = document.createElement('img');
				image.src = '/assets/none.png';
				document.querySelector('main').append(image);""");
		assertThat(driver().getTitle()).doesNotContain("inline script ran");
		assertThat(browser.consoleErrors()).anyMatch(message -> message.contains("Content Security Policy"));
		assertThat(browser.accessibilityViolations()).anyMatch(violation -> violation.startsWith("image-alt"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/meetings/joining-forces-imbalances-and-inequalities",
			"/meetings/joining-forces-building-systems-leadership-into-job-roles-at-all-levels",
			"/key-points?theme=health-and-care", "/themes", "/themes/partnership-working", "/speakers",
			"/speakers/cate-newnes-smith", "/search?q=funders", "/search?q=zzzz", "/no-such-page", "/search?q=%ff",
			"/import-report", "/meetings/" + HostileNotes.HOSTILE_SLUG, SHARED_POINT, SHARED_TITLED_POINT })
	void pageFitsA360PixelScreenWithoutScrollingSideways(String path) {
		open(path, 360);
		Map<String, Object> viewport = browser.viewport();
		assertThat(number(viewport.get("clientWidth"))).as("the window is a phone's").isBetween(300L, 360L);
		assertThat(number(viewport.get("scrollWidth"))).as("width of " + path)
			.isLessThanOrEqualTo(number(viewport.get("clientWidth")));
		assertThat(browser.accessibilityViolations()).as("axe-core at 360 px on " + path).isEmpty();
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}


}
