package gov.perftarget.budget.events;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.api.CloudEvents;
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
    @Blocking // ordered: events of one partition are applied one after the other
    public void onPreReviewed(ConsumerRecord<String, String> record) throws Exception {
        JsonNode data = json.readTree(record.value());
        declarations.markUnderReview(CloudEvents.id(record), UUID.fromString(data.get("declarationId").asText()),
                data.get("revision").asInt());
    }
}
