package org.abetterway.meetingnotes.notes;

import static org.abetterway.meetingnotes.notes.NotesException.refuseIfLonger;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

import org.abetterway.meetingnotes.notes.ParsedMeeting.ParsedKeyPoint;
import org.abetterway.meetingnotes.notes.ParsedMeeting.ParsedSpeaker;

/**
 * Reads one meeting's Markdown by walking flexmark's syntax tree: front matter, summary, key points under their
 * section headings, and the rest of the notes as safe HTML. Stores nothing; a problem is a {@link NotesException}
 * naming the file and line.
 */
public class NotesParser {

	public static final int MAX_KEY_POINTS = 500;

	private static final Pattern THEMES_COMMENT = Pattern.compile("<!--\\s*themes?\\s*:(.*?)-->", Pattern.DOTALL);

	private static final int ANCHOR_WORDS = 3;

	private static final int MAX_ANCHOR = 120;

	private final NotesMarkdown markdown;

	public NotesParser(NotesMarkdown markdown) {
		this.markdown = markdown;
	}

	public ParsedMeeting parse(String file, String content, ThemeTagger tagger, SpeakerDirectory people) {
		Document document = markdown.parser().parse(content);
		FrontMatter front = FrontMatter.read(file, document);
		Node firstHeading = firstTitleHeading(document);
		String title = front.text("title");
		if (title == null && firstHeading != null) {
			title = PlainText.of(firstHeading);
		}
		if (title == null || title.isBlank()) {
			throw new NotesException(file, 1, "no title: add 'title: …' to the front matter or start with a '# Heading'");
		}
		int titleLine = front.text("title") != null ? front.lineOf("title") : line(firstHeading);
		refuseIfLonger(file, titleLine, "the title", title, 500);
		refuseIfLonger(file, front.lineOf("question"), "the question", front.text("question"), 4000);
		refuseIfLonger(file, front.lineOf("series"), "the series", front.text("series"), 200);
		String slug = slug(file, front, title);
		Set<String> notesSections = new HashSet<>();
		front.list("notes-sections").forEach(section -> notesSections.add(normalise(section)));

		List<String> summary = new ArrayList<>();
		List<ParsedKeyPoint> keyPoints = new ArrayList<>();
		List<Node> notes = new ArrayList<>();
		Set<String> anchors = new HashSet<>();
		String section = null;
		boolean seenList = false;
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof YamlFrontMatterBlock || node == firstHeading && front.text("title") == null) {
				continue;
			}
			if (node instanceof Heading heading) {
				section = PlainText.of(heading);
				notes.add(node);
			}
			else if (node instanceof ListBlock list && !notesSections.contains(normalise(section))) {
				seenList = true;
				for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
					if (item instanceof ListItem listItem) {
						if (keyPoints.size() == MAX_KEY_POINTS) {
							throw new NotesException(file, line(item),
									"more than " + MAX_KEY_POINTS + " key points; split the meeting into smaller files");
						}
						keyPoints.add(keyPoint(file, listItem, section, anchors, tagger));
					}
				}
			}
			else if (node instanceof Paragraph && !seenList) {
				summary.add(PlainText.of(node));
			}
			else {
				seenList |= node instanceof BulletList || node instanceof OrderedList;
				notes.add(node);
			}
		}
		return new ParsedMeeting(slug, title.strip(), front.date(), front.updated(), front.text("question"),
				front.text("series"), summary.isEmpty() ? null : String.join("\n\n", summary),
				renderNotes(document, notes), front.slugs("old-slugs"), speakers(front, people), keyPoints);
	}

	private static Node firstTitleHeading(Document document) {
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			if (node instanceof Heading heading) {
				return heading.getLevel() == 1 ? heading : null;
			}
			if (!(node instanceof YamlFrontMatterBlock)) {
				return null;
			}
		}
		return null;
	}

	private static String slug(String file, FrontMatter front, String title) {
		String given = front.text("slug");
		String slug = Slugs.slugify(given != null ? given : title);
		if (slug.isEmpty() || slug.length() > 200) {
			throw new NotesException(file, front.lineOf(given != null ? "slug" : "title"),
					"cannot make a web address from '" + (given != null ? given : title)
							+ "': give a 'slug:' of lower-case words and hyphens");
		}
		return slug;
	}

	private ParsedKeyPoint keyPoint(String file, ListItem item, String section, Set<String> anchors,
			ThemeTagger tagger) {
		PlainText.TitledText parts = PlainText.titled(item);
		String anchor = anchor(parts.title(), parts.text(), anchors);
		List<String> themes = explicitThemes(file, item, tagger);
		if (themes.isEmpty()) {
			themes = tagger.tag(section, parts.title(), parts.text());
		}
		refuseIfLonger(file, line(item), "the section heading above this key point", section, 500);
		refuseIfLonger(file, line(item), "the key point's bold title", parts.title(), 500);
		refuseIfLonger(file, line(item), "the key point", parts.text(), 100_000);
		return new ParsedKeyPoint(anchor, section, parts.title(), parts.text(), themes);
	}

	/** The first words of the point, as few as make it unique on its page: "funders-can-sometimes". */
	private static String anchor(String title, String text, Set<String> taken) {
		List<String> words = Slugs.words((title == null ? "" : title + " ") + text);
		String anchor = null;
		for (int count = Math.min(ANCHOR_WORDS, words.size()); count <= words.size() && count > 0; count++) {
			String candidate = String.join("-", words.subList(0, count));
			if (candidate.length() > MAX_ANCHOR) {
				break;
			}
			if (!taken.contains(candidate)) {
				anchor = candidate;
				break;
			}
		}
		if (anchor == null) {
			String base = words.isEmpty() ? "point" : String.join("-", words.subList(0, Math.min(ANCHOR_WORDS, words.size())));
			base = base.length() <= MAX_ANCHOR ? base : base.substring(0, MAX_ANCHOR).replaceAll("-+$", "");
			int suffix = 2;
			while (taken.contains(base + "-" + suffix)) {
				suffix++;
			}
			anchor = base + "-" + suffix;
		}
		taken.add(anchor);
		return anchor;
	}

	private static List<String> explicitThemes(String file, ListItem item, ThemeTagger tagger) {
		List<String> themes = new ArrayList<>();
		for (Node node : item.getDescendants()) {
			Matcher comment = THEMES_COMMENT.matcher(node.getChars());
			if (node.getChildren().iterator().hasNext() || !comment.find()) {
				continue;
			}
			for (String slug : comment.group(1).split("[,\\s]+")) {
				if (slug.isBlank() || themes.contains(slug)) {
					continue;
				}
				if (tagger.find(slug).isEmpty()) {
					throw new NotesException(file, line(node), "unknown theme '" + slug + "'; the themes are "
							+ String.join(", ", tagger.themes().stream().map(ThemeTagger.ThemeDefinition::slug).toList()));
				}
				themes.add(slug);
			}
		}
		if (themes.size() > ThemeTagger.MAX_THEMES) {
			throw new NotesException(file, line(item), "a key point has at most " + ThemeTagger.MAX_THEMES
					+ " themes, this one names " + themes.size());
		}
		return themes;
	}

	private static List<ParsedSpeaker> speakers(FrontMatter front, SpeakerDirectory people) {
		Map<String, ParsedSpeaker> speakers = new LinkedHashMap<>();
		for (Map<String, String> entry : front.people("speakers")) {
			String name = people.canonicalName(entry.get("name"));
			var known = people.find(name);
			String role = known.map(p -> p.role()).orElse(entry.get("role"));
			String organisation = known.map(p -> p.organisation()).orElse(entry.get("organisation"));
			int line = front.lineOf("speakers");
			refuseIfLonger(front.file(), line, "a speaker's name", name, 200);
			refuseIfLonger(front.file(), line, "a speaker's role", role, 500);
			refuseIfLonger(front.file(), line, "a speaker's organisation", organisation, 500);
			speakers.putIfAbsent(Slugs.slugify(name), new ParsedSpeaker(name, role, organisation));
		}
		return List.copyOf(speakers.values());
	}

	/** Renders the document less what the page shows elsewhere: front matter, title, summary and key points. */
	private String renderNotes(Document document, List<Node> notes) {
		Set<Node> kept = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int i = 0; i < notes.size(); i++) {
			if (!(notes.get(i) instanceof Heading heading) || hasContent(notes, i, heading.getLevel())) {
				kept.add(notes.get(i));
			}
		}
		List<Node> all = new ArrayList<>();
		document.getChildren().forEach(all::add);
		all.stream().filter(node -> !kept.contains(node)).forEach(Node::unlink);
		return markdown.render(document);
	}

	/** Whether anything but deeper, empty headings follows a heading before the next one of its level. */
	private static boolean hasContent(List<Node> nodes, int index, int level) {
		for (int i = index + 1; i < nodes.size(); i++) {
			if (!(nodes.get(i) instanceof Heading next)) {
				return true;
			}
			if (next.getLevel() <= level) {
				return false;
			}
		}
		return false;
	}

	static int line(Node node) {
		return node.getStartLineNumber() + 1;
	}

	private static String normalise(String section) {
		return section == null ? "" : String.join(" ", Slugs.words(section));
	}

}
