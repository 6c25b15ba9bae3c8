package org.abetterway.meetingnotes.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.abetterway.meetingnotes.notes.ParsedMeeting.ParsedKeyPoint;
import org.junit.jupiter.api.Test;

class NotesParserTests {

	static final ThemeTagger TAGGER = ThemesFile.parse("""
			fallback: partnership-working
			themes:
			  - slug: funding-and-commissioning
			    name: Funding & commissioning
			    words: [funder*, money, "purse strings"]
			  - slug: health-and-care
			    name: Health & care
			    words: [nhs, health]
			  - slug: partnership-working
			    name: Partnership working
			    words: [partnership*]
			""");

	static final SpeakerDirectory PEOPLE = SpeakerDirectory.parse("""
			- name: Cate Newnes-Smith
			  aliases: [Cate Newness Smith]
			  role: CEO
			  organisation: Surrey Youth Focus
			""");

	final NotesParser parser = new NotesParser(new NotesMarkdown());

	ParsedMeeting parse(String markdown) {
		return parser.parse("meeting.md", markdown, TAGGER, PEOPLE);
	}

	NotesProblem problemOf(String markdown) {
		return assertThatExceptionOfType(NotesException.class).isThrownBy(() -> parse(markdown)).actual().getProblem();
	}

	@Test
	void aTitleAndABulletListIsAMeeting() {
		ParsedMeeting meeting = parse("""
				---
				title: "Joining forces: small steps"
				---

				- Funders can sometimes make it harder.
				""");
		assertThat(meeting.title()).isEqualTo("Joining forces: small steps");
		assertThat(meeting.slug()).isEqualTo("joining-forces-small-steps");
		assertThat(meeting.keyPoints()).extracting(ParsedKeyPoint::text)
			.containsExactly("Funders can sometimes make it harder.");
		assertThat(meeting.keyPoints().get(0).anchor()).isEqualTo("funders-can-sometimes");
	}

	@Test
	void withoutFrontMatterTheTitleIsTheFirstHeading() {
		ParsedMeeting meeting = parse("""
				# Health and care

				Intro paragraph.

				- The NHS needs to join forces.
				""");
		assertThat(meeting.title()).isEqualTo("Health and care");
		assertThat(meeting.summary()).isEqualTo("Intro paragraph.");
		assertThat(meeting.notesHtml()).doesNotContain("Health and care");
		assertThat(meeting.keyPoints()).singleElement().satisfies(point -> {
			assertThat(point.section()).isNull();
			assertThat(point.themes()).containsExactly("health-and-care");
		});
	}

	@Test
	void missingTitleIsReportedOnLineOne() {
		NotesProblem problem = problemOf("""
				Just a paragraph.

				- and a point
				""");
		assertThat(problem.file()).isEqualTo("meeting.md");
		assertThat(problem.line()).isEqualTo(1);
		assertThat(problem.message()).contains("no title");
	}

	@Test
	void malformedYamlIsReportedWithItsLine() {
		NotesProblem problem = problemOf("""
				---
				title: Fine
				question: [not closed
				series: x
				---

				- point
				""");
		assertThat(problem.message()).startsWith("malformed YAML");
		assertThat(problem.line()).isBetween(3, 5);
	}

	@Test
	void unclosedFrontMatterIsReported() {
		NotesProblem problem = problemOf("---\ntitle: x\n\n- point\n");
		assertThat(problem.line()).isEqualTo(1);
		assertThat(problem.message()).contains("front matter");
	}

	@Test
	void badDateNamesItsLine() {
		NotesProblem problem = problemOf("---\ntitle: x\ndate: next tuesday\n---\n- point\n");
		assertThat(problem.line()).isEqualTo(3);
		assertThat(problem.message()).contains("YYYY-MM-DD");
	}

	@Test
	void boldLeadInBecomesTheTitle() {
		ParsedKeyPoint point = parse("# M\n\n- **Resources.**  To manage a partnership requires money.\n").keyPoints().get(0);
		assertThat(point.title()).isEqualTo("Resources.");
		assertThat(point.text()).isEqualTo("To manage a partnership requires money.");
		assertThat(point.anchor()).isEqualTo("resources-to-manage");
		assertThat(point.themes()).containsExactly("funding-and-commissioning", "partnership-working");
	}

