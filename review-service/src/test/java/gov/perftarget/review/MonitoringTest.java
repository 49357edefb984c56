package gov.perftarget.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import gov.perftarget.contracts.EventContracts;
import gov.perftarget.testing.TopicReader;
import gov.perftarget.workbooks.TableWorkbook;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * Mid-year monitoring on the seed declaration (docs/domain.md §8): an approved revision, a round opened with the
 * defaults (cut-off 31 July 2023: 58.08 %), a report saved, refused while incomplete, submitted, announced, and
 * seen in the finance bureau's overview.
 */
@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@TestSecurity(user = "tester", roles = { "declarant", "reviewer", "admin" })
class MonitoringTest {

    @Test
    void shouldAssessSubmitAndAnnounceAReportAndShowItInTheOverview() throws Exception {
        UUID declarationId = approvedSeedRevision();
        String round = given().contentType(ContentType.JSON).body(Map.of("fiscalYear", 2023))
                .post("/api/v1/monitoring-rounds").then().statusCode(201)
                .body("cutOffDate", equalTo("2023-07-31")).body("dueDate", equalTo("2023-08-15"))
                .body("ruleSetVersion", equalTo(0)).extract().path("id");
        String report = "/api/v1/monitoring-rounds/" + round + "/reports/" + declarationId;

        // a draft: indicator 1 far behind (240 of ≥800 项 by the end of July), no forecasts yet
        Map<String, Object> behind = new HashMap<>(Map.of("indicatorPosition", 1, "measureIndex", 0,
                "progressValue", "240"));
        given().contentType(ContentType.JSON).body(Map.of("executedToDate", "260000.00", "measures", List.of(behind)))
                .put(report).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("result.timeProgress.percent", equalTo("58.08"))
                .body("result.execution.progress", equalTo("52.55"))
                .body("result.execution.deviation", equalTo("-5.53"))
                .body("result.execution.light", equalTo("GREEN"))
                .body("result.measures[0].kind", equalTo("CUMULATIVE"))
                .body("result.measures[0].achievementProgress", equalTo("30.00"))
                .body("result.measures[0].deviation", equalTo("-28.08"))
                .body("result.measures[0].light", equalTo("RED"))
                .body("result.measures[0].trace.arithmetic", equalTo("240 / 800 × 100 = 30.00; 30.00 − 58.08 = -28.08 pp → RED"))
                // indicator-service's recorded progress value where the report gives none: 8 of ≥16 项
                .body("result.measures[2].progressValue", equalTo("8"))
                .body("result.measures[2].light", equalTo("GREEN"))
                .body("openPoints.field", hasItems("measures[0].forecast", "measures[0].deviationReason",
                        "measures[0].correctiveMeasure", "measures"));
        given().post(report + "/submit").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:perftarget:problem:monitoring-report-incomplete"))
                .body("errors.field", hasItems("measures[0].forecast", "measures[0].deviationReason"));
        given().get(report).then().body("status", equalTo("DRAFT"));

        // every measure forecast, the red one explained: submitted
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Map<String, Object> value : measureValues()) {
            Map<String, Object> entry = new HashMap<>(Map.of("indicatorPosition", value.get("indicatorPosition"),
                    "measureIndex", value.get("measureIndex"), "forecast", "ACHIEVABLE"));
            if (Integer.valueOf(1).equals(value.get("indicatorPosition"))) {
                entry.putAll(Map.of("progressValue", "240", "deviationReason", "联合资助项目集中在第四季度签约",
                        "correctiveMeasure", "9 月底前完成第二批项目立项"));
            }
            entries.add(entry);
        }
        given().contentType(ContentType.JSON).body(Map.of("executedToDate", "260000.00", "measures", entries))
                .put(report).then().statusCode(200).body("openPoints", empty());
        given().post(report + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("result.light", equalTo("RED"))
                .body("result.counts.red", equalTo(1)).body("result.counts.green", equalTo(entries.size() - 1));
        given().contentType(ContentType.JSON).body(Map.of("executedToDate", "1.00")).put(report).then().statusCode(409)
                .body("type", equalTo("urn:perftarget:problem:monitoring-report-submitted"));

        List<ConsumerRecord<String, String>> events = TopicReader.recordsWithKey("monitoring-reported",
                declarationId.toString(), 1, Duration.ofSeconds(30));
        assertEquals(List.of(), EventContracts.violations("monitoring-reported", events.get(0).value()));
        JsonNode data = SeedRevision.JSON.readTree(events.get(0).value());
        assertEquals("RED", data.get("light").asText());
        assertEquals("52.55", data.at("/execution/progress").asText());
        assertEquals(1, data.at("/redMeasures/0/indicatorPosition").asInt());

        given().queryParam("departmentCode", departmentCode(declarationId)).get("/api/v1/monitoring-rounds/" + round + "/overview")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].light", equalTo("RED")).body("items[0].reported", equalTo(true))
                .body("items[0].executionProgress", equalTo("52.55")).body("items[0].redCount", equalTo(1));
        given().queryParam("light", "RED").queryParam("sort", "-executionProgress")
                .get("/api/v1/monitoring-rounds/" + round + "/overview").then().statusCode(200)
                .body("items.declarationId", hasItem(declarationId.toString()))
                .body("items.light", not(hasItem("GREEN")));
        byte[] workbook = given().queryParam("departmentCode", departmentCode(declarationId))
                .get("/api/v1/monitoring-rounds/" + round + "/overview.xlsx").then().statusCode(200)
                .contentType(TableWorkbook.MEDIA_TYPE).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Row row = book.getSheetAt(0).getRow(2);
            assertEquals(departmentCode(declarationId), row.getCell(0).getStringCellValue());
            assertEquals("已报送", row.getCell(3).getStringCellValue());
            assertEquals("红", row.getCell(4).getStringCellValue());
            assertEquals(52.55, row.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(1, row.getCell(10).getNumericCellValue(), 1e-9);
        }
        given().get("/api/v1/monitoring-rounds/" + round + "/red-measures").then().statusCode(200)
                .body("find { it.declarationId == '" + declarationId + "' }.deviationReason", equalTo("联合资助项目集中在第四季度签约"));
    }

    @Test
    void shouldListADeclarationThatHasNotReportedAsOverdueOnceItsDueDateHasPassed() throws Exception {
        UUID declarationId = approvedSeedRevision();
        String round = given().contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", 2023, "cutOffDate", "2023-06-30", "dueDate", "2023-07-10"))
                .post("/api/v1/monitoring-rounds").then().statusCode(201).extract().path("id");
        given().queryParam("departmentCode", departmentCode(declarationId))
                .get("/api/v1/monitoring-rounds/" + round + "/overview").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].reported", equalTo(false))
                .body("items[0].overdue", equalTo(true)).body("items[0].light", equalTo(null));
        given().contentType(ContentType.JSON).body(Map.of("fiscalYear", 2023, "cutOffDate", "2024-01-31"))
                .post("/api/v1/monitoring-rounds").then().statusCode(422).body("errors.field", hasItem("cutOffDate"));
        given().contentType(ContentType.JSON)
                .body(Map.of("fiscalYear", 2023, "cutOffDate", "2023-06-30", "dueDate", "2023-06-01"))
                .post("/api/v1/monitoring-rounds").then().statusCode(422).body("errors.field", hasItem("dueDate"));
        given().get("/api/v1/monitoring-rounds/" + UUID.randomUUID() + "/reports/" + declarationId).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("executedToDate", "1.00"))
                .put("/api/v1/monitoring-rounds/" + round + "/reports/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void shouldStoreVersionsOfTheMonitoringRulesAndAssessARoundWithTheOneItRecorded() throws Exception {
        int year = 2031;
        given().get("/api/v1/monitoring-rule-sets/" + year).then().statusCode(200)
                .body("version", equalTo(0)).body("stored", equalTo(false)).body("rules.greenFrom", equalTo("-10"));
        given().contentType(ContentType.JSON).body(Map.of("rules", Map.of("cutOffMonth", 2, "cutOffDay", 30,
                "greenFrom", "5", "yellowFrom", "-20", "atMostTolerance", "3"))).put("/api/v1/monitoring-rule-sets/" + year)
                .then().statusCode(422)
                .body("errors.field", hasItems("rules.cutOffDay", "rules.greenFrom", "rules.atMostTolerance"));
        given().contentType(ContentType.JSON).body(Map.of("rules", Map.of("cutOffMonth", 6, "cutOffDay", 30,
                "greenFrom", "-5", "yellowFrom", "-15", "atMostTolerance", "1.05"), "note", "数据截至 6 月 30 日"))
                .put("/api/v1/monitoring-rule-sets/" + year).then().statusCode(201).body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("fiscalYear", year)).post("/api/v1/monitoring-rounds").then()
                .statusCode(201).body("cutOffDate", equalTo(year + "-06-30")).body("ruleSetVersion", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("fiscalYear", year, "ruleSetVersion", 0))
                .post("/api/v1/monitoring-rounds").then().statusCode(201).body("cutOffDate", equalTo(year + "-07-31"));
        given().get("/api/v1/monitoring-rule-sets/" + year + "/versions/9").then().statusCode(404);
    }

    private static String departmentCode(UUID declarationId) {
        return "M" + declarationId.toString().substring(0, 8);
    }

    /** The seed form submitted, pre-reviewed and approved as revision 1, with the measure values indicator-service serves. */
    private static UUID approvedSeedRevision() throws Exception {
        UUID declarationId = UUID.randomUUID();
        IndicatorServiceStandIn.freeze(declarationId, 1, SeedRevision.indicatorsJson());
        Submissions.submit(declarationId, 1, departmentCode(declarationId), UUID.randomUUID().toString());
        String reviewId = Submissions.awaitReview(declarationId, 1, "PRE_REVIEWED").extract().path("id");
        given().contentType(ContentType.JSON).body(ReviewerWorkflowTest.decision("GOOD", "APPROVED", List.of(), "同意", 1))
                .post("/api/v1/reviews/" + reviewId + "/decision").then().statusCode(200);
        IndicatorServiceStandIn.recordMeasureValues(declarationId, 1, measureValues());
        return declarationId;
    }

    /** The seed's annual measures; indicator 3 (≥16 项) with a progress value of 8 recorded in indicator-service. */
    private static List<Map<String, Object>> measureValues() {
        List<Map<String, Object>> values = new ArrayList<>();
        for (Map<String, Object> indicator : SeedRevision.indicatorsJson()) {
            JsonNode measures = SeedRevision.JSON.valueToTree(indicator.get("annualMeasures"));
            for (int i = 0; i < measures.size(); i++) {
                Map<String, Object> value = new HashMap<>();
                value.put("indicatorPosition", indicator.get("position"));
                value.put("indicatorName", indicator.get("name"));
                value.put("measureIndex", i);
                value.put("measure", measures.get(i));
                if (Integer.valueOf(3).equals(indicator.get("position"))) {
                    value.put("progressValue", 8);
                }
                values.add(value);
            }
        }
        return values;
    }
}
