package org.abetterway.meetingnotes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real PostgreSQL server ({@link PostgresServer}) through its {@code postgres} profile,
 * the test notes imported at start-up. Every class so annotated shares one application context, so the settings
 * below are those of all the test classes that run again on PostgreSQL, joined.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = { "notes.watch=false",
		"notes.page-cache=false", "spring.jpa.properties.hibernate.generate_statistics=true",
		"spring.jpa.properties.hibernate.session.events.log=false" })
@AutoConfigureMockMvc
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresServer.class)
public @interface PostgresTest {

}
