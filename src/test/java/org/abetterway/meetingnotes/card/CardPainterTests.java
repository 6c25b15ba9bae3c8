package org.abetterway.meetingnotes.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class CardPainterTests {

	CardPainter painter = new CardPainter("A Better Way meeting notes");

	@Test
	void wordsWrapWithinTheWidthAndWhatDoesNotFitEndsInAnEllipsis() {
		FontMetrics metrics = metrics();
		String words = "Most can be achieved when starting with a blank sheet of paper, rather than addressing the "
				+ "detail of an agenda that has already been set.";
		List<String> all = CardPainter.wrap(words, metrics, 400, 20);
		assertThat(all).hasSizeGreaterThan(2).allSatisfy(line -> assertThat(metrics.stringWidth(line)).isLessThanOrEqualTo(400));
		assertThat(String.join(" ", all)).isEqualTo(words);
		List<String> two = CardPainter.wrap(words, metrics, 400, 2);
		assertThat(two).hasSize(2);
		assertThat(two.get(1)).endsWith(CardPainter.ELLIPSIS);
		assertThat(metrics.stringWidth(two.get(1))).isLessThanOrEqualTo(400);
		assertThat(CardPainter.wrap("x".repeat(500), metrics, 400, 3)).hasSize(1)
			.allSatisfy(line -> assertThat(line).endsWith(CardPainter.ELLIPSIS));
	}

	@Test
	void theSameWordsDrawTheSameBytesAndOtherWordsOthers() throws Exception {
		ShareCard card = ShareCard.of("Meeting", "Joining forces: unequal alliances", "What are the best ways?");
		byte[] png = painter.paint(card);
		assertThat(painter.paint(card)).isEqualTo(png);
		assertThat(painter.paint(ShareCard.of("Meeting", "Joining forces for levelling up", null))).isNotEqualTo(png);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
	}

	@Test
	void aVeryLongPointStillFitsOnItsCard() throws Exception {
		byte[] png = painter.paint(ShareCard.of("Key point", "word ".repeat(2000), "From " + "a meeting ".repeat(200)));
		assertThat(png.length).isLessThanOrEqualTo(300 * 1024);
		assertThat(ImageIO.read(new ByteArrayInputStream(png)).getHeight()).isEqualTo(630);
	}

	private static FontMetrics metrics() {
		Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		g.setFont(CardFonts.BOLD.deriveFont(40f));
		return g.getFontMetrics();
	}

}
