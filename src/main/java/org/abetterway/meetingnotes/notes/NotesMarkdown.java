package org.abetterway.meetingnotes.notes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * The one flexmark configuration for notes: CommonMark with front matter, tables and autolinks, rendered so that
 * raw HTML shows as text, only http(s), mailto and relative links survive, missing images show their caption and
 * headings sit below the page's own.
 */
public final class NotesMarkdown {

	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	private static final Set<String> SAFE_SCHEMES = Set.of("http:", "https:", "mailto:");

	private final Parser parser;

	private final HtmlRenderer renderer;

	public NotesMarkdown() {
		MutableDataSet options = new MutableDataSet();
		options.set(Parser.EXTENSIONS,
				List.of(YamlFrontMatterExtension.create(), TablesExtension.create(), AutolinkExtension.create()));
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		options.set(HtmlRenderer.SUPPRESS_HTML_COMMENT_BLOCKS, true);
		options.set(HtmlRenderer.SUPPRESS_INLINE_HTML_COMMENTS, true);
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options)
			.nodeRendererFactory(NotesNodeRenderer::new)
			.attributeProviderFactory(new IndependentAttributeProviderFactory() {
				@Override
				public AttributeProvider apply(LinkResolverContext context) {
					return NotesMarkdown::dropUnsafeLinks;
				}
			})
			.build();
	}

	public Parser parser() {
		return parser;
	}

	public String render(Node node) {
		return renderer.render(node);
	}

	/** True for http(s), mailto and scheme-less (relative) links. */
	public static boolean isSafeLink(String url) {
		// browsers drop tabs and line breaks anywhere in an address, so "java&#9;script:" is "javascript:"
		String squeezed = url.replaceAll("[\\x00-\\x20\\x7f]", "");
		var scheme = SCHEME.matcher(squeezed);
		return !scheme.find() || SAFE_SCHEMES.contains(scheme.group().toLowerCase(Locale.ROOT));
	}

	private static void dropUnsafeLinks(Node node, AttributablePart part, MutableAttributes attributes) {
		if (node instanceof Link || node instanceof AutoLink || node instanceof MailLink) {
			var href = attributes.getValue("href");
			if (href != null && !isSafeLink(href)) {
				attributes.remove("href");
			}
			else if (href != null && href.startsWith("http")) {
				attributes.replaceValue("rel", "nofollow noopener");
			}
		}
	}

	private static final class NotesNodeRenderer implements NodeRenderer {

		NotesNodeRenderer(DataHolder options) {
		}

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(new NodeRenderingHandler<>(Image.class, NotesNodeRenderer::renderImage),
					new NodeRenderingHandler<>(Heading.class, NotesNodeRenderer::renderHeading));
		}

		/** The images the notes name are not served, so a reader sees the caption instead of a broken picture. */
		private static void renderImage(Image image, NodeRendererContext context, HtmlWriter html) {
			String caption = image.getText().isBlank() ? image.getUrl().toString() : image.getText().toString();
			html.withAttr().attr("class", "image-caption").tag("span");
			html.text("Image: " + caption);
			html.closeTag("span");
		}

		/** The page has its own h1 and h2, so the notes' headings move one level down. */
		private static void renderHeading(Heading heading, NodeRendererContext context, HtmlWriter html) {
			String tag = "h" + Math.min(6, heading.getLevel() + 1);
			html.tag(tag);
			context.renderChildren(heading);
			html.closeTag(tag);
			html.line();
		}

	}

}
