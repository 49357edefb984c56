package gov.perftarget.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes events into the outbox, inside the caller's transaction; the relay publishes them once it commits. */
@ApplicationScoped
public class EventOutbox {

    private final ObjectMapper json;
    private final OutboxRelay relay;
    private final TransactionSynchronizationRegistry transaction;

    public EventOutbox(ObjectMapper json, OutboxRelay relay, TransactionSynchronizationRegistry transaction) {
        this.json = json;
        this.relay = relay;
        this.transaction = transaction;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    /**
     * Adds an event; {@code key} is the Kafka record key (the declaration id: events of one
     * declaration keep their order), {@code subject} the CloudEvents subject.
     */
    public UUID add(String topic, String type, UUID key, String subject, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.eventKey = key.toString();
        event.eventType = type;
        event.subject = subject;
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        try {
            event.payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data cannot be written as JSON: " + type, e);
        }
        event.persist();
        relay.publishAfterCommit(transaction);
        return event.id;
    }
}
