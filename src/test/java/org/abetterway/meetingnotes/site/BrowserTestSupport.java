package org.abetterway.meetingnotes.site;

import java.nio.file.Path;
import java.time.Duration;

import org.abetterway.meetingnotes.notes.HostileNotes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * The running site the browser tests share, serving the test notes with hostile, broken and binary files added, and one
 * Chromium per test class.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "notes.watch=false")
abstract class BrowserTestSupport {

	static final Path FOLDER = HostileNotes.folder("notes-browser");

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(FOLDER.toFile())));
	}

	static Browser browser;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void notesFolder(DynamicPropertyRegistry registry) {
		registry.add("notes.seeds-dir", FOLDER::toString);
	}

	@BeforeAll
	static void openBrowser() {
		browser = Browser.open(1280, 900);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
	}

	/** Opens a page in a window that wide, with the console emptied first. */
	void open(String path, int width) {
		driver().manage().window().setSize(new Dimension(width, 900));
		browser.consoleErrors();
		driver().get(address(path));
		waitUntilLoaded();
	}

	String address(String path) {
		return "http://localhost:" + port + path;
	}

	static void waitUntilLoaded() {
		new WebDriverWait(driver(), Duration.ofSeconds(10))
			.until(driver -> "complete".equals(browser.script("return document.readyState;")));
	}

	static WebDriver driver() {
		return browser.driver();
	}

}
