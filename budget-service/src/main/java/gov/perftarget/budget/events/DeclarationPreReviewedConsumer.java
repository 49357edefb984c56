package gov.perftarget.budget.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.messaging.consuming.DeclarationEvent;
import gov.perftarget.messaging.consuming.EventBatch;
import gov.perftarget.messaging.consuming.EventWorkers;
import gov.perftarget.budget.service.DeclarationService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

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
    // a poll's events in one transaction (EventBatch), a partition's polls one after the other (concurrency = copies)
    @Blocking(EventWorkers.POOL)
    public CompletionStage<Void> onPreReviewed(KafkaRecordBatch<String, String> batch) {
        return EventBatch.apply(batch, record -> DeclarationEvent.read(record, json), DeclarationEvent::id,
                event -> declarations.markUnderReview(event.id(), event.actor(), event.declarationId(), event.revision()));
    }
}
