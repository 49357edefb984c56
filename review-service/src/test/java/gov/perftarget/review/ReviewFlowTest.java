package gov.perftarget.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import gov.perftarget.contracts.EventContracts;
import gov.perftarget.review.domain.Review;
import gov.perftarget.review.domain.ReviewStatus;
import gov.perftarget.review.service.PreReviewConfig;
import gov.perftarget.testing.AuditTrailChecks;
import gov.perftarget.testing.TopicReader;
import gov.perftarget.testing.TopicWriter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

/** A declaration-submitted event through the real broker to a stored, served pre-review. */
@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@TestSecurity(user = "tester", roles = { "declarant", "reviewer", "admin" })
class ReviewFlowTest {

    @Inject
    PreReviewConfig preReview;

    private static String submit(UUID declarationId, int revision, String eventId) {
        return Submissions.submit(declarationId, revision, "R" + declarationId.toString().substring(0, 8), eventId);
    }

    private static ValidatableResponse awaitReview(UUID declarationId, int revision, String status)
            throws InterruptedException {
        return Submissions.awaitReview(declarationId, revision, status);
    }

    @Test
    void shouldPreReviewASubmittedRevisionAndServeTheResult() throws Exception {
        UUID declarationId = UUID.randomUUID();
        IndicatorServiceStandIn.freeze(declarationId, 1, SeedRevision.indicatorsJson());
        submit(declarationId, 1, UUID.randomUUID().toString());

        awaitReview(declarationId, 1, "PRE_REVIEWED")
                .body("departmentName", equalTo("广州市科学技术局"))
                .body("fiscalYear", equalTo(2023))
                .body("preReview.budget.expenditureTotal", equalTo("494772.54"))
                .body("preReview.budget.incomeTotal", equalTo("494772.54"))
                .body("preReview.budget.keyTaskFundsTotal", equalTo("412768.56"))
                .body("preReview.budget.identities.holds", equalTo(java.util.List.of(true, true, true)))
                .body("preReview.indicatorCount", equalTo(10))
                .body("preReview.categories.find { it.level2Category == 'QUANTITY' }.count", equalTo(7))
                .body("preReview.categories.find { it.level2Category == 'SOCIAL' }.count", equalTo(3))
                .body("preReview.findings.code", hasItem("MISSING_SATISFACTION_INDICATOR"))
                .body("preReview.errorCount", equalTo(0))
                .body("preReview.targetComparisons[7].comparison", equalTo("DIFFERENT"));

        given().queryParam("declarationId", declarationId).get("/api/v1/reviews").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].revision", equalTo(1));
        given().queryParam("departmentCode", "R" + declarationId.toString().substring(0, 8))
                .get("/api/v1/reviews/counts").then().statusCode(200)
                .body("preReviewed", equalTo(1)).body("pending", equalTo(0)).body("total", equalTo(1));

