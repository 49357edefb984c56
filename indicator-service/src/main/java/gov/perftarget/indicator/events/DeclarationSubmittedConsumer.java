package gov.perftarget.indicator.events;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.messaging.consuming.DeclarationEvent;
import gov.perftarget.messaging.consuming.EventBatch;
import gov.perftarget.messaging.consuming.EventWorkers;
import gov.perftarget.indicator.service.DeclarationLifecycleService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Consumes {@code declaration-submitted}: freezes the declaration's indicators as the submitted
 * revision. Reads only the fields it needs, so later additions to the event do not break it.
 */
@ApplicationScoped
public class DeclarationSubmittedConsumer {

    private final DeclarationLifecycleService lifecycle;
    private final ObjectMapper json;

    public DeclarationSubmittedConsumer(DeclarationLifecycleService lifecycle, ObjectMapper json) {
        this.lifecycle = lifecycle;
        this.json = json;
    }

    @Incoming("declaration-submitted")
    // a poll's events in one transaction (EventBatch), and polls side by side on the events pool, not in
    // partition order, so that freezing keeps pace with a busy day (the pre-review waits for it). Safe because a declaration's next revision cannot be submitted before this
    // one is frozen (its review needs the frozen indicators), and a redelivered event is applied once.
    // Offsets are committed only past events all applied.
    @Blocking(value = EventWorkers.POOL, ordered = false)
    public CompletionStage<Void> onSubmitted(KafkaRecordBatch<String, String> batch) {
        return EventBatch.apply(batch, record -> DeclarationEvent.read(record, json), DeclarationEvent::id,
                event -> lifecycle.freeze(event.id(), event.actor(), event.declarationId(), event.revision(),
                        event.data().path("declaration").path("departmentCode").asText(null),
                        event.data().path("indicatorSetVersion").canConvertToInt()
                                ? event.data().path("indicatorSetVersion").asInt() : null));
    }
}
