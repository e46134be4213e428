package org.trajectorystudio.model.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trajectorystudio.model.json.Json;
import tools.jackson.databind.JsonNode;

class ToolArgumentsTest {
    private static final JsonNode SCHEMA = Json.tryParse(EditSamples.SEARCH_SCHEMA);

    private static List<String> problems(String arguments) {
        return ToolSchemaValidator.validate(SCHEMA, Json.tryParse(arguments));
    }

    @Test
    void acceptsArgumentsThatFitTheSchema() {
        assertThat(problems("{\"query\":[\"a\",\"b\"]}")).isEmpty();
        assertThat(problems("{\"query\":[],\"lang\":\"de\"}")).isEmpty();
    }

    @Test
    void namesEachProblemWithItsPath() {
        assertThat(problems("{}")).containsExactly("arguments: missing required property 'query'");
        assertThat(problems("{\"query\":\"a\"}")).containsExactly("arguments.query: expected array, got string");
        assertThat(problems("{\"query\":[\"a\",3]}")).containsExactly("arguments.query[1]: expected string, got integer");
        assertThat(problems("{\"query\":[],\"lang\":\"fr\"}")).containsExactly("arguments.lang: \"fr\" is not one of [\"en\",\"de\"]");
        assertThat(problems("{\"query\":[],\"page\":2}")).containsExactly("arguments: unknown property 'page'");
        assertThat(problems("[1]")).containsExactly("arguments: expected object, got array");
    }

    @Test
    void typeListsIntegersAndSchemaValuedAdditionalProperties() {
        JsonNode schema = Json.tryParse("""
                {"type":"object","properties":{"n":{"type":"integer"},"x":{"type":["string","null"]}},
                 "additionalProperties":{"type":"number"}}""");
        assertThat(ToolSchemaValidator.validate(schema, Json.tryParse("{\"n\":2.0,\"x\":null,\"extra\":1.5}"))).isEmpty();
        assertThat(ToolSchemaValidator.validate(schema, Json.tryParse("{\"n\":2.5,\"x\":1,\"extra\":\"no\"}"))).containsExactly(
                "arguments.n: expected integer, got number",
                "arguments.x: expected string or null, got integer",
                "arguments.extra: expected number, got string");
    }

    @Test
    void unknownKeywordsAndMissingSchemasAcceptAnything() {
        assertThat(ToolSchemaValidator.validate(null, Json.tryParse("{\"a\":1}"))).isEmpty();
        assertThat(ToolSchemaValidator.validate(Json.tryParse("{\"oneOf\":[{\"type\":\"string\"}]}"), Json.tryParse("{\"a\":1}"))).isEmpty();
    }

    @Test
    void checkReportsInvalidJsonWithItsPositionThenTheSchema() {
        var sample = EditSamples.trajectory();
        assertThat(ToolArguments.check(sample, "search", "{\"query\": [\"a\"")).isInstanceOfSatisfying(ToolArguments.Invalid.class,
                invalid -> assertThat(invalid.reason()).startsWith("arguments are not valid JSON at line 1"));
        assertThat(ToolArguments.check(sample, "search", "{\"query\": \"a\"}")).isEqualTo(
                new ToolArguments.Invalid("arguments.query: expected array, got string"));
        assertThat(ToolArguments.check(sample, "visit", "{}")).isInstanceOfSatisfying(ToolArguments.Invalid.class,
                invalid -> assertThat(invalid.reason()).contains("no tool named 'visit'"));
        assertThat(ToolArguments.check(sample, " search ", "{\"query\": [\"a\"]}")).isInstanceOfSatisfying(ToolArguments.Valid.class,
                valid -> assertThat(valid.name()).isEqualTo("search"));
        assertThat(ToolArguments.check(sample.withId("x"), "search", "  ")).isInstanceOf(ToolArguments.Invalid.class);
    }

    @Test
    void withoutToolSpecsAnyNameAndJsonIsAccepted() {
        var noTools = EditSamples.has();
        assertThat(ToolArguments.check(noTools, "anything", "{\"free\": true}")).isInstanceOf(ToolArguments.Valid.class);
    }
}
