package gov.perftarget.messaging.consuming;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An event already applied by this service's consumers, recorded in the same transaction as its
 * effect, so that a redelivered event changes nothing. Every service that consumes events has the
 * {@code processed_event} table in its own database.
 */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent extends PanacheEntityBase {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "processed_at")
    public OffsetDateTime processedAt;

    /** Records the event; false if it was applied before. */
    public static boolean firstTime(String eventId) {
        if (findById(eventId) != null) {
            return false;
        }
        ProcessedEvent event = new ProcessedEvent();
        event.eventId = eventId;
        event.processedAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.persist();
        return true;
    }
}