	@Test
	void nestedBulletsBelongToTheirParentPoint() {
		List<ParsedKeyPoint> points = parse("""
				# M

				## What gets in the way

				- Top point
				  - nested detail
				- Second point
				""").keyPoints();
		assertThat(points).hasSize(2);
		assertThat(points.get(0).text()).isEqualTo("Top point nested detail");
		assertThat(points.get(0).section()).isEqualTo("What gets in the way");
	}

	@Test
	void explicitThemesReplaceTheRules() {
		ParsedKeyPoint point = parse("# M\n\n- The NHS holds the purse strings. <!-- themes: partnership-working -->\n")
			.keyPoints().get(0);
		assertThat(point.themes()).containsExactly("partnership-working");
		assertThat(point.text()).isEqualTo("The NHS holds the purse strings.");
	}

	@Test
	void unknownExplicitThemeIsReportedWithItsLine() {
		NotesProblem problem = problemOf("# M\n\n- one\n- two <!-- themes: nonsense -->\n");
		assertThat(problem.line()).isEqualTo(4);
		assertThat(problem.message()).contains("unknown theme 'nonsense'");
	}

	@Test
	void speakerAliasesBecomeOnePerson() {
		ParsedMeeting meeting = parse("""
				---
				title: M
				speakers:
				  - name: Cate Newness Smith
				  - Cate Newnes Smith
				  - name: Sally Young
				    role: former CEO
				---
				- point
				""");
		assertThat(meeting.speakers()).extracting(ParsedMeeting.ParsedSpeaker::name)
			.containsExactly("Cate Newnes-Smith", "Sally Young");
		assertThat(meeting.speakers().get(0).organisation()).isEqualTo("Surrey Youth Focus");
		assertThat(meeting.speakers().get(1).role()).isEqualTo("former CEO");
	}

	@Test
	void anchorsAreUniqueOnAPageAndStableWhenPointsMove() {
		String first = "- Funders can sometimes help.\n";
		String second = "- Funders can sometimes hinder.\n";
		List<String> anchors = parse("# M\n\n" + first + second).keyPoints().stream().map(ParsedKeyPoint::anchor)
			.toList();
		assertThat(anchors).containsExactly("funders-can-sometimes", "funders-can-sometimes-hinder");
		String moved = parse("# M\n\n- A new point first.\n" + first).keyPoints().get(1).anchor();
		assertThat(moved).isEqualTo("funders-can-sometimes");
	}

	@Test
	void notesSectionsHoldNotesNotKeyPoints() {
		ParsedMeeting meeting = parse("""
				---
				title: M
				notes-sections: [Future meetings]
				---
				- a key point

				## Future meetings

				- 21st September, 3.00pm
				""");
		assertThat(meeting.keyPoints()).hasSize(1);
		assertThat(meeting.notesHtml()).contains("21st September").contains("<h3>Future meetings</h3>");
	}

	@Test
	void rawHtmlIsTextAndUnsafeLinksAreDropped() {
		ParsedMeeting meeting = parse("""
				# M

				- a point

				<script>alert(1)</script>

				See [this](javascript:alert(1)), [that](https://example.org) and <img src=x onerror=alert(1)>.
				""");
		assertThat(meeting.notesHtml()).doesNotContain("<script").doesNotContain("<img")
			.doesNotContain("javascript:").contains("&lt;script&gt;").contains("href=\"https://example.org\"");
	}

	@Test
	void linksHidingTheirSchemeBehindTabsOrCaseAreDropped() {
		ParsedMeeting meeting = parse("""
				# M

				- p

				[a](java&#09;script:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#10;script:alert(1))
				[d](&#1;javascript:alert(1)) [e](vbscript:msgbox) [f](data:text/html,x) [g](notes/other.md)
				""");
		assertThat(meeting.notesHtml()).doesNotContain("href=\"java", "href=\"Ja", "href=\"\u0001", "vbscript:",
				"data:").contains("href=\"notes/other.md\"");
	}

	@Test
	void missingImagesShowTheirCaption() {
		ParsedMeeting meeting = parse("# M\n\n- p\n\n![Seeing the elephant](Elephant.jpg)\n");
		assertThat(meeting.notesHtml()).contains("Seeing the elephant").doesNotContain("<img");
	}

}
