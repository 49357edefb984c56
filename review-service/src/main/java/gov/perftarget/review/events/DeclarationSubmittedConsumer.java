package gov.perftarget.review.events;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.api.CloudEvents;
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
    @Blocking // ordered: events of one partition are applied one after the other
    public void onSubmitted(ConsumerRecord<String, String> record) throws Exception {
        DeclarationSubmitted event = json.readValue(record.value(), DeclarationSubmitted.class);
        reviews.open(CloudEvents.id(record), event);
    }
}
