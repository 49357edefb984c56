package gov.perftarget.budget.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.budget.domain.MonitoringLights;
import gov.perftarget.budget.service.DeclarationService;
import gov.perftarget.messaging.consuming.DeclarationEvent;
import gov.perftarget.messaging.consuming.EventBatch;
import gov.perftarget.messaging.consuming.EventWorkers;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Consumes {@code monitoring-reported} (a department's submitted mid-year monitoring report, with its lights) and
 * keeps the lights with the declaration.
 */
@ApplicationScoped
public class MonitoringReportedConsumer {

    private final DeclarationService declarations;
    private final ObjectMapper json;

    public MonitoringReportedConsumer(DeclarationService declarations, ObjectMapper json) {
        this.declarations = declarations;
        this.json = json;
    }

    @Incoming("monitoring-reported")
    // a poll's events in one transaction (EventBatch), a partition's polls one after the other (concurrency = copies)
    @Blocking(EventWorkers.POOL)
    public CompletionStage<Void> onReported(KafkaRecordBatch<String, String> batch) {
        return EventBatch.apply(batch, this::read, reported -> reported.event().id(),
                reported -> declarations.keepMonitoring(reported.event().id(), reported.event().actor(),
                        reported.event().declarationId(), reported.lights()));
    }

    /** A field missing or of the wrong form makes the event unreadable (a dead letter). */
    private Reported read(ConsumerRecord<String, String> record) {
        DeclarationEvent event = DeclarationEvent.read(record, json);
        JsonNode data = event.data();
        JsonNode execution = data.path("execution");
        MonitoringLights lights = new MonitoringLights(UUID.fromString(event.text("roundId")), event.revision(),
                LocalDate.parse(event.text("cutOffDate")), event.text("light"),
                decimal(execution.path("progress")), decimal(execution.path("deviation")),
                execution.path("light").asText(null), data.path("greenCount").asInt(), data.path("yellowCount").asInt(),
                data.path("redCount").asInt(), OffsetDateTime.parse(event.text("reportedAt")));
        return new Reported(event, lights);
    }

    private static BigDecimal decimal(JsonNode value) {
        return value.isMissingNode() || value.isNull() ? null : new BigDecimal(value.asText());
    }

    private record Reported(DeclarationEvent event, MonitoringLights lights) {
    }
}
