package gov.perftarget.review.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.messaging.consuming.CloudEvents;
import gov.perftarget.messaging.consuming.EventBatch;
import gov.perftarget.messaging.consuming.EventWorkers;
import gov.perftarget.review.domain.events.DeclarationSubmitted;
import gov.perftarget.review.service.ReviewService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Consumes {@code declaration-submitted}: opens the review of the submitted revision. */
@ApplicationScoped
public class DeclarationSubmittedConsumer {

    private final ReviewService reviews;
    private final ObjectMapper json;

    public DeclarationSubmittedConsumer(ReviewService reviews, ObjectMapper json) {
        this.reviews = reviews;
        this.json = json;
    }

    @Incoming("declaration-submitted")
    // a poll's events in one transaction (EventBatch), a partition's polls one after the other (concurrency = copies)
    @Blocking(EventWorkers.POOL)
    public CompletionStage<Void> onSubmitted(KafkaRecordBatch<String, String> batch) {
        return EventBatch.apply(batch, this::read, Received::eventId,
                received -> reviews.open(received.eventId(), received.event()));
    }

    private Received read(ConsumerRecord<String, String> record) {
        String eventId = CloudEvents.id(record);
        try {
            DeclarationSubmitted event = json.readValue(record.value(), DeclarationSubmitted.class);
            if (event.declarationId() == null || event.declaration() == null) {
                throw new IllegalArgumentException("Event " + eventId + " lacks declarationId or declaration");
            }
            return new Received(eventId, event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + eventId + " is not a declaration-submitted event", e);
        }
    }

    private record Received(String eventId, DeclarationSubmitted event) {
    }
}
