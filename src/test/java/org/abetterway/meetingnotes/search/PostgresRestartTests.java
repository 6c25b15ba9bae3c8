package org.abetterway.meetingnotes.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.abetterway.meetingnotes.PostgresServer;
import org.abetterway.meetingnotes.PostgresTest;
import org.abetterway.meetingnotes.notes.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The test notes imported into PostgreSQL, and a second start of the application on the same database, as a restart
 * or another instance would be: it imports nothing again and searches the same.
 */
@PostgresTest
class PostgresRestartTests {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theTestNotesAreStoredInPostgresWithTheirVectors() throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		assertThat(jdbc.queryForObject("select count(*) from meeting", Long.class)).isEqualTo(6);
		assertThat(jdbc.queryForObject("select count(*) from key_point", Long.class)).isEqualTo(87);
		assertThat(jdbc.queryForObject("select count(*) from key_point_vector where octet_length(embedding) = ?", Long.class,
				OnnxEncoder.DIMENSIONS * Float.BYTES)).isEqualTo(87);
	}

	@TempDir
	Path dataDir;

	@Test
	void aSecondStartOnTheSameDatabaseImportsNothingAndSearchesTheSame() {
		Map<String, List<String>> answers = Restarts.answers(context);
		Map<String, Long> ids = Restarts.meetingIds(context);
		assertThat(answers.values()).allSatisfy(answer -> assertThat(answer).hasSizeGreaterThan(1));

		// its own data folder, as another instance would have: its search index is built from the database
		try (ConfigurableApplicationContext again = Restarts.start("postgres", List.of(new PostgresServer()),
				"notes.data-dir=" + dataDir)) {
			ImportReport report = Restarts.lastImport(again);
			assertThat(report.imported()).isEmpty();
			assertThat(report.unchanged()).hasSize(6);
			assertThat(Restarts.meetingIds(again)).isEqualTo(ids);
			assertThat(Restarts.answers(again)).isEqualTo(answers);
		}
	}

}
