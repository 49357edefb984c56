package gov.perftarget.budget.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.messaging.consuming.DeclarationEvent;
import gov.perftarget.messaging.consuming.EventBatch;
import gov.perftarget.messaging.consuming.EventWorkers;
import gov.perftarget.budget.domain.ReviewDecision;
import gov.perftarget.budget.service.DeclarationService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Consumes {@code declaration-reviewed} (review-service's decision on a revision:
 * {@code {declarationId, revision, decision: APPROVED|RETURNED|REJECTED, overallGrade}}) and moves the declaration
 * on, keeping the grade.
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
    // a poll's events in one transaction (EventBatch), a partition's polls one after the other (concurrency = copies)
    @Blocking(EventWorkers.POOL)
    public CompletionStage<Void> onReviewed(KafkaRecordBatch<String, String> batch) {
        return EventBatch.apply(batch, this::read, decided -> decided.event().id(),
                decided -> declarations.applyDecision(decided.event().id(), decided.event().actor(),
                        decided.event().declarationId(), decided.event().revision(), decided.decision(),
                        decided.event().data().path("overallGrade").asText(null)));
    }

    /** An unknown decision makes the event unreadable (a dead letter), like a missing field. */
    private Decided read(ConsumerRecord<String, String> record) {
        DeclarationEvent event = DeclarationEvent.read(record, json);
        return new Decided(event, ReviewDecision.valueOf(event.text("decision")));
    }

    private record Decided(DeclarationEvent event, ReviewDecision decision) {
    }
}
