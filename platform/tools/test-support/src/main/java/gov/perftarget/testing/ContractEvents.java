package gov.perftarget.testing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.perftarget.contracts.EventContracts;

/**
 * Sends events made from the contracts' examples, with the declaration and revision of the test:
 * so every consumer test also proves that the consumer accepts what the schema promises.
 */
public final class ContractEvents {

    private ContractEvents() {
    }

    /** The example of the event type, about the given declaration and revision. */
    public static ObjectNode example(String type, UUID declarationId, int revision) {
        ObjectNode event = EventContracts.example(type);
        event.put("declarationId", declarationId.toString());
        event.put("revision", revision);
        return event;
    }

    /** Sends the event keyed by {@code key}, with CloudEvents headers and the given event id. */
    public static void send(String type, UUID key, ObjectNode event, String eventId) {
        TopicWriter.sendTogether(type, List.of(event(type, key, event, eventId)));
    }

    /** The event as {@link TopicWriter} sends it: keyed by {@code key}, with CloudEvents headers and the given event id. */
    public static TopicWriter.Event event(String type, UUID key, ObjectNode event, String eventId) {
        return new TopicWriter.Event(key.toString(), event.toString(), Map.of("ce_id", eventId, "ce_type", type,
                "ce_specversion", "1.0", "ce_source", "/test", "ce_dataschema", EventContracts.dataschema(type)));
    }
}
