package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of recurring ideas in Chromium once they are gathered, a moment after the notes are imported: no console
 * errors, nothing axe-core finds against WCAG 2.1 A and AA, and no sideways scrolling on a 360 px wide phone.
 */
class IdeasBrowserIT extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { 1280, 360 })
	void thePageOfIdeasHasNoAccessibilityViolationsAndFitsTheScreen(int width) {
		for (String path : new String[] { "/ideas", "/ideas?theme=targets-and-measurement" }) {
			new WebDriverWait(driver(), Duration.ofSeconds(30)).until(driver -> {
				open(path, width);
				return !driver.getPageSource().contains("being gathered");
			});
			assertThat(driver().findElements(By.cssSelector("article.idea"))).as("ideas on " + path).isNotEmpty();
			assertThat(browser.consoleErrors()).as("console of " + path).isEmpty();
			assertThat(browser.accessibilityViolations()).as("axe-core at " + width + " px on " + path).isEmpty();
			Map<String, Object> viewport = browser.viewport();
			assertThat(((Number) viewport.get("scrollWidth")).longValue()).as("width of " + path)
				.isLessThanOrEqualTo(((Number) viewport.get("clientWidth")).longValue());
		}
	}

}
