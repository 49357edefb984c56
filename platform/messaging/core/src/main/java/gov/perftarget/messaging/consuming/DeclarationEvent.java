package gov.perftarget.messaging.consuming;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A received event about one revision of a declaration, as every event the services exchange is:
 * its CloudEvents id, the {@code declarationId} and {@code revision} every payload carries, and the
 * whole payload for the fields particular to the event type.
 */
public record DeclarationEvent(String id, UUID declarationId, int revision, JsonNode data) {

    /** Reads a record; a payload without a declaration id and a revision is refused (it goes to the dead letters). */
    public static DeclarationEvent read(ConsumerRecord<String, String> record, ObjectMapper json) {
        try {
            JsonNode data = json.readTree(record.value());
            JsonNode declarationId = data == null ? null : data.get("declarationId");
            JsonNode revision = data == null ? null : data.get("revision");
            if (declarationId == null || revision == null || !revision.canConvertToInt()) {
                throw new IllegalArgumentException("Event " + CloudEvents.id(record)
                        + " lacks declarationId or revision");
            }
            return new DeclarationEvent(CloudEvents.id(record), UUID.fromString(declarationId.asText()),
                    revision.asInt(), data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + CloudEvents.id(record) + " is not JSON", e);
        }
    }

    /** Who caused the event: the {@code actor} field every event carries (a token subject, or {@code system:<service>}); null in older events. */
    public String actor() {
        JsonNode actor = data.get("actor");
        return actor == null || actor.isNull() ? null : actor.asText();
    }

    /** A text field of the payload, required. */
    public String text(String field) {
        JsonNode value = data.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("Event " + id + " lacks " + field);
        }
        return value.asText();
    }
}
