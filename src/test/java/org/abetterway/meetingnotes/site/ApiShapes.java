package org.abetterway.meetingnotes.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The field types of the JSON API's answers (the README's "JSON API" section, and the OpenAPI description at
 * {@code /v3/api-docs}), and a check that a JSON object has exactly its fields.
 */
final class ApiShapes {

	/** The theme slugs of the seeds' {@code themes.yml}, in its order, as {@code /api/themes} lists them. */
	static final List<String> THEMES = List.of("power-and-inequality", "funding-and-commissioning",
			"trust-and-relationships", "leadership", "community-and-place", "health-and-care",
			"conflict-and-disagreement", "co-production", "equality-diversity-inclusion", "targets-and-measurement",
			"partnership-working", "government-and-policy", "long-term-change");

	static final Predicate<JsonNode> TEXT = JsonNode::isString;

	static final Predicate<JsonNode> TEXT_OR_NULL = node -> node.isString() || node.isNull();

	static final Predicate<JsonNode> WHOLE = JsonNode::isIntegralNumber;

	static final Predicate<JsonNode> DATE_OR_NULL = node -> node.isNull()
			|| node.isString() && node.asString().matches("\\d{4}-\\d{2}-\\d{2}");

	static final Predicate<JsonNode> TEXTS = node -> node.isArray() && node.values().stream().allMatch(TEXT);

	static final Predicate<JsonNode> ARRAY = JsonNode::isArray;

	static final Map<String, Predicate<JsonNode>> KP = Map.of("anchor", TEXT, "position", WHOLE, "section",
			TEXT_OR_NULL, "title", TEXT_OR_NULL, "text", TEXT, "themes", TEXTS, "url", TEXT);

	static final Map<String, Predicate<JsonNode>> ERROR = Map.of("status", WHOLE, "error", TEXT, "message", TEXT);

	static final JsonMapper JSON = JsonMapper.builder().build();

	private ApiShapes() {
	}

	static void assertShape(JsonNode node, Map<String, Predicate<JsonNode>> fields) {
		assertThat(node.isObject()).as("%s is an object", node).isTrue();
		assertThat(node.propertyNames()).as("fields of %s", node).containsExactlyInAnyOrderElementsOf(fields.keySet());
		fields.forEach((name, type) -> assertThat(type.test(node.get(name))).as("%s of %s", name, node).isTrue());
	}

}
