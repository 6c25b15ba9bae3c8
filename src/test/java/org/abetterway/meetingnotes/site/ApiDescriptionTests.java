package org.abetterway.meetingnotes.site;

import static org.abetterway.meetingnotes.site.ApiShapes.ERROR;
import static org.abetterway.meetingnotes.site.ApiShapes.JSON;
import static org.abetterway.meetingnotes.site.ApiShapes.KP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.yaml.snakeyaml.Yaml;

import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI description at {@code /v3/api-docs} against the running controllers: it has every {@code /api/} mapping
 * of Spring MVC and nothing else, each parameter a controller reads with its description, default and whether it is
 * required, and each answer a controller gives (a 400 or 404 as the ones it actually gives to a wrong value); and
 * what the controllers answer matches the schemas it gives, field by field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiDescriptionTests {

	/** A value no parameter of the API takes: a 400 where a controller checks it, a 404 where it looks it up. */
	static final String WRONG = "no-such-value";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void isServedAsJsonAndAsYaml() throws Exception {
		JsonNode api = description();
		assertThat(api.get("openapi").asString()).startsWith("3.1");
		assertThat(api.get("info").get("title").asString()).isEqualTo("Meeting notes API");
		assertThat(api.get("info").get("description").asString()).contains("Every field is always present");
		assertThat(api.get("info").get("version").asString()).isNotBlank();
		MvcResult yaml = mvc.perform(get("/v3/api-docs.yaml")).andReturn();
		assertThat(yaml.getResponse().getStatus()).isEqualTo(200);
		assertThat(yaml.getResponse().getContentType()).startsWith("application/vnd.oai.openapi");
		Map<String, Object> fromYaml = new Yaml().load(yaml.getResponse().getContentAsString());
		assertThat(((Map<?, ?>) fromYaml.get("paths")).keySet()).isEqualTo(names(api.get("paths")));
	}

	@Test
	void saysTheApiIsPublicAndUnderWhichLicence() throws Exception {
		JsonNode api = description();
		assertThat(api.get("security").isArray()).as("security").isTrue();
		assertThat(api.get("security").isEmpty()).as("no security needed").isTrue();
		assertThat(api.get("info").get("license").get("name").asString()).isNotBlank();
		assertThat(api.get("info").get("license").get("url").asString()).startsWith("https://");
	}

	/**
	 * Every operation describes an error a client can get, at least the 406 it answers (not yet cached: a query no
	 * controller reads makes a new address) to a client that accepts no JSON, with the error's schema.
	 */
	@Test
	void everyOperationDescribesTheNotAcceptableItAnswers() throws Exception {
		JsonNode api = description();
		int fresh = 0;
		for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
			JsonNode operation = path.getValue().get("get");
			assertThat(names(operation.get("responses"))).as(path.getKey()).anyMatch(status -> status.startsWith("4"));
			MvcResult result = mvc.perform(request(path.getKey(), operation, null, null)
				.queryParam("fresh", Integer.toString(fresh++)).accept(MediaType.TEXT_HTML)).andReturn();
			assertThat(result.getResponse().getStatus()).as(path.getKey()).isEqualTo(406);
			assertMatches(api, JSON.readTree(result.getResponse().getContentAsString()), jsonSchema(operation, 406),
					path.getKey() + " 406");
		}
	}

	@Test
	void describesEveryApiMappingAndNothingElse() throws Exception {
		Map<String, HandlerMethod> handlers = apiHandlers();
		assertThat(handlers).as("the API's mappings").containsKeys("/api/meetings", "/api/meetings/{slug}",
				"/api/key-points", "/api/search", "/api/themes", "/api/speakers", "/api/import-report");
		JsonNode paths = description().get("paths");
		assertThat(names(paths)).isEqualTo(handlers.keySet());
		paths.properties().forEach(path -> assertThat(names(path.getValue())).as(path.getKey()).containsOnly("get"));
	}

	@Test
	void everyOperationDescribesTheParametersItsControllerReads() throws Exception {
		JsonNode paths = description().get("paths");
		apiHandlers().forEach((path, handler) -> {
			JsonNode operation = paths.get(path).get("get");
			assertThat(operation.get("operationId").asString()).as(path).isNotBlank();
			assertThat(operation.get("summary").asString()).as(path).isNotBlank();
			assertThat(operation.get("tags").isEmpty()).as(path).isFalse();
			Map<String, JsonNode> documented = parameters(operation);
			documented.forEach((name, parameter) -> assertThat(parameter.path("description").asString())
				.as("description of %s of %s", name, path).isNotBlank());
			boolean readsAnyParameter = false;
			for (MethodParameter methodParameter : handler.getMethodParameters()) {
				RequestParam query = methodParameter.getParameterAnnotation(RequestParam.class);
				PathVariable inPath = methodParameter.getParameterAnnotation(PathVariable.class);
				if (query != null && Map.class.isAssignableFrom(methodParameter.getParameterType())) {
					readsAnyParameter = true;
				}
				else if (query != null) {
					String name = name(query.name(), query.value(), methodParameter);
					JsonNode parameter = documented.remove(name);
					assertThat(parameter).as("%s of %s", name, path).isNotNull();
					assertThat(parameter.get("in").asString()).isEqualTo("query");
					boolean hasDefault = !query.defaultValue().equals(ValueConstants.DEFAULT_NONE);
					assertThat(parameter.path("required").asBoolean(false)).as("%s of %s is required", name, path)
						.isEqualTo(query.required() && !hasDefault);
					if (hasDefault) {
						assertThat(parameter.get("schema").get("default").asString()).as("default %s of %s", name, path)
							.isEqualTo(query.defaultValue());
					}
				}
				else if (inPath != null) {
					String name = name(inPath.name(), inPath.value(), methodParameter);
					JsonNode parameter = documented.remove(name);
					assertThat(parameter).as("%s of %s", name, path).isNotNull();
					assertThat(parameter.get("in").asString()).isEqualTo("path");
					assertThat(parameter.get("required").asBoolean()).isTrue();
				}
			}
			// a controller that takes a map of all the parameters looks some up by name: those are described too
			if (readsAnyParameter) {
				assertThat(documented).as("parameters %s reads by name", path).isNotEmpty();
			}
			else {
				assertThat(documented.keySet()).as("parameters of %s read by no controller", path).isEmpty();
			}
		});
	}

	/**
	 * Each operation is asked with a wrong value in each of its parameters, one at a time: a 400 or 404 it answers is
	 * one it describes, with the error's schema, and each 400 or 404 it describes is one it answers.
	 */
	@Test
	void everyOperationDescribesTheErrorsItsControllerAnswers() throws Exception {
		JsonNode api = description();
		for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
			JsonNode operation = path.getValue().get("get");
			Set<String> answered = new TreeSet<>();
			for (JsonNode parameter : operation.path("parameters")) {
				String name = parameter.get("name").asString();
				boolean inPath = parameter.get("in").asString().equals("path");
				MvcResult result = mvc.perform(request(path.getKey(), operation, inPath ? name : null,
						inPath ? null : name)).andReturn();
				int status = result.getResponse().getStatus();
				assertThat(status).as("%s with a wrong %s", path.getKey(), name).isIn(200, 400, 404);
				if (status != 200) {
					answered.add(Integer.toString(status));
					JsonNode error = JSON.readTree(result.getResponse().getContentAsString());
					assertMatches(api, error, jsonSchema(operation, status), path.getKey() + " " + status);
				}
			}
			Set<String> described = new TreeSet<>(names(operation.get("responses")));
			described.retainAll(Set.of("400", "404"));
			assertThat(described).as("errors of %s", path.getKey()).isEqualTo(answered);
			assertThat(operation.get("responses").has("200")).as(path.getKey()).isTrue();
		}
		assertThat(names(api.get("components").get("schemas").get("ApiError").get("properties")))
			.isEqualTo(ERROR.keySet());
	}

	/**
	 * Each operation asked as its description's examples say, a paged list for the largest page it describes, so for
	 * every item on the seeds: the answer is a 200 that its schema describes.
	 */
	@Test
	void everyAnswerIsWhatItsSchemaDescribes() throws Exception {
		JsonNode api = description();
		for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
			JsonNode operation = path.getValue().get("get");
			MockHttpServletRequestBuilder request = request(path.getKey(), operation, null, null);
			JsonNode size = parameters(operation).get("size");
			if (size != null) {
				request.queryParam("size", size.get("schema").get("maximum").asString());
			}
			MvcResult result = mvc.perform(request).andReturn();
			assertThat(result.getResponse().getStatus()).as(path.getKey()).isEqualTo(200);
			assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
			assertMatches(api, JSON.readTree(result.getResponse().getContentAsString()), jsonSchema(operation, 200),
					path.getKey());
		}
	}

	@Test
	void everyFieldIsRequiredAsEveryFieldIsAlwaysPresent() throws Exception {
		description().get("components").get("schemas").properties().forEach(schema -> {
			Set<String> required = new HashSet<>();
			schema.getValue().path("required").forEach(name -> required.add(name.asString()));
			assertThat(required).as(schema.getKey()).isEqualTo(names(schema.getValue().get("properties")));
		});
	}

	@Test
	void pagedListsArePagesOfItemsWithTheContractsFields() throws Exception {
		JsonNode api = description();
		Map<String, Set<String>> itemFields = Map.of("/api/meetings",
				Set.of("slug", "title", "date", "question", "series", "speakers", "themes", "keyPointCount", "url"),
				"/api/key-points", union(KP.keySet(), Set.of("meetingSlug", "meetingTitle")), "/api/search",
				union(KP.keySet(), Set.of("meetingSlug", "meetingTitle", "highlight", "score")));
		itemFields.forEach((path, fields) -> {
			JsonNode operation = api.get("paths").get(path).get("get");
			JsonNode page = resolve(api, jsonSchema(operation, 200));
			assertThat(names(page.get("properties"))).as(path).containsAll(Set.of("total", "page", "size", "items"));
			JsonNode item = resolve(api, page.get("properties").get("items").get("items"));
			assertThat(names(item.get("properties"))).as("items of %s", path).isEqualTo(fields);
			Map<String, JsonNode> parameters = parameters(operation);
			assertRange(parameters.get("page").get("schema"), 0, Paging.LAST_PAGE, 0);
			assertRange(parameters.get("size").get("schema"), 1, Paging.MAX_SIZE, Paging.DEFAULT_SIZE);
			assertThat(operation.get("responses").has("400")).as(path).isTrue();
		});
		assertThat(names(resolve(api, api.get("components").get("schemas").get("Meeting")).get("properties")))
			.contains("summary", "keyPoints");
	}

	/** The GET mappings under /api/ by path, but for the catch-all 404 of addresses that name nothing. */
	private Map<String, HandlerMethod> apiHandlers() {
		Map<String, HandlerMethod> handlers = new LinkedHashMap<>();
		mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (handler.getBeanType() == ApiNotFoundController.class) {
				return;
			}
			for (String path : info.getPatternValues()) {
				if (path.startsWith("/api/")) {
					assertThat(info.getMethodsCondition().getMethods()).as(path).containsOnly(RequestMethod.GET);
					assertThat(handlers.put(path, handler)).as(path).isNull();
				}
			}
		});
		return handlers;
	}

	/** The operation asked with its examples for the path, and {@link #WRONG} for the parameter named. */
	private static MockHttpServletRequestBuilder request(String path, JsonNode operation, String wrongInPath,
			String wrongInQuery) {
		Map<String, String> inPath = new LinkedHashMap<>();
		operation.path("parameters").forEach(parameter -> {
			if (parameter.get("in").asString().equals("path")) {
				String name = parameter.get("name").asString();
				assertThat(parameter.path("example").isString()).as("example of %s of %s", name, path).isTrue();
				inPath.put(name, name.equals(wrongInPath) ? WRONG : parameter.get("example").asString());
			}
		});
		String uri = UriComponentsBuilder.fromPath(path).buildAndExpand(inPath).toUriString();
		MockHttpServletRequestBuilder request = get(uri);
		return wrongInQuery == null ? request : request.queryParam(wrongInQuery, WRONG);
	}

	/** {@code value} is what {@code schema} describes: the same fields, the types, null only where it may be. */
	private static void assertMatches(JsonNode api, JsonNode value, JsonNode schema, String where) {
		assertThat(schema.isMissingNode()).as("schema of %s", where).isFalse();
		schema = resolve(api, schema);
		Set<String> types = new HashSet<>();
		if (schema.get("type").isArray()) {
			schema.get("type").forEach(type -> types.add(type.asString()));
		}
		else {
			types.add(schema.get("type").asString());
		}
		if (value.isNull()) {
			assertThat(types).as("%s may be null", where).contains("null");
			return;
		}
		types.remove("null");
		String type = types.iterator().next();
		switch (type) {
			case "object" -> {
				assertThat(value.isObject()).as("%s is an object", where).isTrue();
				assertThat(value.propertyNames()).as("fields of %s", where)
					.containsExactlyInAnyOrderElementsOf(names(schema.get("properties")));
				schema.get("properties").properties().forEach(property -> assertMatches(api,
						value.get(property.getKey()), property.getValue(), where + "." + property.getKey()));
			}
			case "array" -> {
				assertThat(value.isArray()).as("%s is an array", where).isTrue();
				int i = 0;
				for (JsonNode item : value) {
					assertMatches(api, item, schema.get("items"), where + "[" + i++ + "]");
				}
			}
			case "string" -> {
				assertThat(value.isString()).as("%s is a string", where).isTrue();
				if ("date".equals(schema.path("format").asString(null))) {
					assertThat(value.asString()).as(where).matches("\\d{4}-\\d{2}-\\d{2}");
				}
				if ("date-time".equals(schema.path("format").asString(null))) {
					Instant.parse(value.asString());
				}
			}
			case "integer" -> assertThat(value.isIntegralNumber()).as("%s is a whole number", where).isTrue();
			case "number" -> assertThat(value.isNumber()).as("%s is a number", where).isTrue();
			case "boolean" -> assertThat(value.isBoolean()).as("%s is a boolean", where).isTrue();
			default -> throw new AssertionError(where + " has a type of no JSON value: " + type);
		}
	}

	/** The operation's parameters by name. */
	private static Map<String, JsonNode> parameters(JsonNode operation) {
		Map<String, JsonNode> parameters = new LinkedHashMap<>();
		operation.path("parameters").forEach(parameter -> parameters.put(parameter.get("name").asString(), parameter));
		return parameters;
	}

	/** The schema of the JSON the operation answers with the status, or a missing node. */
	private static JsonNode jsonSchema(JsonNode operation, int status) {
		return operation.path("responses").path(Integer.toString(status)).path("content")
			.path(MediaType.APPLICATION_JSON_VALUE).path("schema");
	}

	private static JsonNode resolve(JsonNode api, JsonNode schema) {
		while (schema.has("$ref")) {
			String ref = schema.get("$ref").asString();
			assertThat(ref).startsWith("#/components/schemas/");
			schema = api.get("components").get("schemas").get(ref.substring("#/components/schemas/".length()));
			assertThat(schema).as(ref).isNotNull();
		}
		return schema;
	}

	private static void assertRange(JsonNode schema, int minimum, int maximum, int defaultValue) {
		assertThat(schema.get("minimum").asInt()).isEqualTo(minimum);
		assertThat(schema.get("maximum").asInt()).isEqualTo(maximum);
		assertThat(schema.get("default").asInt()).isEqualTo(defaultValue);
	}

	private JsonNode description() throws Exception {
		MvcResult result = mvc.perform(get("/v3/api-docs")).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
		return JSON.readTree(result.getResponse().getContentAsString());
	}

	private static String name(String name, String value, MethodParameter parameter) {
		return !name.isEmpty() ? name : !value.isEmpty() ? value : parameter.getParameterName();
	}

	private static Set<String> names(JsonNode object) {
		return new HashSet<>(object.propertyNames());
	}

	private static Set<String> union(Set<String> one, Set<String> other) {
		Set<String> union = new HashSet<>(one);
		union.addAll(other);
		return union;
	}

}
