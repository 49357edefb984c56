package gov.perftarget.indicator;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import gov.perftarget.testing.TopicWriter;

/** Sends budget-service's and review-service's events to the real broker, as those services would. */
final class DeclarationEvents {

    private DeclarationEvents() {
    }

    static void submitted(UUID declarationId, int revision, String eventId) {
        submitted(declarationId, declarationId, revision, eventId);
    }

    /** A submission of {@code declarationId} sent under {@code key}: the key decides the partition. */
    static void submitted(UUID key, UUID declarationId, int revision, String eventId) {
        send("declaration-submitted", key, "{\"declarationId\":\"" + declarationId + "\",\"revision\":" + revision + "}",
                eventId);
    }

    static void reviewed(UUID declarationId, int revision, String decision) {
        send("declaration-reviewed", declarationId, "{\"declarationId\":\"" + declarationId + "\",\"revision\":"
                + revision + ",\"decision\":\"" + decision + "\"}", UUID.randomUUID().toString());
    }

    private static void send(String topic, UUID key, String data, String eventId) {
        TopicWriter.send(topic, key.toString(), data, Map.of("ce_id", eventId, "ce_type", topic,
                "ce_specversion", "1.0", "ce_source", "/test"));
    }

    static void awaitFrozen(UUID declarationId, int revision) {
        await(() -> given().get("/api/v1/declarations/" + declarationId + "/revisions/" + revision + "/indicators")
                .statusCode() == 200, "revision " + revision + " frozen");
    }

    static void await(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
        throw new AssertionError("timed out waiting for " + what);
    }
}
