package org.abetterway.meetingnotes.idea;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.abetterway.meetingnotes.idea.IdeaQueries.IdeaView;
import org.abetterway.meetingnotes.meeting.KeyPointWithMeetingJson;
import org.abetterway.meetingnotes.meeting.Theme;
import org.abetterway.meetingnotes.meeting.ThemeRepository;
import org.abetterway.meetingnotes.site.ApiDocs;
import org.abetterway.meetingnotes.site.ApiError;
import org.abetterway.meetingnotes.site.ApiPage;
import org.abetterway.meetingnotes.site.Paging;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@Tag(name = "Ideas", description = "Ideas raised in several meetings")
@RestController
class IdeaApiController {

	private final IdeaQueries ideas;

	private final ThemeRepository themes;

	IdeaApiController(IdeaQueries ideas, ThemeRepository themes) {
		this.ideas = ideas;
		this.themes = themes;
	}

	@GetMapping("/api/ideas")
	@Operation(operationId = "listIdeas", summary = "Ideas raised in several meetings, a page at a time",
			description = "Key points of two meetings or more that say the same thing, found by meaning, each named by "
					+ "its most central point; raised in the most meetings first. A key point is in one idea at most. "
					+ "Ids are made of the naming point's meeting slug and anchor, so they are the same on every "
					+ "instance serving the same notes and after a restart. The list is empty when search by meaning "
					+ "is off, and while the ideas are being gathered after an import (a few seconds; a minute for "
					+ "thousands of meetings).")
	@ApiResponse(responseCode = "200", description = "One page of ideas")
	@ApiDocs.Paged
	ApiPage<IdeaJson> list(@Parameter(description = "A theme's slug, as `/api/themes` lists them: only ideas some "
			+ "of whose points carry it. Empty or left out for every idea; an unknown slug is a 400 whose message "
			+ "lists the valid ones.", example = "leadership") @RequestParam(required = false) @Nullable String theme,
			@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "" + Paging.DEFAULT_SIZE) int size) {
		Page<IdeaView> found = ideas.page(known(theme), Paging.checked(page, size)).ideas();
		return ApiPage.of(found, found.map(IdeaJson::of).getContent());
	}

	private @Nullable String known(@Nullable String theme) {
		if (theme == null || theme.isEmpty()) {
			return null;
		}
		List<String> valid = themes.findAllByOrderByPosition().stream().map(Theme::getSlug).toList();
		if (!valid.contains(theme)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown theme " + ApiError.quote(theme)
					+ "; the themes are: " + String.join(", ", valid));
		}
		return theme;
	}

	@Schema(name = "Idea", description = "Key points of two meetings or more that say the same thing")
	record IdeaJson(@Schema(description = "Stable: the naming point's meeting slug and anchor; the idea's anchor on "
			+ "the page of ideas") String id,
			@Schema(description = "The point that names the idea: the one most like the others") KeyPointWithMeetingJson label,
			@Schema(description = "How many meetings raised it, two or more") int meetings,
			@Schema(description = "Every point of the idea, the label too, newest meetings first")
			List<KeyPointWithMeetingJson> points) {

		static IdeaJson of(IdeaView idea) {
			return new IdeaJson(idea.id(), KeyPointWithMeetingJson.of(idea.label()), idea.meetings(),
					idea.points().stream().map(KeyPointWithMeetingJson::of).toList());
		}

	}

}
