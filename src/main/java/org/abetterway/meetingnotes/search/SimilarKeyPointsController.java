package org.abetterway.meetingnotes.search;

import java.util.Map;

import org.abetterway.meetingnotes.site.NotFoundException;
import org.abetterway.meetingnotes.site.SitePaths;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page behind each key point's "Similar points in other meetings" link.
 */
@Controller
class SimilarKeyPointsController {

	private final SimilarKeyPoints similar;

	private final MeaningModel model;

	SimilarKeyPointsController(SimilarKeyPoints similar, MeaningModel model) {
		this.similar = similar;
		this.model = model;
	}

	@GetMapping("/meetings/{slug}/key-points/{anchor}/similar")
	ModelAndView similar(@PathVariable String slug, @PathVariable String anchor) {
		SimilarKeyPoints.Similar found = similar.to(slug, anchor, SimilarKeyPointsApiController.DEFAULT_SIZE)
			.orElseThrow(() -> new NotFoundException("no key point " + anchor + " in " + slug));
		return new ModelAndView("similar", Map.of("similar", found, "pointUrl", SitePaths.keyPoint(slug, anchor),
				"byMeaning", model.awaitLoaded()));
	}

}
