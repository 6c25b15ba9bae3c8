package org.abetterway.meetingnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.util.HtmlUtils;

/**
 * Hostile notes files in the folder of a running site: markup in them reaches every page as text only, files that
 * cannot be read are reported with their names, and every other meeting is served.
 */
@SpringBootTest(properties = "notes.watch=false")
@AutoConfigureMockMvc
class HostileNotesTests {

	static final Path FOLDER = HostileNotes.folder("notes-hostile");

	private static final Pattern TAG = Pattern.compile("<([a-zA-Z][^\\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");

	private static final Pattern ATTRIBUTE = Pattern
		.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+)))?");

	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#?]*)\"");

	private static final Set<String> FOREIGN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed",
			"svg", "math", "base", "applet", "style", "video", "audio", "template");

	@Autowired
	MockMvc mvc;

	@Autowired
	NotesImporter importer;

	@Autowired
	MeetingRepository meetings;

	@DynamicPropertySource
	static void notesFolder(DynamicPropertyRegistry registry) {
		registry.add("notes.seeds-dir", FOLDER::toString);
	}

	@AfterAll
	static void cleanUp() throws IOException {
		FileSystemUtils.deleteRecursively(FOLDER);
	}

	@Test
	void markupAndScriptInANotesFileReachEveryPageAsTextOnly() throws Exception {
		String meeting = page("/meetings/" + HostileNotes.HOSTILE_SLUG);
		assertThat(meeting).contains("Hostile &lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; notes",
				"&lt;iframe src=&quot;https://evil.example&quot;&gt;", "href=\"https://example.org/ok\"",
				"href=\"mailto:editor@example.org\"", "&lt;div onmouseover=");
		Set<String> crawled = crawl();
		assertThat(crawled).contains("/meetings/" + HostileNotes.HOSTILE_SLUG, "/themes/leadership")
			.anyMatch(path -> path.startsWith("/speakers/script-alert-speaker"))
			.hasSizeGreaterThan(30);
		for (String search : List.of("/search?q=alert", "/search?q=script", "/search?q=funders",
				"/search?q=%3Cscript%3E", "/key-points?theme=leadership", "/import-report")) {
			assertOnlyOurMarkup(search, page(search));
		}
	}

	@Test
	void filesThatCannotBeReadAreReportedByNameAndTheRestImport() throws Exception {
		ImportReport report = importer.lastReport();
		assertThat(report.problems()).extracting(NotesProblem::file).containsExactlyInAnyOrder(HostileNotes.BROKEN,
				HostileNotes.BINARY, HostileNotes.TOO_BIG, HostileNotes.TOO_MANY_POINTS);
		assertThat(report.imported()).hasSize(8).contains("07-hostile.md", "12-windows.md");
		assertThat(meetings.findAllSourceFiles()).containsExactlyInAnyOrderElementsOf(report.imported());
		String html = page("/import-report");
		for (NotesProblem problem : report.problems()) {
			assertThat(html).contains("<code>" + problem.file() + "</code>", HtmlUtils.htmlEscape(problem.message()));
		}
	}

	@Test
	void aFileWithAByteOrderMarkAndWindowsLineEndsReadsAsAnyOther() throws Exception {
		String html = page("/meetings/" + HostileNotes.WINDOWS_SLUG);
		assertThat(html).contains("<h1>Saved on Windows</h1>", "Does it import?", "A summary line.",
				"<strong>Funders.</strong>", "They help.", "Partners talk.", "First section")
			.doesNotContain("\r", "\uFEFF", "---");
	}

	/** Every page reachable from the home page by its links (not the stylesheet, script or icon), each checked. */
	private Set<String> crawl() throws Exception {
		Set<String> seen = new LinkedHashSet<>(List.of("/"));
		Deque<String> next = new ArrayDeque<>(seen);
		while (!next.isEmpty() && seen.size() < 300) {
			String path = next.pop();
			String html = page(path);
			assertOnlyOurMarkup(path, html);
			Matcher links = LINK.matcher(html);
			while (links.find()) {
				String link = links.group(1);
				boolean asset = link.substring(link.lastIndexOf('/')).contains(".");
				if (!asset && seen.add(link)) {
					next.add(link);
				}
			}
		}
		return seen;
	}

	/** No element, attribute or address in the page came from a notes file as markup. */
	static void assertOnlyOurMarkup(String path, String html) {
		Matcher tags = TAG.matcher(html);
		while (tags.find()) {
			String element = tags.group(1).toLowerCase(Locale.ROOT);
			assertThat(element).as(path + ": " + tags.group()).isNotIn(FOREIGN_ELEMENTS);
			Matcher attributes = ATTRIBUTE.matcher(tags.group(2));
			boolean ownScript = false;
			while (attributes.find()) {
				String name = attributes.group(1).toLowerCase(Locale.ROOT);
				String value = HtmlUtils.htmlUnescape(first(attributes.group(2), attributes.group(3), attributes.group(4)));
				assertThat(name).as(path + ": " + tags.group()).doesNotStartWith("on").isNotEqualTo("style")
					.isNotEqualTo("srcdoc").isNotEqualTo("formaction");
				if (Set.of("href", "src", "action", "cite", "poster", "data").contains(name)) {
					assertSafeAddress(path + ": " + tags.group(), value);
				}
				ownScript |= name.equals("src") && value.startsWith("/assets/js/")
						|| name.equals("type") && value.equals("application/ld+json");
			}
			if (element.equals("script")) {
				assertThat(ownScript).as(path + ": a script of the notes: " + tags.group()).isTrue();
			}
		}
	}

	private static void assertSafeAddress(String where, String address) {
		String squeezed = address.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
		Matcher scheme = SCHEME.matcher(squeezed);
		if (scheme.find()) {
			assertThat(scheme.group(1)).as(where).isIn("http", "https", "mailto");
		}
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null) {
				return value;
			}
		}
		return "";
	}

	private String page(String path) throws Exception {
		MvcResult result = mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

}
