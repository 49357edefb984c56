package gov.perftarget.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.perftarget.contracts.EventContracts;
import gov.perftarget.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The reviewer's workflow through the real broker: the waiting list, a return with reason codes
 * published as declaration-reviewed, the next revision showing what changed and what is resolved,
 * the approval, and the self-evaluation of the approved revision under two rule-set versions.
 */
@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@TestSecurity(user = "tester", roles = { "declarant", "reviewer", "admin" })
class ReviewerWorkflowTest {

    private static final String SATISFACTION = "SERVICE_RECIPIENT_SATISFACTION";

    @Test
    void shouldReturnThenApproveTheNextRevisionAndScoreIt() throws Exception {
        UUID declarationId = UUID.randomUUID();
        String departmentCode = "W" + declarationId.toString().substring(0, 8);
        IndicatorServiceStandIn.freeze(declarationId, 1, SeedRevision.indicatorsJson());
        submit(declarationId, 1, departmentCode);
        String firstReview = awaitReview(declarationId, 1, "PRE_REVIEWED")
                .body("proposedGrade", equalTo("GOOD"))
                .body("preReview.proposedGrades.criteria.criterion",
                        equalTo(List.of("COMPLETENESS", "RELEVANCE", "APPROPRIATENESS", "FEASIBILITY")))
                .body("preReview.proposedGrades.criteria[0].grade", equalTo("FAIR"))
                .body("preReview.keyTaskCoverage.size()", equalTo(5))
                .body("preReview.changesSinceReturned", nullValue())
                .extract().path("id");

        // the waiting list, filtered by year, department, status and proposed grade
        given().queryParam("status", "PRE_REVIEWED").queryParam("fiscalYear", 2023)
                .queryParam("departmentCode", departmentCode).queryParam("proposedGrade", "GOOD")
                .get("/api/v1/reviews").then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(firstReview)).body("items[0].proposedGrade", equalTo("GOOD"))
                // a list holds summaries: the pre-review (about 11 kB each) is read one review at a time
                .body("items[0]", not(hasKey("preReview"))).body("items[0]", not(hasKey("decision")));
        given().queryParam("departmentCode", departmentCode).queryParam("proposedGrade", "POOR")
                .get("/api/v1/reviews").then().body("total", equalTo(0));
        given().queryParam("proposedGrade", "SUPERB").get("/api/v1/reviews").then().statusCode(400)
                .contentType("application/problem+json");

