package org.abetterway.meetingnotes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MeetingNotesApplication {

	/**
	 * The largest buffer outside the heap the JDK keeps for each thread after writing to a socket. Unbounded by default,
	 * so each of Tomcat's threads kept one as large as the largest page it had sent (up to 300 KB): about 14 MB with
	 * 2,000 meetings under load. A larger answer is written through a buffer that is freed after.
	 */
	static final String MAX_CACHED_BUFFER = "65536";

	public static void main(String[] args) {
		if (System.getProperty("jdk.nio.maxCachedBufferSize") == null) {
			System.setProperty("jdk.nio.maxCachedBufferSize", MAX_CACHED_BUFFER);
		}
		SpringApplication.run(MeetingNotesApplication.class, args);
	}

}
