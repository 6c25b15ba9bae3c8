package org.abetterway.meetingnotes.card;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.abetterway.meetingnotes.site.SiteProperties;
import org.abetterway.meetingnotes.site.SitePaths;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The cards as PNGs, each drawn once for the words it shows: a card whose page did not change keeps its bytes, and
 * so its {@code ETag}, across imports, instances and restarts. The page cache sends them and answers revalidations.
 */
@Component
class Cards {

	/** A few hundred cards: the ones readers share, while the page cache keeps the most asked. */
	private static final long MAX_CACHED_BYTES = 8L * 1024 * 1024;

	private final CardPainter painter;

	private final Cache<ShareCard, byte[]> drawn = Caffeine.newBuilder()
		.maximumWeight(MAX_CACHED_BYTES)
		.weigher((ShareCard card, byte[] png) -> png.length)
		.build();

	private volatile byte @Nullable [] logo;

	Cards(SiteProperties site) {
		this.painter = new CardPainter(site.siteName());
	}

	byte[] png(ShareCard card) {
		return drawn.get(card, painter::paint);
	}

	byte[] logo() {
		byte[] drawnLogo = logo;
		if (drawnLogo == null) {
			drawnLogo = painter.logo(SitePaths.LOGO_SIZE);
			logo = drawnLogo;
		}
		return drawnLogo;
	}

}
