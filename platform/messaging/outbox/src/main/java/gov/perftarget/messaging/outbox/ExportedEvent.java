package gov.perftarget.messaging.outbox;

import java.util.UUID;

/**
 * An event a service publishes through its outbox: the payload record itself, knowing its CloudEvents
 * type, its Kafka key and its subject, so that no caller writes them out by hand. The topic comes from
 * configuration by type ({@code perftarget.outbox.topics.<type>}).
 */
public interface ExportedEvent {

    /** CloudEvents {@code type}, e.g. {@code declaration-submitted}; also names the JSON Schema. */
    String type();

    /** The Kafka record key: events with one key keep their order. */
    UUID key();

    /** CloudEvents {@code subject}: the resource the event is about. */
    String subject();

    /** CloudEvents {@code dataschema} of an event type (platform/event-contracts holds the schemas). */
    static String dataSchema(String type) {
        return "urn:perftarget:event-schema:" + type + ":v1";
    }
}
