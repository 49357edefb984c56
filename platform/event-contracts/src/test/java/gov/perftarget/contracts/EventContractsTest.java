package gov.perftarget.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

class EventContractsTest {

    @Test
    void shouldAcceptEachSchemasOwnExample() {
        for (String type : EventContracts.TYPES) {
            assertEquals(java.util.List.of(), EventContracts.violations(type, EventContracts.example(type).toString()),
                    type);
            assertEquals("urn:perftarget:event-schema:" + type + ":v1", EventContracts.dataschema(type));
        }
    }

    @Test
    void shouldRejectAPayloadThatBreaksItsSchema() {
        ObjectNode noRevision = EventContracts.example("declaration-submitted");
        noRevision.remove("revision");
        ObjectNode floatMoney = EventContracts.example("declaration-submitted");
        ((ObjectNode) floatMoney.at("/declaration/budget")).put("otherIncome", 0.1);
        ObjectNode unknownDecision = EventContracts.example("declaration-reviewed");
        unknownDecision.put("decision", "MAYBE");

        assertFalse(EventContracts.violations("declaration-submitted", noRevision.toString()).isEmpty());
        assertFalse(EventContracts.violations("declaration-submitted", floatMoney.toString()).isEmpty());
        assertFalse(EventContracts.violations("declaration-reviewed", unknownDecision.toString()).isEmpty());
    }

    @Test
    void shouldListEveryEventTypeInTheAsyncApiDocument() throws IOException {
        JsonNode asyncApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("event-contracts/asyncapi.yaml")) {
            asyncApi = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        assertEquals("3.0.0", asyncApi.get("asyncapi").asText());
        Set<String> addresses = new HashSet<>();
        asyncApi.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));
        Set<String> payloads = new HashSet<>();
        asyncApi.at("/components/messages").forEach(message -> payloads.add(message.at("/payload/$ref").asText()));
        for (String type : EventContracts.TYPES) {
            assertTrue(addresses.contains(type), "channel " + type);
            assertTrue(payloads.contains("./schemas/" + type + ".v1.json"), "message payload " + type);
        }
        asyncApi.get("operations").forEach(operation -> assertTrue(
                addresses.contains(asyncApi.at(operation.at("/channel/$ref").asText().substring(1) + "/address").asText()),
                operation.toString()));
    }
}
