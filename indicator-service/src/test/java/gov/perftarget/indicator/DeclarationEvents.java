package gov.perftarget.indicator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.restassured.RestAssured.given;

import java.util.UUID;
import java.util.function.BooleanSupplier;

import gov.perftarget.testing.ContractEvents;
import gov.perftarget.testing.Eventually;

/** Sends budget-service's and review-service's events, made from the contracts' examples, to the real broker. */
final class DeclarationEvents {

    private DeclarationEvents() {
    }

    static void submitted(UUID declarationId, int revision, String eventId) {
        submitted(declarationId, declarationId, revision, eventId);
    }

    /** A submission of {@code declarationId} sent under {@code key}: the key decides the partition. */
    static void submitted(UUID key, UUID declarationId, int revision, String eventId) {
        ObjectNode event = ContractEvents.example("declaration-submitted", declarationId, revision);
        event.remove("indicatorSetVersion"); // as events from before versions: the working copy as it stands
        ContractEvents.send("declaration-submitted", key, event, eventId);
    }

    /** A submission naming the version of the indicator set it submits. */
    static void submittedVersion(UUID declarationId, int revision, int indicatorSetVersion) {
        ContractEvents.send("declaration-submitted", declarationId,
                ContractEvents.example("declaration-submitted", declarationId, revision)
                        .put("indicatorSetVersion", indicatorSetVersion), UUID.randomUUID().toString());
    }

    static void reviewed(UUID declarationId, int revision, String decision) {
        ContractEvents.send("declaration-reviewed", declarationId,
                ContractEvents.example("declaration-reviewed", declarationId, revision).put("decision", decision),
                UUID.randomUUID().toString());
    }

    static void awaitFrozen(UUID declarationId, int revision) {
        await(() -> given().get("/api/v1/declarations/" + declarationId + "/revisions/" + revision + "/indicators")
                .statusCode() == 200, "revision " + revision + " frozen");
    }

    /** {@link Eventually#await}, for callers that do not declare InterruptedException. */
    static void await(BooleanSupplier condition, String what) {
        try {
            Eventually.await(condition, what);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for " + what);
        }
    }
}
