package org.abetterway.meetingnotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real PostgreSQL server, from Maven jars, shared by every test that runs on it: started on first use, stopped when
 * the tests' JVM exits. As an initializer it points an application context's datasource at it, over what the
 * {@code postgres} profile says.
 */
public class PostgresServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String USER = "postgres";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("postgres-server",
				Map.of("spring.datasource.url", jdbcUrl(), "spring.datasource.username", USER,
						"spring.datasource.password", "")));
	}

	public static String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + Started.SERVER.getPort() + "/postgres";
	}

	private static final class Started {

		static final EmbeddedPostgres SERVER = start();

		private static EmbeddedPostgres start() {
			try {
				return EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
			}
		}

	}

}
