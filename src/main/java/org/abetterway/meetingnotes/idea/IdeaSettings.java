package org.abetterway.meetingnotes.idea;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How ideas are gathered; the defaults were chosen by reading every idea they give on the Joining Forces notes.
 *
 * @param threshold how much closer than their usual neighbours two key points' whole vectors must be to say the same
 *     thing
 * @param sentenceThreshold how much closer than usual their closest sentences must be to say it, when sentences are read
 * @param maxPoints the most key points an idea holds
 * @param neighbours how many of a key point's nearest points in other meetings measure its usual closeness
 * @param similarity what says two key points are alike: their {@code whole} vectors, or {@code whole-or-sentences}
 */
@ConfigurationProperties("notes.ideas")
record IdeaSettings(@DefaultValue("0.10") double threshold, @DefaultValue("0.19") double sentenceThreshold,
		@DefaultValue("8") int maxPoints, @DefaultValue("10") int neighbours,
		@DefaultValue("whole-or-sentences") PointSimilarity similarity) {

	IdeaGrouping.Settings grouping() {
		return new IdeaGrouping.Settings(threshold, sentenceThreshold, maxPoints, neighbours, similarity);
	}

}
