package org.abetterway.meetingnotes.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.abetterway.meetingnotes.MeetingNotesApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application on a real port, started on a thread of its own as {@code java -jar} would start it, so that a
 * test can ask it for pages while it is still starting, run two at once or restart one.
 */
final class RunningApp implements AutoCloseable {

	private static final long MINUTES = 5;

	private final CompletableFuture<Integer> port = new CompletableFuture<>();

	private final CompletableFuture<ConfigurableApplicationContext> context = new CompletableFuture<>();

	private final HttpClient http = HttpClient.newHttpClient();

	private RunningApp(Path notes, List<Class<?>> extraSources, List<String> properties) {
		List<Class<?>> sources = new ArrayList<>(List.of(MeetingNotesApplication.class));
		sources.addAll(extraSources);
		List<String> all = new ArrayList<>(List.of("server.port=0", "notes.seeds-dir=" + notes, "notes.watch=false",
				"notes.search.semantic=false", "spring.jmx.enabled=false"));
		all.addAll(properties);
		// as arguments, which win over the tests' config/application.properties
		String[] arguments = all.stream().map(property -> "--" + property).toArray(String[]::new);
		SpringApplicationBuilder builder = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
			.listeners((ApplicationListener<WebServerInitializedEvent>) event -> port
				.complete(event.getWebServer().getPort()));
		Thread main = new Thread(() -> {
			try {
				context.complete(builder.run(arguments));
			}
			catch (Throwable ex) {
				port.completeExceptionally(ex);
				context.completeExceptionally(ex);
			}
		}, "running-app");
		main.setDaemon(true);
		main.start();
	}

	static RunningApp start(Path notes, String... properties) {
		return new RunningApp(notes, List.of(), List.of(properties));
	}

	static RunningApp start(Path notes, Class<?> extraSource, String... properties) {
		return new RunningApp(notes, List.of(extraSource), List.of(properties));
	}

	/** The port, as soon as the web server listens; the application may still be starting. */
	int port() throws Exception {
		return port.get(MINUTES, TimeUnit.MINUTES);
	}

	/** Waits until the application has started: its start-up runners, such as the first import, are done. */
	ConfigurableApplicationContext started() throws Exception {
		return context.get(MINUTES, TimeUnit.MINUTES);
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Override
	public void close() {
		context.thenAccept(ConfigurableApplicationContext::close).join();
	}

}
