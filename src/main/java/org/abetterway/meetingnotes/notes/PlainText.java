package org.abetterway.meetingnotes.notes;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The words of a piece of Markdown without its markup; raw HTML other than comments stays, as text.
 */
final class PlainText {

	private PlainText() {
	}

	static String of(Node node) {
		StringBuilder text = new StringBuilder();
		append(node, text);
		return text.toString().replaceAll("\\s+", " ").strip();
	}

	/**
	 * A key point's bold lead-in ("Resources.") and the rest of its words.
	 */
	static TitledText titled(ListItem item) {
		if (item.getFirstChild() instanceof Paragraph first && first.getFirstChild() instanceof StrongEmphasis lead) {
			String title = of(lead);
			StringBuilder rest = new StringBuilder();
			for (Node node = lead.getNext(); node != null; node = node.getNext()) {
				append(node, rest);
			}
			for (Node block = first.getNext(); block != null; block = block.getNext()) {
				rest.append(' ');
				append(block, rest);
			}
			String text = rest.toString().replaceAll("\\s+", " ").strip();
			if (!title.isEmpty() && !text.isEmpty()) {
				return new TitledText(title, text);
			}
		}
		return new TitledText(null, of(item));
	}

	private static void append(Node node, StringBuilder text) {
		if (node instanceof HtmlInlineComment || node instanceof HtmlCommentBlock) {
			return;
		}
		if (node instanceof Text || node instanceof Code && !node.hasChildren()) {
			text.append(node.getChars().unescape());
			return;
		}
		if (node instanceof Image image) {
			text.append(image.getText());
			return;
		}
		if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
			text.append(' ');
			return;
		}
		if (!node.hasChildren()) {
			text.append(node.getChars());
			return;
		}
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof Block) {
				text.append(' ');
			}
			append(child, text);
		}
	}

	record TitledText(String title, String text) {
	}

}
