package gov.perftarget.messaging.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import gov.perftarget.messaging.EventTracing;

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
    private final OutboxConfig config;
    private final EventTracing tracing;

    public EventOutbox(ObjectMapper json, OutboxRelay relay, TransactionSynchronizationRegistry transaction,
            OutboxConfig config, EventTracing tracing) {
        this.json = json;
        this.relay = relay;
        this.transaction = transaction;
        this.config = config;
        this.tracing = tracing;
    }

    /** Adds an event to the topic configured for its type; returns the event's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(ExportedEvent data) {
        String topic = config.topics().get(data.type());
        if (topic == null) {
            throw new IllegalStateException("No topic configured for event type " + data.type()
                    + " (perftarget.outbox.topics." + data.type() + ")");
        }
        return addTo(topic, data);
    }

    /** Adds an event to the given topic; returns the event's id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID addTo(String topic, ExportedEvent data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.topic = topic;
        event.eventKey = data.key().toString();
        event.eventType = data.type();
        event.subject = data.subject();
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.traceParent = tracing.currentContext();
        try {
            event.payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event data cannot be written as JSON: " + data.type(), e);
        }
        event.persist();
        relay.publishAfterCommit(transaction);
        return event.id;
    }
}
