package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The pages that show the notes at a glance, on a 360 px wide phone in Chromium: the theme map on the themes and a
 * speaker's page, and a long meeting with its contents list, checked by axe-core against WCAG 2.1 A and AA.
 */
class ThemeMapBrowserIT extends BrowserTestSupport {

	static final String LONG_MEETING = "/meetings/joining-forces-imbalances-and-inequalities";

	@ParameterizedTest
	@ValueSource(strings = { "/themes", "/speakers/cate-newnes-smith", LONG_MEETING,
			"/key-points?theme=partnership-working&meeting=joining-forces-imbalances-and-inequalities" })
	void pageFitsAPhoneWithNoAccessibilityViolation(String path) {
		open(path, 360);
		Map<String, Object> viewport = browser.viewport();
		assertThat(number(viewport.get("scrollWidth"))).as("width of " + path)
			.isLessThanOrEqualTo(number(viewport.get("clientWidth")));
		assertThat(browser.accessibilityViolations()).as("axe-core at 360 px on " + path).isEmpty();
		assertThat(browser.consoleErrors()).as("console of " + path).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/themes", "/speakers/cate-newnes-smith" })
	void theMapScrollsInItsOwnBoxKeepingTheMeetingsInView(String path) {
		open(path, 360);
		WebElement box = driver().findElement(By.cssSelector(".theme-map-scroll"));
		assertThat(number(browser.script("return arguments[0].scrollWidth - arguments[0].clientWidth;", box)))
			.as("the map is wider than the phone").isGreaterThan(100L);
		WebElement meeting = driver().findElement(By.cssSelector(".theme-map tbody th"));
		WebElement lastCell = driver().findElement(By.cssSelector(".theme-map tbody tr td:last-child"));
		long meetingLeft = left(meeting);
		long cellLeft = left(lastCell);

		browser.script("arguments[0].scrollLeft = arguments[0].scrollWidth;", box);

		assertThat(left(meeting)).as("the meeting column stays put").isEqualTo(meetingLeft);
		assertThat(left(lastCell)).as("the cells scroll").isLessThan(cellLeft - 100);
		assertThat(browser.viewport().get("scrollWidth")).isEqualTo(browser.viewport().get("clientWidth"));
	}

	@Test
	void aMapCellTakesTheReaderToThoseKeyPoints() {
		open("/themes", 1280);
		WebElement cell = driver().findElement(By.cssSelector(".theme-map td.shade-4 a"));
		String count = cell.getText();
		cell.click();
		waitUntilLoaded();
		assertThat(driver().getCurrentUrl()).contains("/key-points?theme=").contains("&meeting=");
		assertThat(driver().findElements(By.cssSelector("main li.key-point"))).hasSize(Integer.parseInt(count));
	}

	@Test
	void theContentsListTakesTheReaderToASection() {
		open(LONG_MEETING, 360);
		WebElement link = driver().findElement(By.linkText("Embracing conflict"));
		link.click();
		assertThat(driver().getCurrentUrl()).endsWith("#section-embracing-conflict");
		Number top = (Number) browser.script(
				"return document.getElementById('section-embracing-conflict').getBoundingClientRect().top;");
		assertThat(top.doubleValue()).as("the heading is at the top of the window").isBetween(-1.0, 50.0);
	}

	private static long left(WebElement element) {
		return number(browser.script("return Math.round(arguments[0].getBoundingClientRect().left);", element));
	}

	private static long number(Object value) {
		return ((Number) value).longValue();
	}

}
