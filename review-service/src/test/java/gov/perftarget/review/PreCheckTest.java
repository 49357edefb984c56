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
    void shouldPreCheckAnAgricultureDraftWhoseFiguresDoNotAddUp() {
        UUID declarationId = UUID.randomUUID();
        String department = "AG" + declarationId.toString().substring(0, 6);
        ObjectNode draft = SeedRevision.JSON.createObjectNode().put("departmentCode", department)
                .put("departmentName", "广州市农业农村局").put("subordinateUnitCount", 3).put("fiscalYear", 2026)
                .put("overallTarget", "稳定粮食生产，推进种业振兴，促进农民增收。");
        draft.putObject("budget").put("basicExpenditure", "1000.00").put("projectExpenditure", "500.00")
                .put("fiscalAppropriation", "1200.00").put("otherIncome", "0.00").put("specialFunds", "300.00")
                .put("otherDevelopmentExpenditure", "0.00").put("cityLevelUse", "300.00").put("transferToLowerLevels", "0.00");
        ArrayNode tasks = draft.putArray("keyTasks");
        tasks.addObject().put("name", "种业振兴行动").put("content", "育种攻关和良种繁育").put("plannedFunds", "200.00")
                .put("expectedOutcome", "主要农作物良种覆盖率稳定在97%以上");
        tasks.addObject().put("name", "农村人居环境整治").put("content", "改造农村户厕，治理生活污水").put("plannedFunds", "100.00")
                .put("expectedOutcome", "农村卫生户厕普及率提高");
        BudgetServiceStandIn.store(declarationId, draft);
        IndicatorServiceStandIn.keepWorkingCopy(declarationId, List.of(Map.of("position", 1, "level1Category", "OUTPUT",
                "level1CategoryName", "产出指标", "level2Category", "QUANTITY", "level2CategoryName", "数量指标",
                "name", "选育审定新品种", "periodTarget", "支持种业攻关，选育优良品种≥20个", "annualTarget", "选育优良品种≥5个")));

        given().header("Authorization", Tokens.bearer(Tokens.declarant(department)))
                .get("/api/v1/declarations/" + declarationId + "/pre-check").then().statusCode(200)
                // 1,800 of expenditure against 1,200 of income: a submission would be refused, the pre-check goes on
                .body("findings.code", hasItems("BUDGET_EXPENDITURE_INCOME_MISMATCH", "MISSING_OUTCOME_INDICATOR",
                        "KEY_TASK_NOT_COVERED"))
                .body("keyTaskCoverage[0].indicatorPositions", equalTo(List.of(1)))
                .body("keyTaskCoverage[1].indicatorPositions", equalTo(List.of()))
                .body("proposedGrades.overallGrade", not(oneOf("EXCELLENT", "GOOD")));
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
