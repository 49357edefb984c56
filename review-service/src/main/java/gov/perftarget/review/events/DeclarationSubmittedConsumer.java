package gov.perftarget.review.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.api.CloudEvents;
import gov.perftarget.api.EventWorkers;
import gov.perftarget.api.Retries;
import gov.perftarget.review.service.ReviewService;
import io.smallrye.reactive.messaging.annotations.Blocking;

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
    // ordered within each channel copy: a partition's events are applied one after the other (concurrency = copies)
    @Blocking(EventWorkers.POOL)
    public void onSubmitted(ConsumerRecord<String, String> record) {
        String eventId = CloudEvents.id(record);
        DeclarationSubmitted event = read(eventId, record.value());
        Retries.apply(eventId, () -> reviews.open(eventId, event));
    }

    private DeclarationSubmitted read(String eventId, String value) {
        try {
            DeclarationSubmitted event = json.readValue(value, DeclarationSubmitted.class);
            if (event.declarationId() == null || event.declaration() == null) {
                throw new IllegalArgumentException("Event " + eventId + " lacks declarationId or declaration");
            }
            return event;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + eventId + " is not a declaration-submitted event", e);
        }
    }
}
