package org.abetterway.meetingnotes;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MeetingNotesApplication {

	public static void main(String[] args) {
		SpringApplication.run(MeetingNotesApplication.class, args);
	}

}
