package gov.perftarget.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.perftarget.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/** The pre-check: the whole pre-review of a declaration as it stands, read with the caller's token, stored nowhere. */
@QuarkusTest
class PreCheckTest {

    @Test
    void shouldGiveEveryFindingOfADraftAtOnceEvenWhenItsArithmeticFails() {
        UUID declarationId = UUID.randomUUID();
        String department = "PC" + declarationId.toString().substring(0, 6);
        ObjectNode draft = SeedRevision.declarationJson(department);
        ObjectNode budget = (ObjectNode) draft.get("budget");
        budget.put("basicExpenditure", new BigDecimal(budget.get("basicExpenditure").asText()).add(BigDecimal.TEN)
                .toPlainString()); // expenditure no longer equals income: a submission would be refused
        ((ArrayNode) draft.get("keyTasks")).addObject().put("name", "海绵城市排水管网改造工程").put("content", "改造排水管网")
                .put("plannedFunds", "0.00").put("expectedOutcome", "减少内涝");
        BudgetServiceStandIn.store(declarationId, draft);
        List<Map<String, Object>> withoutOutcome = SeedRevision.indicatorsJson().stream()
                .filter(indicator -> !"OUTCOME".equals(indicator.get("level1Category"))).toList();
        IndicatorServiceStandIn.keepWorkingCopy(declarationId, withoutOutcome);

        given().header("Authorization", Tokens.bearer(Tokens.declarant(department)))
                .get("/api/v1/declarations/" + declarationId + "/pre-check").then().statusCode(200)
                .body("findings.code", hasItems("BUDGET_EXPENDITURE_INCOME_MISMATCH", "MISSING_OUTCOME_INDICATOR",
                        "MISSING_SATISFACTION_INDICATOR", "KEY_TASK_NOT_COVERED"))
                .body("keyTaskCoverage.name", hasItems("海绵城市排水管网改造工程"))
                .body("budget.identities.holds[0]", equalTo(false))
                .body("proposedGrades.overallGrade", not(oneOf("EXCELLENT", "GOOD")));

        // nothing stored: no review of the declaration exists
        given().header("Authorization", Tokens.bearer(Tokens.admin())).queryParam("declarationId", declarationId)
                .get("/api/v1/reviews").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void shouldNotFindADeclarationTheOtherServicesDoNotShowTheCaller() {
        given().header("Authorization", Tokens.bearer(Tokens.declarant("NOBODY")))
                .get("/api/v1/declarations/" + UUID.randomUUID() + "/pre-check").then().statusCode(404)
                .body("type", equalTo("urn:perftarget:problem:not-found"));
    }

    @Test
    void shouldAnswer503WhileBudgetServiceIsAway() {
        BudgetServiceStandIn.fail(503);
        try {
            given().header("Authorization", Tokens.bearer(Tokens.reviewer()))
                    .get("/api/v1/declarations/" + UUID.randomUUID() + "/pre-check").then().statusCode(503)
                    .body("type", equalTo("urn:perftarget:problem:budget-service-unavailable"));
        } finally {
            BudgetServiceStandIn.fail(0);
        }
    }
}
