package org.abetterway.meetingnotes.speaker;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.abetterway.meetingnotes.meeting.Speaker;

@WebMvcTest(SpeakerApiController.class)
class SpeakerApiControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SpeakerQueries speakers;

	@Test
	void speakersComeWithTheMeetingsTheySpokeAt() throws Exception {
		Speaker cate = speaker(1L, "cate-newnes-smith", "Cate Newnes-Smith", "CEO", "Surrey Youth Focus");
		Speaker john = speaker(2L, "john-mortimer", "John Mortimer", null, "Vanguard");
		given(speakers.findAllByOrderByNameAsc()).willReturn(List.of(cate, john));
		given(speakers.findAllMeetingSlugs()).willReturn(List.of(new SpeakerMeeting(1L, "newest"),
				new SpeakerMeeting(1L, "older"), new SpeakerMeeting(1L, "older")));
		mvc.perform(get("/api/speakers"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].slug").value("cate-newnes-smith"))
			.andExpect(jsonPath("$[0].name").value("Cate Newnes-Smith"))
			.andExpect(jsonPath("$[0].role").value("CEO"))
			.andExpect(jsonPath("$[0].organisation").value("Surrey Youth Focus"))
			.andExpect(jsonPath("$[0].meetings", contains("newest", "older")))
			.andExpect(jsonPath("$[1]", hasEntry(equalTo("role"), nullValue())))
			.andExpect(jsonPath("$[1].meetings").isEmpty());
	}

	private static Speaker speaker(Long id, String slug, String name, String role, String organisation) {
		Speaker speaker = new Speaker(slug, name);
		speaker.describe(name, role, organisation);
		ReflectionTestUtils.setField(speaker, "id", id);
		return speaker;
	}

}
