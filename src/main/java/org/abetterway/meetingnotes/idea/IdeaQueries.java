package org.abetterway.meetingnotes.idea;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.abetterway.meetingnotes.idea.GatheredIdeas.Idea;
import org.abetterway.meetingnotes.idea.GatheredIdeas.Member;
import org.abetterway.meetingnotes.idea.GatheredIdeas.State;
import org.abetterway.meetingnotes.meeting.KeyPoint;
import org.abetterway.meetingnotes.meeting.KeyPointRepository;
import org.abetterway.meetingnotes.meeting.MeetingKeyPoints;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The one read path of ideas, for the page and the API: a page of them with their key points, read in one query.
 */
@Component
class IdeaQueries {

	private final IdeaGathering gathering;

	private final KeyPointRepository keyPoints;

	IdeaQueries(IdeaGathering gathering, KeyPointRepository keyPoints) {
		this.gathering = gathering;
		this.keyPoints = keyPoints;
	}

	/** A page of the ideas some of whose points carry the theme, or of all ideas, raised in the most meetings first. */
	IdeaPage page(@Nullable String theme, Pageable pageable) {
		GatheredIdeas gathered = gathering.gathered();
		List<Idea> about = gathered.about(theme);
		List<Idea> shown = about.stream().skip(pageable.getOffset()).limit(pageable.getPageSize()).toList();
		List<Long> ids = shown.stream().flatMap(idea -> idea.members().stream()).map(Member::keyPointId).toList();
		// in meeting order, newest meetings first, as every list of key points is
		List<KeyPoint> inOrder = ids.isEmpty() ? List.of() : keyPoints.findWithThemesByIdIn(ids);
		Map<Long, KeyPoint> read = inOrder.stream()
			.collect(Collectors.toMap(KeyPoint::getId, Function.identity(), (a, b) -> a));
		List<IdeaView> views = shown.stream()
			.filter(idea -> read.containsKey(idea.naming().keyPointId()))
			.map(idea -> {
				List<KeyPoint> points = inOrder.stream()
					.filter(point -> idea.members().stream().anyMatch(member -> member.keyPointId() == point.getId()))
					.toList();
				return new IdeaView(idea.id(), read.get(idea.naming().keyPointId()), idea.meetings(), points);
			})
			.toList();
		Set<String> themes = gathered.ideas().stream().flatMap(idea -> idea.themes().stream()).collect(Collectors.toSet());
		return new IdeaPage(gathered.state(), new PageImpl<>(views, pageable, about.size()), themes);
	}

	/**
	 * @param state whether the ideas are gathered yet, or cannot be
	 * @param ideas a page of them
	 * @param themes the themes of any idea, to filter by
	 */
	record IdeaPage(State state, Page<IdeaView> ideas, Set<String> themes) {
	}

	/**
	 * An idea with its key points, read with their meetings and themes.
	 *
	 * @param id its anchor on the page of ideas
	 * @param label the point that names it
	 * @param meetings how many meetings raised it
	 * @param points every point, the label too
	 */
	record IdeaView(String id, KeyPoint label, int meetings, List<KeyPoint> points) {

		/** The points under a heading for each meeting. */
		public List<MeetingKeyPoints> byMeeting() {
			return MeetingKeyPoints.of(points);
		}

	}

}
