package org.abetterway.meetingnotes.card;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws a {@link ShareCard} as a 1200×630 PNG, the size link previews show large, in the site's colours
 * ({@code static/css/notes.css}): the site's name on its dark band, then what the page is, its title as large as fits
 * and the words that say more. Also draws the site's logo, the favicon's mark.
 */
final class CardPainter {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	static final Color BRAND = new Color(0x17324d);

	static final Color INK = new Color(0x1c2430);

	static final Color MUTED = new Color(0x4a5565);

	static final Color CHIP_INK = new Color(0x0c3f6e);

	static final Color FOCUS = new Color(0xffdd00);

	static final String ELLIPSIS = "…";

	private static final int MARGIN = 64;

	private static final int BAND = 112;

	private static final int BOTTOM = HEIGHT - 44;

	/** Title sizes from the largest, each with the lines it may take; a long key point takes the smallest. */
	private static final int[][] TITLE_SIZES = { { 72, 3 }, { 62, 4 }, { 52, 4 }, { 46, 5 } };

	private static final int SUBTITLE_SIZE = 32;

	private static final int SUBTITLE_MOST_LINES = 3;

	static {
		// drawn on servers without a display
		System.setProperty("java.awt.headless", "true");
	}

	private final String siteName;

	CardPainter(String siteName) {
		this.siteName = siteName;
	}

	byte[] paint(ShareCard card) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = start(image);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(BRAND);
		g.fillRect(0, 0, WIDTH, BAND);
		g.setColor(FOCUS);
		g.fillRect(0, BAND, WIDTH, 8);
		g.setColor(BRAND);
		g.fillRect(0, HEIGHT - 12, WIDTH, 12);
		mark(g, MARGIN, 28, 56);

		int width = WIDTH - 2 * MARGIN;
		int nameX = MARGIN + 56 + 24;
		g.setColor(Color.WHITE);
		g.setFont(CardFonts.BOLD.deriveFont(34f));
		g.drawString(cut(siteName, g.getFontMetrics(), WIDTH - MARGIN - nameX), nameX, 68);

		int y = BAND + 8 + 64;
		if (!card.kicker().isBlank()) {
			g.setColor(CHIP_INK);
			g.setFont(CardFonts.BOLD.deriveFont(30f));
			g.drawString(cut(card.kicker(), g.getFontMetrics(), width), MARGIN, y);
			y += 22;
		}

		Font subtitleFont = CardFonts.REGULAR.deriveFont((float) SUBTITLE_SIZE);
		int subtitleLine = Math.round(SUBTITLE_SIZE * 1.3f);
		boolean subtitled = !card.subtitle().isBlank();
		// the title leaves room for at least one line of the subtitle
		int titleBottom = subtitled ? BOTTOM - subtitleLine - 20 : BOTTOM;
		List<String> title = List.of();
		int lineHeight = 0;
		for (int[] size : TITLE_SIZES) {
			g.setFont(CardFonts.BOLD.deriveFont((float) size[0]));
			lineHeight = Math.round(size[0] * 1.16f);
			int fits = Math.min(size[1], (titleBottom - y) / lineHeight);
			title = wrap(card.title(), g.getFontMetrics(), width, fits);
			if (!title.get(title.size() - 1).endsWith(ELLIPSIS) || size == TITLE_SIZES[TITLE_SIZES.length - 1]) {
				break;
			}
		}
		g.setColor(INK);
		FontMetrics metrics = g.getFontMetrics();
		for (String line : title) {
			g.drawString(line, MARGIN, y + metrics.getAscent());
			y += lineHeight;
		}

		if (subtitled) {
			y += 20;
			g.setFont(subtitleFont);
			g.setColor(MUTED);
			metrics = g.getFontMetrics();
			int fits = Math.min(SUBTITLE_MOST_LINES, Math.max(1, (BOTTOM - y) / subtitleLine));
			for (String line : wrap(card.subtitle(), metrics, width, fits)) {
				g.drawString(line, MARGIN, y + metrics.getAscent());
				y += subtitleLine;
			}
		}
		g.dispose();
		return png(image);
	}

	/** The site's mark on its own, square: a logo for search engines, {@code size} pixels a side. */
	byte[] logo(int size) {
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = start(image);
		mark(g, 0, 0, size);
		g.dispose();
		return png(image);
	}

	/** The favicon's mark: three lines of notes on a rounded square. */
	private static void mark(Graphics2D g, int x, int y, int size) {
		float unit = size / 32f;
		g.setColor(BRAND);
		g.fill(new RoundRectangle2D.Float(x, y, size, size, 12 * unit, 12 * unit));
		g.setColor(Color.WHITE);
		g.setStroke(new BasicStroke(3 * unit, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		g.draw(new Line2D.Float(x + 8 * unit, y + 10 * unit, x + 24 * unit, y + 10 * unit));
		g.draw(new Line2D.Float(x + 8 * unit, y + 16 * unit, x + 24 * unit, y + 16 * unit));
		g.draw(new Line2D.Float(x + 8 * unit, y + 22 * unit, x + 18 * unit, y + 22 * unit));
	}

	private static Graphics2D start(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		return g;
	}

	/**
	 * The words in lines no wider than {@code width}, at most {@code most} of them; words that do not fit are left
	 * out, and the last line then ends with an ellipsis. A word wider than a line is cut.
	 */
	static List<String> wrap(String text, FontMetrics metrics, int width, int most) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		String[] words = text.strip().split("\\s+");
		for (int i = 0; i < words.length; i++) {
			String word = words[i];
			String tried = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(tried) <= width) {
				line.setLength(0);
				line.append(tried);
				continue;
			}
			if (line.isEmpty()) {
				line.append(cut(word, metrics, width));
				continue;
			}
			lines.add(line.toString());
			line.setLength(0);
			line.append(metrics.stringWidth(word) <= width ? word : cut(word, metrics, width));
			if (lines.size() == Math.max(1, most)) {
				return ellipsis(lines, metrics, width);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines.isEmpty() ? List.of("") : lines;
	}

	/** The last line, with an ellipsis to say the words go on. */
	private static List<String> ellipsis(List<String> lines, FontMetrics metrics, int width) {
		String last = lines.get(lines.size() - 1);
		while (!last.isEmpty() && metrics.stringWidth(last + ELLIPSIS) > width) {
			int space = last.lastIndexOf(' ');
			last = space > 0 ? last.substring(0, space) : last.substring(0, last.length() - 1);
		}
		lines.set(lines.size() - 1, last.replaceAll("[\\s,;:.–—-]+$", "") + ELLIPSIS);
		return lines;
	}

	/** One line of text cut to the width, with an ellipsis when it was cut. */
	static String cut(String text, FontMetrics metrics, int width) {
		if (metrics.stringWidth(text) <= width) {
			return text;
		}
		String shorter = text;
		while (!shorter.isEmpty() && metrics.stringWidth(shorter + ELLIPSIS) > width) {
			shorter = shorter.substring(0, shorter.length() - 1);
		}
		return shorter.strip() + ELLIPSIS;
	}

	private static byte[] png(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