        List<ConsumerRecord<String, String>> events = TopicReader.recordsWithKey("declaration-pre-reviewed",
                declarationId.toString(), 1, Duration.ofSeconds(30));
        assertEquals(1, events.size(), "one declaration-pre-reviewed event keyed by the declaration id");
        assertEquals(List.of(), EventContracts.violations("declaration-pre-reviewed", events.get(0).value()),
                "the payload keeps its contract");
        JsonNode data = SeedRevision.JSON.readTree(events.get(0).value());
        assertEquals(1, data.get("revision").asInt());
        assertEquals(0, data.get("errorCount").asInt());
    }

    @Test
    void shouldWaitForTheFrozenIndicatorsThenFinish() throws Exception {
        UUID declarationId = UUID.randomUUID();
        submit(declarationId, 1, UUID.randomUUID().toString());

        awaitReview(declarationId, 1, "PENDING").body("preReview", nullValue());
        // the processor's first try (its interval is at least a second, whatever the test profile asks) is answered 404
        String path = "/api/v1/declarations/" + declarationId + "/revisions/1/review";
        Instant deadline = Instant.now().plusSeconds(10);
        while (given().get(path).path("waitingFor") == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        given().get(path).then().body("status", equalTo("PENDING")).body("waitingFor", equalTo("indicators not frozen yet"));

        IndicatorServiceStandIn.freeze(declarationId, 1, SeedRevision.indicatorsJson());
        awaitReview(declarationId, 1, "PRE_REVIEWED").body("waitingFor", nullValue())
                .body("preReview.indicatorCount", equalTo(10));
    }

    @Test
    void shouldWorkOffABacklogSideBySideReadingEachBatchsIndicatorsInOneCall() throws Exception {
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Review.count("status", ReviewStatus.PENDING)),
                "no other test's review is pending (it could take a place in the batches counted here)");
        List<UUID> backlog = IntStream.range(0, 120).mapToObj(i -> UUID.randomUUID()).toList();
        int mostLookupsAtOnce;
        try {
            // indicator-service away while 120 submissions arrive; back with a batch read that takes 0.3 s
            IndicatorServiceStandIn.answerLookups(503, 0);
            for (UUID declarationId : backlog) {
                IndicatorServiceStandIn.freeze(declarationId, 1, SeedRevision.indicatorsJson());
                submit(declarationId, 1, UUID.randomUUID().toString());
            }
            for (UUID declarationId : backlog) {
                awaitReview(declarationId, 1, "PENDING");
            }
            // each try takes the reviews tried least often, so every pending review gets its turn, the newest too
            awaitWaitingFor(backlog.get(0), "indicator-service answered 503");
            awaitWaitingFor(backlog.get(backlog.size() - 1), "indicator-service answered 503");
            IndicatorServiceStandIn.answerLookups(0, 300);
            for (UUID declarationId : backlog) {
                awaitReview(declarationId, 1, "PRE_REVIEWED");
            }
            mostLookupsAtOnce = IndicatorServiceStandIn.mostLookupsAtOnce();
        } finally {
            IndicatorServiceStandIn.answerLookups(0, 0);
        }
        List<List<String>> lookups = IndicatorServiceStandIn.lookupsOf(backlog);
        assertEquals(120, lookups.stream().mapToInt(List::size).sum(), "each review's indicators read once: " + lookups);
        int batchSize = preReview.batchSize();
        assertTrue(batchSize <= 60, "the backlog makes at least two full batches");
        assertEquals((120 + batchSize - 1) / batchSize, lookups.size(), "in batches of " + batchSize + ": " + lookups);
        assertTrue(mostLookupsAtOnce >= 2, "a full batch calls in a second run beside it");
    }

    private static void awaitWaitingFor(UUID declarationId, String reason) throws InterruptedException {
        String path = "/api/v1/declarations/" + declarationId + "/revisions/1/review";
        Instant deadline = Instant.now().plusSeconds(30);
        while (!reason.equals(given().get(path).path("waitingFor")) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        given().get(path).then().body("status", equalTo("PENDING")).body("waitingFor", equalTo(reason));
    }

    @Test
    void shouldOpenAPollsReviewsInOneTransaction() throws Exception {
        List<UUID> declarations = IntStream.range(0, 30).mapToObj(i -> UUID.randomUUID()).toList();
        List<String> eventIds = sendTogether(declarations, null);

        for (UUID declarationId : declarations) {
            awaitReview(declarationId, 1, "PRE_REVIEWED");
        }
        // xmin names the transaction that wrote a row; an applied event's record is written with the review
        // it opened and never again (the review itself is, by the pre-review)
        long transactions = QuarkusTransaction.requiringNew().call(() -> ((Number) Review.getEntityManager()
                .createNativeQuery("select count(distinct xmin::text) from processed_event where event_id in (:ids)")
                .setParameter("ids", eventIds).getSingleResult()).longValue());
        assertTrue(transactions <= eventIds.size() / 2, "30 reviews sent together opened in " + transactions
                + " transactions");
    }

    @Test
    void shouldDeadLetterOnlyTheSubmissionTheDatabaseRefusesAndOpenTheRestOfItsPoll() throws Exception {
        List<UUID> declarations = IntStream.range(0, 10).mapToObj(i -> UUID.randomUUID()).toList();
        UUID refused = declarations.get(5);
        sendTogether(declarations, refused);

        for (UUID declarationId : declarations) {
            if (!declarationId.equals(refused)) {
                awaitReview(declarationId, 1, "PRE_REVIEWED");
            }
        }
        assertEquals(1, TopicReader.recordsWithKey("declaration-submitted.review-service.dlq", refused.toString(), 1,
                Duration.ofSeconds(30)).size(), "only the refused submission is a dead letter");
        given().get("/api/v1/declarations/" + refused + "/revisions/1/review").then().statusCode(404);
    }

    /**
     * Submits revision 1 of each declaration, the events sent at once so that they arrive together; the
     * {@code refused} one is readable but names a department code longer than the 32 characters the
     * database allows. Answers the event ids of the others.
     */
    private static List<String> sendTogether(List<UUID> declarations, UUID refused) {
        List<TopicWriter.Event> events = new ArrayList<>();
        List<String> eventIds = new ArrayList<>();
        for (UUID declarationId : declarations) {
            IndicatorServiceStandIn.freeze(declarationId, 1, SeedRevision.indicatorsJson());
            String eventId = UUID.randomUUID().toString();
            events.add(Submissions.event(declarationId, 1,
                    declarationId.equals(refused) ? "X".repeat(40) : "B" + declarationId.toString().substring(0, 8), eventId));
            if (!declarationId.equals(refused)) {
                eventIds.add(eventId);
            }
        }
        TopicWriter.sendTogether("declaration-submitted", events);
        return eventIds;
    }

    @Test
    void shouldApplyARedeliveredEventOnce() throws Exception {
        UUID declarationId = UUID.randomUUID();
        IndicatorServiceStandIn.freeze(declarationId, 1, SeedRevision.indicatorsJson());
        String eventId = submit(declarationId, 1, UUID.randomUUID().toString());
        awaitReview(declarationId, 1, "PRE_REVIEWED");

        submit(declarationId, 1, eventId);
        // a marker on the same partition: once it is reviewed, the duplicate was consumed before it
        IndicatorServiceStandIn.freeze(declarationId, 2, SeedRevision.indicatorsJson());
        submit(declarationId, 2, UUID.randomUUID().toString());
        awaitReview(declarationId, 2, "PRE_REVIEWED");

        given().queryParam("declarationId", declarationId).get("/api/v1/reviews").then()
                .body("total", equalTo(2));
    }

    @Test
    void shouldSendAMalformedEventToTheDeadLettersAndGoOn() throws Exception {
        UUID poisoned = UUID.randomUUID();
        TopicWriter.send("declaration-submitted", poisoned.toString(), "{\"declarationId\": \"not json",
                Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "declaration-submitted"));
        TopicWriter.send("declaration-submitted", poisoned.toString(), "{\"revision\": 1}",
                Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "declaration-submitted"));
        UUID next = UUID.randomUUID();
        IndicatorServiceStandIn.freeze(next, 1, SeedRevision.indicatorsJson());
        submit(next, 1, UUID.randomUUID().toString());

        awaitReview(next, 1, "PRE_REVIEWED");
        List<ConsumerRecord<String, String>> dead = TopicReader.recordsWithKey(
                "declaration-submitted.review-service.dlq", poisoned.toString(), 2, Duration.ofSeconds(30));
        assertEquals(2, dead.size(), "both malformed events are dead letters");
        assertNotNull(dead.get(0).headers().lastHeader("dead-letter-reason"), "with the reason");
        // counted for the alert that an admin has dead letters to look at
        assertTrue(io.micrometer.core.instrument.Metrics.globalRegistry.find("perftarget.dead.letters")
                .tag("topic", "declaration-submitted").counter().count() >= 2, "dead letters counted");

        // an admin lists the dead letters and replays one to the topic it came from
        var letters = given().queryParam("size", 100).get("/api/v1/dead-letters").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.key == '" + poisoned + "' }", Map.class);
        assertEquals(2, letters.size());
        assertEquals("declaration-submitted", letters.get(0).get("originalTopic"));
        assertNotNull(letters.get(0).get("reason"));
        given().post("/api/v1/dead-letters/" + letters.get(0).get("topic") + "/" + letters.get(0).get("partition") + "/"
                + letters.get(0).get("offset") + "/replay").then().statusCode(202);
        assertEquals(3, TopicReader.recordsWithKey("declaration-submitted", poisoned.toString(), 3,
                Duration.ofSeconds(30)).size(), "the replayed event is on its topic again");
        String replayed = letters.get(0).get("topic") + "/" + letters.get(0).get("partition") + "/"
                + letters.get(0).get("offset");
        assertEquals(List.of("dead-letter.replay"), AuditTrailChecks.trail("dead-letter", replayed).getList("items.action"),
                "the replay is in the audit trail");
        given().post("/api/v1/dead-letters/declaration-submitted.review-service.dlq/0/999999/replay").then()
                .statusCode(404).contentType("application/problem+json");
        given().post("/api/v1/dead-letters/some-other-topic/0/0/replay").then().statusCode(404);
    }

    @Test
    void shouldAnswerProblemJsonForUnknownReviewsAndBadPaging() {
        given().get("/api/v1/declarations/" + UUID.randomUUID() + "/revisions/1/review").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/reviews/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("size", 1000).get("/api/v1/reviews").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        // an unknown enum value is a bad request naming the parameter, not JAX-RS's default 404
        given().queryParam("status", "NOPE").header("Accept-Language", "en").get("/api/v1/reviews").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("status"))
                .body("errors[0].message", containsString("must be one of"))
                .body("errors[0].message", containsString("PRE_REVIEWED"));
    }
}
