package org.abetterway.meetingnotes.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.abetterway.meetingnotes.MeetingNotesApplication;
import org.abetterway.meetingnotes.notes.ImportReport;
import org.abetterway.meetingnotes.notes.NotesImporter;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the restart tests start and compare: the application as a new process on a database it used before, and its
 * answers to searches by words and by meaning.
 */
final class Restarts {

	/** Words, a phrase, a word left out, alternatives, and readers' words and questions that meaning finds. */
	static final List<String> QUERIES = List.of("funders", "\"psychological safety\"", "trust -funding", "council",
			"charities competing for grants", "trust OR funders", "how do small charities get heard",
			"leaders who listen");

	private Restarts() {
	}

	/** The whole application, without a web server, on the test notes, which it does not watch; properties as key=value. */
	static ConfigurableApplicationContext start(String profile,
			List<ApplicationContextInitializer<ConfigurableApplicationContext>> initializers, String... properties) {
		return new SpringApplicationBuilder(MeetingNotesApplication.class).profiles(profile)
			.initializers(initializers.toArray(ApplicationContextInitializer[]::new))
			.web(WebApplicationType.NONE)
			.properties("notes.watch=false")
			// as arguments, which win over the profile's settings as on a command line
			.run(Arrays.stream(properties).map(property -> "--" + property).toArray(String[]::new));
	}

	/** Each query's count of results and first ten key points, as meeting#anchor. */
	static Map<String, List<String>> answers(ConfigurableApplicationContext context) {
		return answers(context, QUERIES, false);
	}

	/** Each query's count of results and first ten key points, as meeting#anchor, with their scores if asked. */
	static Map<String, List<String>> answers(ConfigurableApplicationContext context, List<String> queries,
			boolean scores) {
		KeyPointSearch search = context.getBean(KeyPointSearch.class);
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (String query : queries) {
			SearchResults results = search.search(new SearchRequest(query, List.of(), null, null, 0, 10));
			List<String> answer = new ArrayList<>();
			answer.add("total " + results.total());
			results.hits().forEach(hit -> answer.add(hit.meetingSlug() + "#" + hit.anchor()
					+ (scores ? " " + hit.score() : "")));
			answers.put(query, answer);
		}
		return answers;
	}

	static ImportReport lastImport(ConfigurableApplicationContext context) {
		return context.getBean(NotesImporter.class).lastReport();
	}

	/** Every stored meeting's id by its file: an import of a file stores its meeting anew, under a new id. */
	static Map<String, Long> meetingIds(ConfigurableApplicationContext context) {
		Map<String, Long> ids = new LinkedHashMap<>();
		context.getBean(JdbcTemplate.class).query("select source_file, id from meeting order by source_file",
				row -> {
					ids.put(row.getString(1), row.getLong(2));
				});
		return ids;
	}

}
