package gov.perftarget.messaging.outbox;

import gov.perftarget.messaging.consuming.CloudEvents;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.hibernate.annotations.DynamicUpdate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An event waiting in the transactional outbox: written in the same database transaction as
 * the state change it reports, published to Kafka afterwards by {@link OutboxRelay}. A rolled
 * back change therefore never emits an event, and a committed one is never lost.
 */
// marking an event published writes published_at alone, not the payload again (stored out of line)
@DynamicUpdate
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /** The event id (CloudEvents {@code id}); consumers use it to apply each event once. */
    @Id
    public UUID id;

    public String topic;

    /** Kafka record key: the declaration id, so that events of one declaration stay in order. */
    @Column(name = "event_key")
    public String eventKey;

    /** CloudEvents {@code type}, e.g. {@code declaration-submitted}. */
    @Column(name = "event_type")
    public String eventType;

    /** CloudEvents {@code subject}: the resource the event is about. */
    public String subject;

    /** The event data, JSON. */
    public String payload;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    public int attempts;

    /**
     * The trace context of the change that wrote the event (W3C {@code traceparent}), which the relay sends on, so
     * that the consumers' work joins the same trace; null when none was active.
     */
    @Column(name = "trace_parent")
    public String traceParent;

    @Column(name = "last_error")
    public String lastError;

    /** The oldest unpublished events, locked so that two relays (two replicas) never send the same batch. */
    public static List<OutboxEvent> lockPending(int limit) {
        return find("publishedAt is null order by occurredAt, id")
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .page(0, limit)
                .list();
    }

    public static long countPending() {
        return count("publishedAt is null");
    }

    /** When the oldest unpublished event occurred; null when none waits. */
    public static OffsetDateTime oldestPending() {
        return getEntityManager()
                .createQuery("select min(e.occurredAt) from OutboxEvent e where e.publishedAt is null", OffsetDateTime.class)
                .getSingleResult();
    }
}
