package gov.perftarget.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.Validator;

/**
 * The event contracts kept in {@code event-contracts/}: one JSON Schema (draft 2020-12) per event
 * type with an example, and the AsyncAPI document. Producers' tests validate what they really send;
 * consumers' tests feed them the examples.
 */
public final class EventContracts {

    /** The event types, each with {@code schemas/<type>.v1.json}. */
    public static final List<String> TYPES = List.of("declaration-submitted", "declaration-pre-reviewed",
            "declaration-reviewed", "monitoring-reported");

    private static final ObjectMapper JSON = new ObjectMapper();

    private EventContracts() {
    }

    /** The CloudEvents {@code dataschema} of an event type: its schema's {@code $id}. */
    public static String dataschema(String type) {
        return schema(type).get("$id").asText();
    }

    public static JsonNode schema(String type) {
        return read("event-contracts/schemas/" + type + ".v1.json");
    }

    /** The schema's first example, a fresh copy the caller may change. */
    public static ObjectNode example(String type) {
        return (ObjectNode) schema(type).get("examples").get(0).deepCopy();
    }

    /** The reasons the payload breaks its schema; empty when it is valid. */
    public static List<String> violations(String type, String payload) {
        Validator validator = Validator.create(JsonSchema.of(new JsonObject(schema(type).toString())),
                new JsonSchemaOptions().setDraft(Draft.DRAFT202012).setBaseUri("urn:perftarget")
                        .setOutputFormat(OutputFormat.Basic));
        OutputUnit result = validator.validate(new JsonObject(payload));
        if (Boolean.TRUE.equals(result.getValid())) {
            return List.of();
        }
        return result.getErrors() == null ? List.of(String.valueOf(result.getError()))
                : result.getErrors().stream().map(e -> e.getInstanceLocation() + ": " + e.getError()).toList();
    }

    static JsonNode read(String resource) {
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No contract " + resource);
            }
            return JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
