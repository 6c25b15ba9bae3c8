package org.abetterway.meetingnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A meeting's front matter: found by flexmark, read by SnakeYAML, its problems on the line of their key.
 */
class FrontMatterTests {

	static final NotesMarkdown MARKDOWN = new NotesMarkdown();

	FrontMatter read(String markdown) {
		return FrontMatter.read("meeting.md", MARKDOWN.parser().parse(markdown));
	}

	NotesProblem problemOf(String markdown) {
		return assertThatExceptionOfType(NotesException.class).isThrownBy(() -> read(markdown)).actual().getProblem();
	}

	@Test
	void aDocumentWithoutFrontMatterHasNoValues() {
		FrontMatter front = read("# Title\n\n- a point\n");
		assertThat(front.text("title")).isNull();
		assertThat(front.date()).isNull();
		assertThat(front.list("notes-sections")).isEmpty();
		assertThat(front.people("speakers")).isEmpty();
		assertThat(front.lineOf("title")).isEqualTo(1);
	}

	@Test
	void valuesAndTheLinesOfTheirKeys() {
		FrontMatter front = read("""
				---
				title: "Joining forces: small steps"
				# a comment
				question: |
				  What helps?
				date: 2024-03-05
				old-slugs: [joining-forces, small-steps]
				---
				- a point
				""");
		assertThat(front.text("title")).isEqualTo("Joining forces: small steps");
		assertThat(front.text("question")).isEqualTo("What helps?");
		assertThat(front.date()).isEqualTo(LocalDate.of(2024, 3, 5));
		assertThat(front.slugs("old-slugs")).containsExactly("joining-forces", "small-steps");
		assertThat(front.lineOf("title")).isEqualTo(2);
		assertThat(front.lineOf("question")).isEqualTo(4);
		assertThat(front.lineOf("date")).isEqualTo(6);
		assertThat(front.lineOf("series")).isEqualTo(1);
	}

	@Test
	void windowsLineEndsKeepTheLines() {
		FrontMatter front = read("---\r\ntitle: T\r\n\r\ndate: soon\r\n---\r\n- p\r\n");
		assertThat(front.text("title")).isEqualTo("T");
		assertThat(assertThatExceptionOfType(NotesException.class).isThrownBy(front::date).actual().getProblem())
			.hasToString("meeting.md:4: 'soon' is not a date; write it as YYYY-MM-DD");
	}

	@Test
	void theLineOfAKeyIsWhereTheYamlHasIt() {
		assertThat(read("---\n  title: T\n  date: 2024-01-01\n---\n").lineOf("date")).isEqualTo(3);
		assertThat(read("---\n{title: T, date: 2024-01-01}\n---\n").lineOf("date")).isEqualTo(2);
		assertThat(read("---\n\"title\": T\n---\n").lineOf("title")).isEqualTo(2);
	}

	@Test
	void aBlockClosedWithDotsOrFollowedByBlankLinesIsClosed() {
		assertThat(read("---\ntitle: T\n...\n- p\n").text("title")).isEqualTo("T");
		assertThat(read("---\ntitle: T\n---\n\n\n").text("title")).isEqualTo("T");
		assertThat(read("---\n---\n# T\n").values()).isEmpty();
	}

	@Test
	void anUnclosedBlockIsReportedOnLineOne() {
		for (String markdown : List.of("---\ntitle: x\n\n- point\n", "---\n", "---", "---\ntitle: x\n--- x\n")) {
			assertThat(problemOf(markdown))
				.hasToString("meeting.md:1: the front matter is never closed: end it with a line '---'");
		}
	}

	@Test
	void dashesThatDoNotOpenABlockAreReported() {
		assertThat(problemOf("----\ntitle: x\n---\n").message()).startsWith("the front matter is not valid");
	}

	@Test
	void malformedYamlIsReportedOnItsLine() {
		assertThat(problemOf("---\ntitle: [oops\n---\n- x\n"))
			.hasToString("meeting.md:2: malformed YAML: expected ',' or ']', but got <stream end>");
		assertThat(problemOf("---\ntitle: x\ntitle: y\n---\n").line()).isEqualTo(3);
		assertThat(problemOf("---\n- a\n- b\n---\n"))
			.hasToString("meeting.md:2: expected 'key: value' lines, found a list");
	}

	@Test
	void aValueOfTheWrongKindNamesTheLineOfItsKey() {
		FrontMatter front = read("---\ntitle: T\nseries: [a, b]\nold-slugs: [fine, Not Fine]\nspeakers: 12\n---\n");
		assertThat(assertThatExceptionOfType(NotesException.class).isThrownBy(() -> front.text("series")).actual()
			.getProblem()).hasToString("meeting.md:3: 'series' should be one line of text, found a list");
		assertThat(assertThatExceptionOfType(NotesException.class).isThrownBy(() -> front.slugs("old-slugs")).actual()
			.getProblem())
			.hasToString("meeting.md:4: 'Not Fine' in 'old-slugs' is not a slug of lower-case words and hyphens");
		assertThat(assertThatExceptionOfType(NotesException.class).isThrownBy(() -> front.people("speakers")).actual()
			.getProblem()).hasToString("meeting.md:5: 'speakers' should be a list of people");
	}

	@Test
	void peopleAreNamesOrDetailsByLowerCaseKey() {
		FrontMatter front = read("""
				---
				speakers:
				  - Sally Young
				  - name: Cate Newnes-Smith
				    Role: CEO
				---
				""");
		assertThat(front.people("speakers")).containsExactly(Map.of("name", "Sally Young"),
				Map.of("name", "Cate Newnes-Smith", "role", "CEO"));
		FrontMatter nameless = read("---\nspeakers:\n  - role: r\n---\n");
		assertThat(assertThatExceptionOfType(NotesException.class).isThrownBy(() -> nameless.people("speakers"))
			.actual().getProblem()).hasToString("meeting.md:2: every speaker needs a name");
	}

}
