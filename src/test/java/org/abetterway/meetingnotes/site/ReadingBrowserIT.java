package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader does with the pages in Chromium: search from the header, narrow by theme, follow a key point's link.
 */
class ReadingBrowserIT extends BrowserTestSupport {

	private static final Pattern COUNT = Pattern.compile("(\\d+) (?:key points?|results?)");

	@AfterEach
	void noConsoleErrors() {
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void searchingFromTheHeaderBoxLandsOnResultsWithTheWordsMarked() {
		open("/themes");
		WebElement box = driver().findElement(By.id("site-search"));
		box.sendKeys("funders", Keys.ENTER);
		waitFor(ExpectedConditions.urlContains("/search?q=funders"));
		waitUntilLoaded();

		assertThat(count(driver().findElement(By.id("results-heading")))).isPositive();
		List<WebElement> marks = driver().findElements(By.cssSelector(".results mark"));
		assertThat(marks).isNotEmpty().allSatisfy(mark -> assertThat(mark.getText()).containsIgnoringCase("funder"));
		assertThat(driver().findElement(By.id("q")).getDomProperty("value")).isEqualTo("funders");
	}

	@Test
	void tickingThemesOnTheKeyPointsPageNarrowsTheList() {
		open("/key-points");
		int all = count(driver().findElement(By.className("result-count")));

		driver().findElement(By.cssSelector("label[for='theme-health-and-care']")).click();
		submit(".theme-picker button[type='submit']", "theme=health-and-care");
		int health = count(driver().findElement(By.className("result-count")));
		assertThat(health).isPositive().isLessThan(all);
		assertThat(driver().findElements(By.cssSelector(".key-points > .key-point"))).hasSize(Math.min(health, 20))
			.allSatisfy(point -> assertThat(point.findElement(By.className("theme-chips")).getText())
				.contains("Health & care"));
		assertThat(driver().findElement(By.id("theme-health-and-care")).isSelected()).isTrue();

		driver().findElement(By.cssSelector("label[for='theme-leadership']")).click();
		submit(".theme-picker button[type='submit']", "theme=leadership");
		int either = count(driver().findElement(By.className("result-count")));
		assertThat(either).isGreaterThan(health).isLessThan(all);

		driver().findElement(By.linkText("Clear the themes")).click();
		waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("theme=")));
		waitUntilLoaded();
		assertThat(count(driver().findElement(By.className("result-count")))).isEqualTo(all);
	}

	@Test
	void tickingASearchFacetNarrowsTheResultsToItsCount() {
		open("/search?q=funders");
		int all = count(driver().findElement(By.id("results-heading")));
		WebElement facet = driver().findElement(By.cssSelector("label[for='facet-partnership-working']"));
		int promised = Integer.parseInt(facet.findElement(By.className("facet-count")).getText().replaceAll("\\D", ""));
		assertThat(promised).isPositive().isLessThan(all);

		facet.click();
		submit(".theme-facets button[type='submit']", "theme=partnership-working");

		assertThat(count(driver().findElement(By.id("results-heading")))).isEqualTo(promised);
		assertThat(driver().findElements(By.cssSelector(".results .result"))).hasSize(promised)
			.allSatisfy(result -> assertThat(result.getText()).contains("Partnership working"));
		assertThat(driver().findElement(By.id("q")).getDomProperty("value")).isEqualTo("funders");
	}

	/** The link leads to the point's own page, the address to share, and from there to the point in its meeting. */
	@Test
	void aKeyPointsLinkLeadsToItsOwnPageAndOnToThePoint() {
		String meeting = "/meetings/joining-forces-learning-from-campaigns";
		open(meeting);
		List<WebElement> points = driver().findElements(By.cssSelector("li.key-point"));
		assertThat(points).hasSizeGreaterThan(3);
		WebElement point = points.get(points.size() - 2);
		String anchor = point.getDomAttribute("id");
		WebElement control = point.findElement(By.className("point-link"));
		assertThat(control.getText()).containsIgnoringCase("link to this point");
		assertThat(control.getDomAttribute("href")).isEqualTo(meeting + "/key-points/" + anchor);

		driver().get(control.getDomProperty("href"));
		WebElement read = driver().findElement(By.linkText("Read it in the meeting"));
		assertThat(read.getDomAttribute("href")).isEqualTo(meeting + "#" + anchor);
		read.click();
		waitFor(driver -> anchor.equals(browser.script("const t = document.querySelector(':target'); return t && t.id;")));
		assertThat(driver().getCurrentUrl()).endsWith(meeting + "#" + anchor);
		Number top = (Number) browser.script("return document.getElementById(arguments[0]).getBoundingClientRect().top;",
				anchor);
		assertThat(top.doubleValue()).as("the point is in view").isBetween(-1.0, 900.0);
	}

	private void open(String path) {
		open(path, 1280);
	}

	private void submit(String button, String expectedInAddress) {
		driver().findElement(By.cssSelector(button)).click();
		waitFor(ExpectedConditions.urlContains(expectedInAddress));
		waitUntilLoaded();
	}

	private static int count(WebElement heading) {
		Matcher matcher = COUNT.matcher(heading.getText());
		assertThat(matcher.find()).as(heading.getText()).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static <T> T waitFor(java.util.function.Function<WebDriver, T> condition) {
		return new WebDriverWait(driver(), Duration.ofSeconds(10)).until(condition::apply);
	}

}
