package org.abetterway.meetingnotes.site;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the JSON API, served by springdoc at {@code /v3/api-docs} (and
 * {@code /v3/api-docs.yaml}): what holds for every operation is said here once; each API controller describes its
 * own operations, with the shared parts from {@link ApiDocs}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String TITLE = "Meeting notes API";

	static final String DESCRIPTION = """
			The meeting notes as JSON: meetings with their key points, themes, speakers, and search. The API is \
			read-only: any method but `GET`, `HEAD` and `OPTIONS` is a 405.

			- Every field is always present; a value that is not known is `null`, never a missing key. Dates are \
			`YYYY-MM-DD`. URLs (`url`) are paths on this site.
			- Lists keep the home page's order: meetings newest first, undated last, then by file name; themes \
			follow the order of the themes file.
			- A paged list answers `{total, page, size, items}`: `page` from 0 to %d, `size` from 1 to %d \
			(%d unless asked); a page past the end has the `total` and no `items`.
			- An error is `{status, error, message}` as JSON whatever the `Accept` header says, with no stack trace; \
			values from the request are quoted in the message and cut to 80 characters. An address under `/api/` \
			that names nothing is a 404.
			""".formatted(Paging.LAST_PAGE, Paging.MAX_SIZE, Paging.DEFAULT_SIZE);

	/** The version of this description, not of the application. */
	static final String VERSION = "1";

	/** The notes are there to be reused with credit, as their Markdown download invites. */
	static final License LICENCE = new License().name("CC BY 4.0")
		.url("https://creativecommons.org/licenses/by/4.0/");

	static final String NOT_ACCEPTABLE = "The `Accept` header rules out JSON, the only format the API answers in.";

	@Bean
	OpenAPI meetingNotesApi() {
		return new OpenAPI().info(new Info().title(TITLE).description(DESCRIPTION).version(VERSION).license(LICENCE))
			// relative, so that the description holds wherever the site is published
			.servers(List.of(new Server().url("/").description("This site")))
			// a public API: no operation needs credentials, and the description says so rather than leaving it open
			.security(List.of());
	}

	/** Every operation answers a 406 to a client that accepts no JSON; said here once rather than on each one. */
	@Bean
	OpenApiCustomizer everyOperationMayBeNotAcceptable() {
		return openApi -> openApi.getPaths().values().forEach(path -> path.readOperations()
			.forEach(operation -> operation.getResponses().addApiResponse("406", new ApiResponse()
				.description(NOT_ACCEPTABLE)
				.content(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
						new MediaType().schema(new Schema<ApiError>().$ref("#/components/schemas/ApiError")))))));
	}

	/** Every field of every answer is present, even when it is null: the schemas say so by requiring them all. */
	@Bean
	OpenApiCustomizer everyFieldIsRequired() {
		return openApi -> openApi.getComponents().getSchemas().values().forEach(schema -> {
			if (schema.getProperties() != null) {
				schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
			}
		});
	}

}
