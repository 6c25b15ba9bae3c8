package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.abetterway.meetingnotes.notes.SeedsCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/**
 * While the first import runs, with part of the notes already stored, no page or API answer is a 200: readers get a
 * 503 with Retry-After, and the readiness probe says OUT_OF_SERVICE while liveness says UP. The import is held in the
 * middle, after its first window of files is committed, until the test has asked.
 */
class ReadyOnlyWhenImportedTests {

	/** The six test meetings and forty more: two windows of files, the second held back. */
	static final Path NOTES = SeedsCopy.create("notes-starting");

	static final String HELD_BACK = "07-extra-39.md";

	static final CountDownLatch importHalfDone = new CountDownLatch(1);

	static final CountDownLatch carryOn = new CountDownLatch(1);

	static MeetingRepository storedMeetings;

	@AfterAll
	static void cleanUp() throws Exception {
		carryOn.countDown();
		FileSystemUtils.deleteRecursively(NOTES);
	}

	@Test
	void noAnswerIsPartOfTheSiteUntilTheFirstImportEnds() throws Exception {
		for (int i = 0; i < 40; i++) {
			Files.writeString(NOTES.resolve("07-extra-%02d.md".formatted(i)), "# Extra meeting " + i
					+ "\n\n- Funders and partners met.\n");
		}
		try (RunningApp app = RunningApp.start(NOTES, HoldTheImport.class)) {
			try {
				whileTheImportIsHalfDone(app);
			}
			finally {
				carryOn.countDown();
			}
			app.started();
			assertThat(app.get("/api/meetings").body()).contains("\"total\":46");
			assertThat(app.get("/").statusCode()).isEqualTo(200);
			assertThat(app.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
	}

	private void whileTheImportIsHalfDone(RunningApp app) throws Exception {
		assertThat(importHalfDone.await(5, TimeUnit.MINUTES)).isTrue();
		assertThat(storedMeetings.count()).isEqualTo(32);

		assertThat(app.get("/").statusCode()).isEqualTo(503);
		HttpResponse<String> page = app.get("/", "Accept", "text/html");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
		assertThat(page.body()).contains("<h1>The notes are being loaded</h1>", "/assets/css/notes");
		HttpResponse<String> api = app.get("/api/meetings");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(api.body()).contains("\"status\":503", "being loaded");
		assertThat(app.get("/meetings/joining-forces-unequal-alliances").statusCode()).isEqualTo(503);
		assertThat(app.get("/feed.atom").statusCode()).isEqualTo(503);
		HttpResponse<String> readiness = app.get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("OUT_OF_SERVICE");
		assertThat(app.get("/actuator/health/liveness").body()).contains("UP");
	}

	/** Holds the import when it is about to store the window of files holding {@link #HELD_BACK}. */
	@Configuration(proxyBeanMethods = false)
	static class HoldTheImport {

		@Bean
		static BeanPostProcessor holdTheImport() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof MeetingRepository repository)) {
						return bean;
					}
					storedMeetings = repository;
					return Proxy.newProxyInstance(MeetingRepository.class.getClassLoader(),
							new Class<?>[] { MeetingRepository.class }, (proxy, method, arguments) -> {
								if (method.getName().equals("findBySourceFileIn")
										&& ((Collection<?>) arguments[0]).contains(HELD_BACK)) {
									importHalfDone.countDown();
									carryOn.await(5, TimeUnit.MINUTES);
								}
								try {
									return method.invoke(repository, arguments);
								}
								catch (InvocationTargetException ex) {
									throw ex.getCause();
								}
							});
				}
			};
		}

	}

}
