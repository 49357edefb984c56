package gov.perftarget.budget.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.api.DeclarationEvent;
import gov.perftarget.api.EventWorkers;
import gov.perftarget.api.Retries;
import gov.perftarget.budget.service.DeclarationService;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Consumes {@code declaration-pre-reviewed}: the revision goes to its reviewer (UNDER_REVIEW). */
@ApplicationScoped
public class DeclarationPreReviewedConsumer {

    private final DeclarationService declarations;
    private final ObjectMapper json;

    public DeclarationPreReviewedConsumer(DeclarationService declarations, ObjectMapper json) {
        this.declarations = declarations;
        this.json = json;
    }

    @Incoming("declaration-pre-reviewed")
    // ordered within each channel copy: a partition's events are applied one after the other (concurrency = copies)
    @Blocking(EventWorkers.POOL)
    public void onPreReviewed(ConsumerRecord<String, String> record) {
        DeclarationEvent event = DeclarationEvent.read(record, json);
        Retries.apply(event.id(), () -> declarations.markUnderReview(event.id(), event.actor(), event.declarationId(), event.revision()));
    }
}
