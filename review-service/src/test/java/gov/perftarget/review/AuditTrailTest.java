package gov.perftarget.review;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import gov.perftarget.testing.AuditTrailChecks;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Every state change of review-service is in its audit trail: who, when, what; and nothing can alter it. */
@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@TestSecurity(user = "tester", roles = { "declarant", "reviewer", "admin" })
class AuditTrailTest {

    @Inject
    AgroalDataSource database;


    @Test
    void shouldRecordTheOpeningThePreReviewAndTheDecisionOfAReview() throws Exception {
        UUID declarationId = UUID.randomUUID();
        IndicatorServiceStandIn.freeze(declarationId, 1, SeedRevision.indicatorsJson());
        String eventId = UUID.randomUUID().toString();
        Submissions.submit(declarationId, 1, "A" + declarationId.toString().substring(0, 8), eventId);
        String reviewId = Submissions.awaitReview(declarationId, 1, "PRE_REVIEWED").extract().path("id");

        Map<String, Object> decision = new HashMap<>();
        decision.put("criterionGrades", Map.of("COMPLETENESS", "GOOD", "RELEVANCE", "GOOD", "APPROPRIATENESS", "GOOD",
                "FEASIBILITY", "GOOD"));
        decision.put("overallGrade", "GOOD");
        decision.put("reviewer", "财政局绩效处");
        given().contentType(ContentType.JSON).body(decision).post("/api/v1/reviews/" + reviewId + "/decision")
                .then().statusCode(200);

        JsonPath review = AuditTrailChecks.trail("review", reviewId);
        assertEquals(List.of("review.open", "review.pre-review", "review.decide"), review.getList("items.action"));
        String system = "system:review-service (event " + eventId + ")";
        assertEquals(List.of(system, system, "tester"), review.getList("items.actor"));
        assertEquals("PENDING", review.getString("items[0].changes.find { it.field == 'status' }.newValue"));
        assertEquals("PRE_REVIEWED", review.getString("items[1].changes.find { it.field == 'status' }.newValue"));
        assertEquals("GOOD", review.getString("items[1].changes.find { it.field == 'proposedGrade' }.newValue"));
        assertEquals("APPROVED", review.getString("items[2].changes.find { it.field == 'status' }.newValue"));
        assertEquals("财政局绩效处", review.getString("items[2].changes.find { it.field == 'decision.reviewer' }.newValue"));
    }

    @Test
    void shouldRecordEachNewVersionOfTheScoringRules() {
        int year = 2030 + (int) (Math.random() * 60); // a year of its own: fiscal years end at 2100
        Map<String, Object> rules = new HashMap<>(given().get("/api/v1/scoring-rule-sets/" + year).then().statusCode(200)
                .extract().path("rules"));
        given().contentType(ContentType.JSON).body(Map.of("rules", rules, "note", "试行"))
                .put("/api/v1/scoring-rule-sets/" + year).then().statusCode(201);
        JsonPath ruleSet = AuditTrailChecks.trail("scoring-rule-set", year + "/versions/1");
        assertEquals(List.of("scoring-rule-set.add"), ruleSet.getList("items.action"));
        assertEquals("试行", ruleSet.getString("items[0].changes.find { it.field == 'note' }.newValue"));
    }

    @Test
    void shouldLetNothingAlterTheTrail() throws Exception {
        shouldRecordEachNewVersionOfTheScoringRules();
        AuditTrailChecks.assertAppendOnly(database);
        AuditTrailChecks.assertReadOnlyApi();
    }
}
