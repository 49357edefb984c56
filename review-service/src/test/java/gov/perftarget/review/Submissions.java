package gov.perftarget.review;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.perftarget.testing.ContractEvents;
import gov.perftarget.testing.TopicWriter;
import io.restassured.response.ValidatableResponse;

/** Submissions of the seed form through the real broker, and waiting for their review. */
final class Submissions {

    private Submissions() {
    }

    /** Sends the contract's declaration-submitted example (the seed form) for a revision, under the given department code. */
    static String submit(UUID declarationId, int revision, String departmentCode, String eventId) {
        TopicWriter.sendTogether("declaration-submitted", List.of(event(declarationId, revision, departmentCode, eventId)));
        return eventId;
    }

    /** The event {@link #submit} sends, for sending several together ({@link TopicWriter#sendTogether}). */
    static TopicWriter.Event event(UUID declarationId, int revision, String departmentCode, String eventId) {
        ObjectNode event = ContractEvents.example("declaration-submitted", declarationId, revision);
        ((ObjectNode) event.get("declaration")).put("departmentCode", departmentCode);
        return ContractEvents.event("declaration-submitted", declarationId, event, eventId);
    }

    static ValidatableResponse awaitReview(UUID declarationId, int revision, String status)
            throws InterruptedException {
        String path = "/api/v1/declarations/" + declarationId + "/revisions/" + revision + "/review";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var response = given().get(path);
            if (response.statusCode() == 200 && status.equals(response.path("status"))) {
                return response.then();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + status + " review of " + declarationId + "/" + revision);
    }
}