        // decisions that break the rules change nothing
        given().contentType(ContentType.JSON).body(decision("FAIR", "APPROVED", List.of("OTHER"), null, 4))
                .post("/api/v1/reviews/" + firstReview + "/decision").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("decision", "overallComment"));
        given().contentType(ContentType.JSON).body(decision("FAIR", null, List.of(), "请修改", 99))
                .post("/api/v1/reviews/" + firstReview + "/decision").then().statusCode(422)
                .body("errors.field", hasItems("reasonCodes", "indicatorComments[0].position"));
        Map<String, Object> threeGrades = decision("GOOD", null, List.of(), null, 1);
        ((Map<?, ?>) threeGrades.get("criterionGrades")).remove("FEASIBILITY");
        given().contentType(ContentType.JSON).body(threeGrades)
                .post("/api/v1/reviews/" + firstReview + "/decision").then().statusCode(422)
                .body("errors.field", hasItem("criterionGrades.FEASIBILITY"));
        given().contentType(ContentType.JSON).body(Map.of("overallGrade", "GREAT"))
                .post("/api/v1/reviews/" + firstReview + "/decision").then().statusCode(400);
        given().get("/api/v1/reviews/" + firstReview).then().body("status", equalTo("PRE_REVIEWED"))
                .body("decision", nullValue());

        // 中: returned with reason codes
        given().contentType(ContentType.JSON)
                .body(decision("FAIR", "RETURNED", List.of("ADD_OUTPUT_OUTCOME_OR_SATISFACTION_INDICATORS"),
                        "请补充满意度指标", 4))
                .post("/api/v1/reviews/" + firstReview + "/decision").then().statusCode(200)
                .body("status", equalTo("RETURNED"))
                .body("decision.decision", equalTo("RETURNED"))
                .body("decision.indicatorComments[0].position", equalTo(4))
                .body("decision.criterionGrades.COMPLETENESS", equalTo("FAIR"));
        given().contentType(ContentType.JSON).body(decision("GOOD", null, List.of(), null, 1))
                .post("/api/v1/reviews/" + firstReview + "/decision").then().statusCode(409)
                .body("type", equalTo("urn:perftarget:problem:review-already-decided"));

        List<ConsumerRecord<String, String>> returned = TopicReader.recordsWithKey("declaration-reviewed",
                declarationId.toString(), 1, Duration.ofSeconds(30));
        assertEquals(List.of(), EventContracts.violations("declaration-reviewed", returned.get(0).value()));
        JsonNode event = SeedRevision.JSON.readTree(returned.get(0).value());
        assertEquals("RETURNED", event.get("decision").asText());
        assertEquals("FAIR", event.get("overallGrade").asText());
        assertEquals("ADD_OUTPUT_OUTCOME_OR_SATISFACTION_INDICATORS", event.get("reasonCodes").get(0).asText());
        assertEquals(firstReview, event.get("reviewId").asText());

        // the department adds a satisfaction indicator and submits revision 2
        List<Map<String, Object>> revised = new ArrayList<>(SeedRevision.indicatorsJson());
        revised.add(satisfactionIndicator());
        IndicatorServiceStandIn.freeze(declarationId, 2, revised);
        submit(declarationId, 2, departmentCode);
        String secondReview = awaitReview(declarationId, 2, "PRE_REVIEWED")
                .body("preReview.changesSinceReturned.returnedRevision", equalTo(1))
                .body("preReview.changesSinceReturned.changes.field", hasItem("indicators[10].name"))
                .body("preReview.changesSinceReturned.resolvedFindings.code", hasItem("MISSING_SATISFACTION_INDICATOR"))
                .body("preReview.findings.code", not(hasItem("MISSING_SATISFACTION_INDICATOR")))
                .extract().path("id");

        // 良: approved
        given().contentType(ContentType.JSON).body(decision("GOOD", "APPROVED", List.of(), "同意", 1))
                .post("/api/v1/reviews/" + secondReview + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        List<ConsumerRecord<String, String>> decisions = TopicReader.recordsWithKey("declaration-reviewed",
                declarationId.toString(), 2, Duration.ofSeconds(30));
        assertEquals("APPROVED", SeedRevision.JSON.readTree(decisions.get(1).value()).get("decision").asText());

        // year end: the returned revision cannot be self-evaluated, the approved one can
        IndicatorServiceStandIn.recordMeasureValues(declarationId, 2, actualValues(revised));
        given().contentType(ContentType.JSON).body(Map.of("executedAmount", "494772.54"))
                .post(selfEvaluations(declarationId, 1)).then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("executedAmount", "494772.54"))
                .post(selfEvaluations(declarationId, 2)).then().statusCode(422)
                .body("errors.field", hasItem("indicators[4].measures[1].score"));
        given().contentType(ContentType.JSON).body(Map.of("executedAmount", "1.00",
                "qualitativeScores", List.of(score(1, 0, "1.00"), score(99, 0, "1.00")),
                "deviationExplanations", List.of(Map.of("indicatorPosition", 3, "measureIndex", 5,
                        "deviationReason", "x", "improvementMeasure", "y"))))
                .post(selfEvaluations(declarationId, 2)).then().statusCode(422)
                .body("errors.field", equalTo(List.of("qualitativeScores[0]", "qualitativeScores[1]",
                        "deviationExplanations[0]")));
        // 90 % of the budget executed; every target met
        Map<String, Object> request = new HashMap<>(Map.of("executedAmount", "445295.29",
                "qualitativeScores", qualitativeScores("5.00")));
        ValidatableResponse scored = given().contentType(ContentType.JSON).body(request)
                .post(selfEvaluations(declarationId, 2)).then().statusCode(201);
        scored.body("ruleSetVersion", equalTo(1))
                .body("score.budgetExecution.score", equalTo("9.00"))
                .body("score.budgetExecution.trace.ruleSet", equalTo("2023 v1"))
                .body("score.level1Categories.score", equalTo(List.of("50.00", "30.00", "10.00")))
                .body("score.deviations.size()", equalTo(0))
                .body("totalScore", equalTo("99.00"))
                .body("grade", equalTo("EXCELLENT"));
        given().get("/api/v1/scoring-rule-sets/2023").then().body("version", equalTo(1)).body("stored", equalTo(true));

        // an admin weights budget execution at 20: the same inputs score lower under version 2
        Map<String, Object> rules = new HashMap<>(given().get("/api/v1/scoring-rule-sets/2023").then().extract()
                .jsonPath().getMap("rules"));
        rules.put("budgetExecutionPoints", "20");
        rules.put("level1Points", Map.of("OUTPUT", "40", "OUTCOME", "30", "SATISFACTION", "10"));
        given().contentType(ContentType.JSON).body(Map.of("rules", rules, "note", "预算执行率权重提高到 20"))
                .put("/api/v1/scoring-rule-sets/2023").then().statusCode(201).body("version", equalTo(2));
        rules.put("budgetExecutionPoints", "25");
        given().contentType(ContentType.JSON).body(Map.of("rules", rules))
                .put("/api/v1/scoring-rule-sets/2023").then().statusCode(422)
                .body("errors.field", hasItem("level1Points"));
        given().contentType(ContentType.JSON).body(request).post(selfEvaluations(declarationId, 2)).then()
                .statusCode(422).body("errors.field", hasItem("indicators[4].measures[1].score")); // 5.00 > its 4 points
        request.put("qualitativeScores", qualitativeScores("4.00"));
        given().contentType(ContentType.JSON).body(request).post(selfEvaluations(declarationId, 2)).then()
                .statusCode(201).body("ruleSetVersion", equalTo(2))
                .body("score.budgetExecution.score", equalTo("18.00"))
                .body("totalScore", equalTo("98.00"));
        request.put("ruleSetVersion", 1);
        request.put("qualitativeScores", qualitativeScores("5.00"));
        given().contentType(ContentType.JSON).body(request).post(selfEvaluations(declarationId, 2)).then()
                .statusCode(201).body("totalScore", equalTo("99.00"));
        given().get(selfEvaluations(declarationId, 2)).then().statusCode(200).body("size()", equalTo(3));
    }

    @Test
    void shouldRefuseToDecideARevisionStillPending() throws Exception {
        UUID declarationId = UUID.randomUUID();
        submit(declarationId, 1, "P" + declarationId.toString().substring(0, 8));
        String id = awaitReview(declarationId, 1, "PENDING").extract().path("id");
        given().contentType(ContentType.JSON).body(decision("GOOD", null, List.of(), null, 1))
                .post("/api/v1/reviews/" + id + "/decision").then().statusCode(409)
                .body("type", equalTo("urn:perftarget:problem:review-not-ready"));
        given().contentType(ContentType.JSON).body(decision("GOOD", null, List.of(), null, 1))
                .post("/api/v1/reviews/" + UUID.randomUUID() + "/decision").then().statusCode(404);

        // not left pending: it would be locked into every later test's pre-review batches
        IndicatorServiceStandIn.freeze(declarationId, 1, SeedRevision.indicatorsJson());
        awaitReview(declarationId, 1, "PRE_REVIEWED");
    }

    private static String selfEvaluations(UUID declarationId, int revision) {
        return "/api/v1/declarations/" + declarationId + "/revisions/" + revision + "/self-evaluations";
    }

    static Map<String, Object> decision(String grade, String decision, List<String> reasons, String comment,
            int commentedIndicator) {
        Map<String, Object> body = new HashMap<>();
        body.put("criterionGrades", new HashMap<>(Map.of("COMPLETENESS", grade, "RELEVANCE", "GOOD",
                "APPROPRIATENESS", "GOOD", "FEASIBILITY", "GOOD")));
        body.put("indicatorComments", List.of(Map.of("position", commentedIndicator, "comment", "请补充符号")));
        body.put("reasonCodes", reasons);
        body.put("overallGrade", grade);
        body.put("reviewer", "财政局绩效处");
        if (decision != null) {
            body.put("decision", decision);
        }
        if (comment != null) {
            body.put("overallComment", comment);
        }
        return body;
    }

    private static Map<String, Object> satisfactionIndicator() {
        Map<String, Object> measure = new HashMap<>();
        measure.putAll(Map.of("nature", "QUANTITATIVE", "metric", "科技企业满意度", "comparator", "≥", "value", 90,
                "unit", "%", "text", "科技企业满意度≥90%", "signMissing", false, "warnings", List.of()));
        return Map.of("position", 11, "level1Category", "SATISFACTION", "level1CategoryName", "满意度指标",
                "level2Category", SATISFACTION, "level2CategoryName", "服务对象满意度指标", "name", "科技企业满意度",
                "periodTarget", "科技企业满意度≥90%", "annualTarget", "科技企业满意度≥90%",
                "periodMeasures", List.of(measure), "annualMeasures", List.of(measure));
    }

    /** Every quantity met exactly, every qualitative measure ACHIEVED. */
    static List<Map<String, Object>> actualValues(List<Map<String, Object>> indicators) {
        List<Map<String, Object>> values = new ArrayList<>();
        for (Map<String, Object> indicator : indicators) {
            JsonNode measures = SeedRevision.JSON.valueToTree(indicator.get("annualMeasures"));
            for (int i = 0; i < measures.size(); i++) {
                ObjectNode measure = (ObjectNode) measures.get(i);
                Map<String, Object> value = new HashMap<>();
                value.put("indicatorPosition", indicator.get("position"));
                value.put("indicatorName", indicator.get("name"));
                value.put("measureIndex", i);
                value.put("measure", measure);
                if ("QUANTITATIVE".equals(measure.path("nature").asText())) {
                    value.put("actualValue", new BigDecimal(measure.get("value").asText()));
                } else {
                    value.put("actualBand", "ACHIEVED");
                }
                values.add(value);
            }
        }
        return values;
    }

    /**
     * The evaluator's scores of the qualitative measures, each at its full points: OUTPUT's points go
     * evenly over its 10 measures; OUTCOME's 30 over its 9 in whole cents, the odd 3 cents to the first three.
     */
    static List<Map<String, Object>> qualitativeScores(String outputMeasurePoints) {
        List<Map<String, Object>> scores = new ArrayList<>();
        scores.add(score(4, 1, outputMeasurePoints));
        for (int i = 0; i < 4; i++) {
            scores.add(score(8, i, i < 3 ? "3.34" : "3.33"));
        }
        for (int i = 0; i < 3; i++) {
            scores.add(score(9, i, "3.33"));
        }
        scores.add(score(10, 0, "3.33"));
        return scores;
    }

    private static Map<String, Object> score(int position, int index, String score) {
        return Map.of("indicatorPosition", position, "measureIndex", index, "score", score);
    }

    private static void submit(UUID declarationId, int revision, String departmentCode) {
        Submissions.submit(declarationId, revision, departmentCode, UUID.randomUUID().toString());
    }

    private static ValidatableResponse awaitReview(UUID declarationId, int revision, String status)
            throws InterruptedException {
        return Submissions.awaitReview(declarationId, revision, status);
    }
}
