package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.abetterway.meetingnotes.meeting.Meeting;
import org.abetterway.meetingnotes.meeting.MeetingRepository;
import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The same set-up as {@link ApiHostileInputTests}, so that both share one running server. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.jpa.properties.hibernate.generate_statistics=true",
		"spring.jpa.properties.hibernate.session.events.log=false" })
@AutoConfigureMockMvc
class WholePageWritesTests {

	@LocalServerPort
	int port;

	@Autowired
	ServletWebServerApplicationContext context;

	@Autowired
	MeetingRepository meetings;

	@Test
	void everySeededMeetingPageLeavesTheServerInOneWrite() throws Exception {
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
		int writeBuffer = Integer.parseInt(String.valueOf(connector.getProperty("socket.appWriteBufSize")));
		assertThat(writeBuffer).isEqualTo(WholePageWrites.WRITE_BUFFER_BYTES);

		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		List<String> slugs = meetings.findAll().stream().map(Meeting::getSlug).toList();
		assertThat(slugs).hasSize(6);
		for (String slug : slugs) {
			HttpResponse<byte[]> page = client.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/meetings/" + slug)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body().length).as(slug).isLessThan(writeBuffer);
		}
	}

}
