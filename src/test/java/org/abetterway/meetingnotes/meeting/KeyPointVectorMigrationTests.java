package org.abetterway.meetingnotes.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.abetterway.meetingnotes.site.ContentChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The migration that moves the vectors of search by meaning out of the key points' rows into a table of their own:
 * a database whose vectors sit in the rows, as before it, searches by meaning and finds similar points as the import
 * of the same notes does, once migrated.
 */
@SpringBootTest(properties = "notes.watch=false")
@AutoConfigureMockMvc
@DirtiesContext
class KeyPointVectorMigrationTests {

	/** Answers made by meaning: a paraphrase the words do not match, and a key point's nearest in other meetings. */
	static final List<String> BY_MEANING = List.of("/api/search?q=how+do+small+charities+get+heard",
			"/api/search?q=people+in+charge+who+pay+attention",
			"/api/meetings/joining-forces-unequal-alliances/key-points/there-is-always/similar?size=10");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void vectorsKeptInTheKeyPointsRowsMoveToTheirOwnTableAndSearchAlike() throws Exception {
		Map<String, String> imported = answers();
		Map<Long, String> vectors = storedVectors();
		assertThat(vectors).hasSizeGreaterThan(80);
		// the layout before the migration: each key point's vectors in its own row
		jdbc.execute("alter table key_point add column embedding bytea");
		jdbc.execute("alter table key_point add column sentence_embeddings bytea");
		jdbc.update("""
				update key_point k set
				embedding = (select v.embedding from key_point_vector v where v.key_point_id = k.id),
				sentence_embeddings = (select v.sentence_embeddings from key_point_vector v where v.key_point_id = k.id)""");
		jdbc.execute("drop table key_point_vector");

		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V5__key_point_vector.sql")).execute(dataSource);
		// read again by the meaning index, as after the restart that migrates
		events.publishEvent(new ContentChanged(Instant.now(), Instant.now()));

		assertThat(storedVectors()).isEqualTo(vectors);
		assertThat(jdbc.queryForList("""
				select column_name from information_schema.columns
				where lower(table_name) = 'key_point' and lower(column_name) like '%embedding%'""")).isEmpty();
		assertThat(answers()).isEqualTo(imported);
	}

	@Test
	void aKeyPointsVectorsGoWithItsMeeting() {
		// rolled back, so that the other test finds every meeting
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Long meeting = jdbc.queryForObject("select min(meeting_id) from key_point", Long.class);
			assertThat(jdbc.queryForObject("""
					select count(*) from key_point_vector v join key_point k on k.id = v.key_point_id
					where k.meeting_id = ?""", Integer.class, meeting)).isPositive();
			jdbc.update("delete from meeting where id = ?", meeting);
			assertThat(jdbc.queryForObject("""
					select count(*) from key_point_vector where key_point_id not in (select id from key_point)""",
					Integer.class)).isZero();
			status.setRollbackOnly();
		});
	}

	/** Each key point's whole and sentence vectors as hex, by key point. */
	private Map<Long, String> storedVectors() {
		Map<Long, String> vectors = new LinkedHashMap<>();
		HexFormat hex = HexFormat.of();
		jdbc.query("select key_point_id, embedding, sentence_embeddings from key_point_vector order by key_point_id",
				row -> {
					byte[] sentences = row.getBytes(3);
					vectors.put(row.getLong(1),
							hex.formatHex(row.getBytes(2)) + "/" + (sentences == null ? "-" : hex.formatHex(sentences)));
				});
		return vectors;
	}

	private Map<String, String> answers() throws Exception {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String path : BY_MEANING) {
			answers.put(path, mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString());
		}
		return answers;
	}

}
