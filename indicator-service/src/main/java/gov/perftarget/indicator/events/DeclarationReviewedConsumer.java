package gov.perftarget.indicator.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.api.DeclarationEvent;
import gov.perftarget.api.EventWorkers;
import gov.perftarget.api.Retries;
import gov.perftarget.indicator.service.DeclarationLifecycle;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Consumes {@code declaration-reviewed} (review-service's decision on a revision:
 * {@code {declarationId, revision, decision: APPROVED|RETURNED|REJECTED}}).
 */
@ApplicationScoped
public class DeclarationReviewedConsumer {

    private final DeclarationLifecycle lifecycle;
    private final ObjectMapper json;

    public DeclarationReviewedConsumer(DeclarationLifecycle lifecycle, ObjectMapper json) {
        this.lifecycle = lifecycle;
        this.json = json;
    }

    @Incoming("declaration-reviewed")
    // ordered within each channel copy: a partition's events are applied one after the other (concurrency = copies)
    @Blocking(EventWorkers.POOL)
    public void onReviewed(ConsumerRecord<String, String> record) {
        DeclarationEvent event = DeclarationEvent.read(record, json);
        DeclarationLifecycle.Decision decision = DeclarationLifecycle.Decision.valueOf(event.text("decision"));
        Retries.apply(event.id(), () -> lifecycle.applyDecision(event.id(), event.actor(), event.declarationId(), event.revision(),
                decision));
    }
}
