package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A link to a key point, opened in a real browser: it lands on the point, shows it, and its control copies the
 * point's public address.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "notes.base-url=https://notes.example.org")
class PermalinkBrowserIT {

	/** The longest seeded meeting, so that its later points are well below the first screen. */
	static final String SLUG = "joining-forces-learning-from-campaigns";

	@LocalServerPort
	int port;

	@Autowired
	KeyPointRepository keyPoints;

	@Autowired
	MeetingRepository meetings;

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 360 })
	void openingALinkToAKeyPointScrollsToItHighlightsItAndFocusesIt(int width) {
		List<KeyPoint> points = keyPoints.findWithThemesByMeeting(meetings.findBySlug(SLUG).orElseThrow());
		String target = points.get(points.size() - 2).getAnchor();
		String other = points.get(0).getAnchor();
		try (Browser browser = Browser.open(width, 800)) {
			// headless Chromium keeps its window at least 500 px wide; a phone's width needs emulating
			((ChromiumDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 600));
			browser.driver().get(address("/meetings/" + SLUG + "#" + target));
			waitUntilLoaded(browser);

			@SuppressWarnings("unchecked")
			Map<String, Object> place = (Map<String, Object>) browser.script("""
					const r = document.getElementById(arguments[0]).getBoundingClientRect();
					return {top: r.top, bottom: r.bottom, viewport: window.innerHeight, scrolled: window.scrollY};""",
					target);
			assertThat(browser.script("return window.innerWidth;")).isEqualTo((long) width);
			assertThat(number(place, "scrolled")).as("scrolled down").isPositive();
			assertThat(number(place, "top")).as("top of the point").isBetween(0.0, number(place, "viewport") / 2);
			assertThat(browser.script("return document.getElementById(arguments[0]).matches(':target');", target))
				.isEqualTo(true);
			assertThat(browser.script("return document.activeElement.id;")).isEqualTo(target);
			assertThat(look(browser, target)).isNotEqualTo(look(browser, other));
			assertThat(browser.consoleErrors()).isEmpty();
			assertThat(browser.accessibilityViolations()).isEmpty();
			assertThat(browser.viewport().get("scrollWidth")).isEqualTo(browser.viewport().get("clientWidth"));
		}
	}

	@Test
	void theLinkControlCopiesThePointsOwnPublicAddressAndSaysSo() {
		String target = keyPoints.findWithThemesByMeeting(meetings.findBySlug(SLUG).orElseThrow()).get(2).getAnchor();
		String page = address("/meetings/" + SLUG);
		try (Browser browser = Browser.open(1280, 800)) {
			((ChromiumDriver) browser.driver()).executeCdpCommand("Browser.grantPermissions",
					Map.of("origin", address(""), "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
			browser.driver().get(page);
			waitUntilLoaded(browser);
			WebElement control = browser.driver().findElement(By.id(target)).findElement(By.className("point-link"));
			assertThat(control.getText()).startsWith("Copy link to this point");
			assertThat(control.getAttribute("role")).isEqualTo("button");

			control.click();

			WebElement status = browser.driver().findElement(By.id(target)).findElement(By.cssSelector("[role=status]"));
			new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> !status.getText().isEmpty());
			assertThat(status.getText()).isEqualTo("Link copied");
			Object copied = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
					const done = arguments[arguments.length - 1];
					navigator.clipboard.readText().then(done, e => done('could not read the clipboard: ' + e));""");
			assertThat(copied).isEqualTo("https://notes.example.org/meetings/" + SLUG + "/key-points/" + target);
			assertThat(browser.driver().getCurrentUrl()).isEqualTo(page);
			assertThat(browser.consoleErrors()).isEmpty();
		}
	}

	private String address(String path) {
		return "http://localhost:" + port + path;
	}

	private static void waitUntilLoaded(Browser browser) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
			.until(driver -> "complete".equals(browser.script("return document.readyState;")));
	}

	/** What sets a point apart to the eye: its background, left border and ring. */
	private static Object look(Browser browser, String id) {
		return browser.script("""
				const style = getComputedStyle(document.getElementById(arguments[0]));
				return [style.backgroundColor, style.borderLeftColor, style.boxShadow].join(' | ');""", id);
	}

	private static double number(Map<String, Object> values, String name) {
		return ((Number) values.get(name)).doubleValue();
	}

}
