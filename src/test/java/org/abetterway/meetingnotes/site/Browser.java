package org.abetterway.meetingnotes.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven by its own chromedriver (nothing downloaded), with a throw-away profile, the
 * browser console and axe-core at hand.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static String axeScript;

	private final Path profile;

	private final ChromeDriver driver;

	private Browser(int width, int height) throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!"true".equals(System.getenv("CI"))) {
			Assumptions.assumeTrue(installed, "Chromium is not installed: apt-get install -y chromium chromium-driver");
		}
		this.profile = Files.createTempDirectory("notes-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--user-data-dir=" + profile, "--window-size=" + width + "," + height);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(30));
	}

	static Browser open(int width, int height) {
		try {
			return new Browser(width, height);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	WebDriver driver() {
		return driver;
	}

	Object script(String script, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(script, args);
	}

	/**
	 * Console messages at error level since the last call, less the browser's own guess at {@code /favicon.ico},
	 * which is not the page's doing.
	 */
	List<String> consoleErrors() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter(message -> !message.contains("/favicon.ico - Failed to load resource"))
			.toList();
	}

	/** axe-core's WCAG 2.1 A and AA violations on the current page, as "rule: target" lines. */
	@SuppressWarnings("unchecked")
	List<String> accessibilityViolations() {
		((JavascriptExecutor) driver).executeScript(axe());
		Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(r => done(r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))))
				  .catch(e => done(['axe failed: ' + e]));
				""");
		return (List<String>) result;
	}

	private static synchronized String axe() {
		if (axeScript == null) {
			try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
				axeScript = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException | NullPointerException ex) {
				throw new IllegalStateException("axe.min.js is missing from the test classpath", ex);
			}
		}
		return axeScript;
	}

	Map<String, Object> viewport() {
		@SuppressWarnings("unchecked")
		Map<String, Object> sizes = (Map<String, Object>) script(
				"return {scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth};");
		return sizes;
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

}
