package org.abetterway.meetingnotes.idea;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import org.abetterway.meetingnotes.idea.GatheredIdeas.Idea;
import org.abetterway.meetingnotes.idea.GatheredIdeas.Member;
import org.abetterway.meetingnotes.idea.IdeaSources.PointAnchor;
import org.abetterway.meetingnotes.idea.IdeaSources.StoredPoint;
import org.abetterway.meetingnotes.meeting.Recurrences;
import org.abetterway.meetingnotes.search.MeaningIndex;
import org.abetterway.meetingnotes.search.MeaningIndex.HeldMeaning;
import org.abetterway.meetingnotes.site.BackgroundWorker;
import org.abetterway.meetingnotes.site.ContentChanged;
import org.abetterway.meetingnotes.site.DerivedContentChanged;
import org.abetterway.meetingnotes.site.SitePaths;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gathers the ideas again after every import, on one thread of its own at the lowest priority, so that the site is
 * ready and serving while they are found (a minute at most for thousands of meetings) and readers keep the other
 * cores; until then the pages say they are being gathered.
 * When they are, it announces a {@link DerivedContentChanged} so that the pages showing them are made again.
 */
@Component
@EnableConfigurationProperties(IdeaSettings.class)
class IdeaGathering implements Recurrences {

	private static final Logger log = LoggerFactory.getLogger(IdeaGathering.class);

	/** How many of a theme's ideas its page names. */
	static final int THEME_PAGE_IDEAS = 5;

	private final IdeaSources sources;

	private final MeaningIndex meanings;

	private final IdeaSettings settings;

	private final ApplicationEventPublisher events;

	/** The gathering's thread, at the lowest priority, so that it leaves the other core to readers. */
	private final BackgroundWorker worker = new BackgroundWorker("ideas", Thread.MIN_PRIORITY);

	/** The latest change of the notes: ideas gathered for an earlier one are stale. */
	private final AtomicLong changes = new AtomicLong();

	private volatile GatheredIdeas gathered = GatheredIdeas.GATHERING;

	/** Whether the application is stopping: no gathering then reads the database. */
	private volatile boolean stopping;

	IdeaGathering(IdeaSources sources, MeaningIndex meanings, IdeaSettings settings, ApplicationEventPublisher events) {
		this.sources = sources;
		this.meanings = meanings;
		this.settings = settings;
		this.events = events;
	}

	@EventListener
	void contentChanged(ContentChanged change) {
		long version = changes.incrementAndGet();
		gathered = GatheredIdeas.GATHERING;
		worker.run(() -> gather(version));
	}

	/** The ideas as last gathered. */
	GatheredIdeas gathered() {
		return gathered;
	}

	private void gather(long version) {
		if (version != changes.get() || stopping) {
			return;
		}
		try {
			long start = System.nanoTime();
			GatheredIdeas found = gather();
			if (version == changes.get() && found != null) {
				gathered = found;
				log.info("Gathered {} ideas raised in several meetings in {} ms", found.ideas().size(),
						(System.nanoTime() - start) / 1_000_000);
				events.publishEvent(new DerivedContentChanged(Instant.now()));
			}
		}
		catch (RuntimeException ex) {
			log.error("Could not gather the ideas raised in several meetings", ex);
		}
	}

	/** The ideas of the notes as the meaning index holds them; null when the application stops meanwhile. */
	private @Nullable GatheredIdeas gather() {
		List<HeldMeaning> held = meanings.held();
		if (held.isEmpty()) {
			return GatheredIdeas.OFF;
		}
		Map<Long, String> anchors = sources.findAnchors().stream()
			.collect(Collectors.toMap(PointAnchor::keyPointId, PointAnchor::anchor));
		List<IdeaPoint> points = held.stream()
			.filter(meaning -> anchors.containsKey(meaning.keyPointId()))
			.map(meaning -> new IdeaPoint(meaning.keyPointId(), meaning.meetingSlug(),
					anchors.get(meaning.keyPointId()), meaning.whole(), meaning.sentences()))
			.toList();
		List<IdeaGrouping.Group> groups = IdeaGrouping.of(settings.grouping(), points);
		if (stopping) {
			return null;
		}
		Set<Long> grouped = groups.stream().flatMap(group -> group.points().stream()).map(IdeaPoint::id)
			.collect(Collectors.toSet());
		Map<Long, StoredPoint> byId = sources.findPoints(grouped).stream()
			.collect(Collectors.toMap(StoredPoint::id, Function.identity()));
		Map<Long, List<String>> themes = held.stream()
			.collect(Collectors.toMap(HeldMeaning::keyPointId, HeldMeaning::themes));
		List<Idea> ideas = groups.stream()
			.filter(group -> group.points().stream().allMatch(point -> byId.containsKey(point.id())))
			.map(group -> {
				Member naming = member(byId.get(group.naming().id()));
				List<Member> members = group.points().stream().map(point -> member(byId.get(point.id()))).toList();
				Set<String> slugs = new LinkedHashSet<>();
				members.forEach(member -> slugs.addAll(themes.getOrDefault(member.keyPointId(), List.of())));
				int meetings = (int) members.stream().map(Member::meetingSlug).distinct().count();
				return new Idea(Idea.idOf(naming.meetingSlug(), naming.anchor()), naming, members, meetings, slugs);
			})
			.toList();
		return GatheredIdeas.ready(ideas);
	}

	private static Member member(StoredPoint point) {
		return new Member(point.id(), point.meetingSlug(), point.meetingTitle(), point.anchor(), point.text());
	}

	@Override
	public Map<Long, Recurrence> ofKeyPoints(Collection<Long> keyPointIds) {
		GatheredIdeas now = gathered;
		Map<Long, Recurrence> recurrences = new HashMap<>();
		for (Long id : keyPointIds) {
			Idea idea = now.byKeyPoint().get(id);
			if (idea == null) {
				continue;
			}
			String own = idea.members().stream().filter(member -> member.keyPointId() == id).findFirst()
				.map(Member::meetingSlug).orElse("");
			List<MeetingLink> others = idea.members().stream()
				.filter(member -> !member.meetingSlug().equals(own))
				.map(member -> new MeetingLink(member.meetingTitle(), SitePaths.meeting(member.meetingSlug())))
				.distinct()
				.toList();
			recurrences.put(id, new Recurrence(now.url(idea, null), others));
		}
		return recurrences;
	}

	@Override
	public List<RecurringIdea> ofTheme(String themeSlug) {
		GatheredIdeas now = gathered;
		return now.about(Objects.requireNonNull(themeSlug)).stream()
			.limit(THEME_PAGE_IDEAS)
			.map(idea -> new RecurringIdea(idea.naming().text(), idea.meetings(), now.url(idea, themeSlug)))
			.toList();
	}

	/** Lets a gathering under way finish its work without reading the database again. */
	@PreDestroy
	void stop() {
		stopping = true;
		worker.stop();
	}

}
