package gov.perftarget.review;

import static gov.perftarget.testing.AuthorizationMatrix.Role.ADMIN;
import static gov.perftarget.testing.AuthorizationMatrix.Role.DECLARANT;
import static gov.perftarget.testing.AuthorizationMatrix.Role.REVIEWER;
import static gov.perftarget.testing.AuthorizationMatrix.Scope.DEPARTMENT_LIST;
import static gov.perftarget.testing.AuthorizationMatrix.Scope.DEPARTMENT_RESOURCE;
import static gov.perftarget.testing.AuthorizationMatrix.Scope.NONE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;

import gov.perftarget.testing.AuthorizationMatrix;
import gov.perftarget.testing.AuthorizationMatrix.Rule;
import gov.perftarget.testing.Tokens;
import gov.perftarget.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Who may do what in review-service (docs/domain.md §6), for every operation of its OpenAPI document and
 * every kind of caller, with real signed tokens. The pre-review of the fixture reads the stand-in of
 * indicator-service, which admits only a reviewer: review-service's own service token.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    @Test
    void shouldAnswerEveryOperationForEveryCallerAsTheRolesAndTheDepartmentAllow() throws Exception {
        UUID declarationId = UUID.randomUUID();
        String code = "M" + declarationId.toString().substring(0, 8);
        String reviewer = Tokens.bearer(Tokens.reviewer());
        String declarant = Tokens.bearer(Tokens.declarant(code));
        IndicatorServiceStandIn.freeze(declarationId, 1, SeedRevision.indicatorsJson());
        Submissions.submit(declarationId, 1, code, UUID.randomUUID().toString());
        String reviewId = awaitPreReviewed(declarationId, reviewer);
        given().header("Authorization", reviewer).contentType(ContentType.JSON)
                .body(ReviewerWorkflowTest.decision("GOOD", "APPROVED", List.of(), "同意", 1))
                .post("/api/v1/reviews/" + reviewId + "/decision").then().statusCode(200);
        IndicatorServiceStandIn.recordMeasureValues(declarationId, 1,
                ReviewerWorkflowTest.actualValues(SeedRevision.indicatorsJson()));
        String selfEvaluation = json(Map.of("executedAmount", "445295.29",
                "qualitativeScores", ReviewerWorkflowTest.qualitativeScores("5.00")));
        String selfEvaluationId = given().header("Authorization", declarant).contentType(ContentType.JSON)
                .body(selfEvaluation).post(selfEvaluations(declarationId)).then().statusCode(201).extract().path("id");
        String rules = json(Map.of("rules", given().header("Authorization", reviewer).get("/api/v1/scoring-rule-sets/2023")
                .then().statusCode(200).extract().jsonPath().getMap("rules")));
        String decision = json(ReviewerWorkflowTest.decision("GOOD", "APPROVED", List.of(), "同意", 1));
        UUID draftId = UUID.randomUUID(); // the department's draft of the next year, pre-checked
        BudgetServiceStandIn.store(draftId, SeedRevision.declarationJson(code));
        IndicatorServiceStandIn.keepWorkingCopy(draftId, SeedRevision.indicatorsJson());

        String admin = Tokens.bearer(Tokens.admin());
        String round = given().header("Authorization", admin).contentType(ContentType.JSON).body(Map.of("fiscalYear", 2023))
                .post("/api/v1/monitoring-rounds").then().statusCode(201).extract().path("id");
        String report = json(Map.of("executedToDate", "1.00")); // a draft a submission refuses (422)
        given().header("Authorization", declarant).contentType(ContentType.JSON).body(report)
                .put("/api/v1/monitoring-rounds/" + round + "/reports/" + declarationId).then().statusCode(200);
        String monitoringRules = json(Map.of("rules", Map.of("cutOffMonth", 6, "cutOffDay", 30, "greenFrom", "-10",
                "yellowFrom", "-20", "atMostTolerance", "1.10")));

        new AuthorizationMatrix(code, declarationId.toString(), reviewId, selfEvaluationId, code)
                .rule("listReviews", Rule.of(DEPARTMENT_LIST, DECLARANT, REVIEWER, ADMIN))
                .rule("countReviews", Rule.of(DEPARTMENT_LIST, DECLARANT, REVIEWER, ADMIN))
                .rule("getReview", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN).path("id", reviewId))
                .rule("getRevisionReview", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("declarationId", declarationId).path("revision", 1))
                .rule("decideReview", Rule.of(NONE, REVIEWER).path("id", reviewId).body(() -> decision))
                .rule("createSelfEvaluation", Rule.of(DEPARTMENT_RESOURCE, DECLARANT).path("declarationId", declarationId)
                        .path("revision", 1).body(() -> selfEvaluation))
                .rule("listSelfEvaluations", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("declarationId", declarationId).path("revision", 1))
                .rule("getSelfEvaluation", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("id", selfEvaluationId))
                .rule("getScoringRuleSet", Rule.of(NONE, DECLARANT, REVIEWER, ADMIN).path("fiscalYear", 2023))
                .rule("getScoringRuleSetVersion", Rule.of(NONE, DECLARANT, REVIEWER, ADMIN).path("fiscalYear", 2023)
                        .path("version", 1))
                // another year: a new version of 2023's rules would change what the other tests score with
                .rule("replaceScoringRuleSet", Rule.of(NONE, ADMIN).path("fiscalYear", 2099).body(() -> rules))
                .rule("preCheckDeclaration", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("declarationId", draftId))
                .rule("openMonitoringRound", Rule.of(NONE, ADMIN).body(() -> "{\"fiscalYear\":2023}"))
                .rule("listMonitoringRounds", Rule.of(NONE, DECLARANT, REVIEWER, ADMIN))
                .rule("getMonitoringRound", Rule.of(NONE, DECLARANT, REVIEWER, ADMIN).path("roundId", round))
                .rule("saveMonitoringReport", Rule.of(DEPARTMENT_RESOURCE, DECLARANT).path("roundId", round)
                        .path("declarationId", declarationId).body(() -> report))
                .rule("submitMonitoringReport", Rule.of(DEPARTMENT_RESOURCE, DECLARANT).path("roundId", round)
                        .path("declarationId", declarationId))
                .rule("getMonitoringReport", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("roundId", round).path("declarationId", declarationId))
                .rule("getMonitoringOverview", Rule.of(NONE, REVIEWER, ADMIN).path("roundId", round))
                .rule("exportMonitoringOverview", Rule.of(NONE, REVIEWER, ADMIN).path("roundId", round))
                .rule("listRedMeasures", Rule.of(NONE, REVIEWER, ADMIN).path("roundId", round))
                .rule("getMonitoringRuleSet", Rule.of(NONE, DECLARANT, REVIEWER, ADMIN).path("fiscalYear", 2023))
                .rule("getMonitoringRuleSetVersion", Rule.of(NONE, DECLARANT, REVIEWER, ADMIN).path("fiscalYear", 2023)
                        .path("version", 0))
                .rule("replaceMonitoringRuleSet", Rule.of(NONE, ADMIN).path("fiscalYear", 2098).body(() -> monitoringRules))
                .sharedOperations("declaration-submitted.review-service.dlq")
                .verify();
    }

    @Test
    void shouldPublishTheDecisionWithTheReviewerWhoMadeIt() throws Exception {
        UUID declarationId = UUID.randomUUID();
        String reviewer = Tokens.bearer(Tokens.reviewer());
        IndicatorServiceStandIn.freeze(declarationId, 1, SeedRevision.indicatorsJson());
        Submissions.submit(declarationId, 1, "A" + declarationId.toString().substring(0, 8), UUID.randomUUID().toString());
        String reviewId = awaitPreReviewed(declarationId, reviewer);
        given().header("Authorization", reviewer).contentType(ContentType.JSON)
                .body(ReviewerWorkflowTest.decision("GOOD", "APPROVED", List.of(), "同意", 1))
                .post("/api/v1/reviews/" + reviewId + "/decision").then().statusCode(200);
        var events = TopicReader.recordsWithKey("declaration-reviewed", declarationId.toString(),
                1, Duration.ofSeconds(30));
        assertEquals("reviewer-1",
                SeedRevision.JSON.readTree(events.get(0).value()).get("actor").asText());
        given().header("Authorization", Tokens.bearer(Tokens.admin())).queryParam("resourceId", reviewId)
                .queryParam("action", "review.decide").get("/api/v1/audit-records").then().statusCode(200)
                .body("items[0].actor", equalTo("reviewer-1"));
    }

    private static String awaitPreReviewed(UUID declarationId, String reviewer) throws InterruptedException {
        String path = "/api/v1/declarations/" + declarationId + "/revisions/1/review";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var response = given().header("Authorization", reviewer).get(path);
            if (response.statusCode() == 200 && "PRE_REVIEWED".equals(response.path("status"))) {
                return response.path("id");
            }
            Thread.sleep(200);
        }
        throw new AssertionError("revision 1 of " + declarationId + " was not pre-reviewed: did the service token pass?");
    }

    private static String selfEvaluations(UUID declarationId) {
        return "/api/v1/declarations/" + declarationId + "/revisions/1/self-evaluations";
    }

    private static String json(Object value) throws JsonProcessingException {
        return SeedRevision.JSON.writeValueAsString(value);
    }
}
