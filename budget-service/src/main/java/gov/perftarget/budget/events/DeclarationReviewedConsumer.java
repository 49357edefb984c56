package gov.perftarget.budget.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.api.DeclarationEvent;
import gov.perftarget.api.EventWorkers;
import gov.perftarget.api.Retries;
import gov.perftarget.budget.domain.ReviewDecision;
import gov.perftarget.budget.service.DeclarationService;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Consumes {@code declaration-reviewed} (review-service's decision on a revision:
 * {@code {declarationId, revision, decision: APPROVED|RETURNED|REJECTED}}) and moves the declaration on.
 */
@ApplicationScoped
public class DeclarationReviewedConsumer {

    private final DeclarationService declarations;
    private final ObjectMapper json;

    public DeclarationReviewedConsumer(DeclarationService declarations, ObjectMapper json) {
        this.declarations = declarations;
        this.json = json;
    }

    @Incoming("declaration-reviewed")
    // ordered within each channel copy: a partition's events are applied one after the other (concurrency = copies)
    @Blocking(EventWorkers.POOL)
    public void onReviewed(ConsumerRecord<String, String> record) {
        DeclarationEvent event = DeclarationEvent.read(record, json);
        ReviewDecision decision = ReviewDecision.valueOf(event.text("decision"));
        Retries.apply(event.id(), () -> declarations.applyDecision(event.id(), event.actor(), event.declarationId(),
                event.revision(), decision));
    }
}
