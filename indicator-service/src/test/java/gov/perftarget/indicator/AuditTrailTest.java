package gov.perftarget.indicator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import gov.perftarget.testing.AuditTrailChecks;
import gov.perftarget.testing.SeedForm;
import io.agroal.api.AgroalDataSource;
import gov.perftarget.testing.AsTester;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Every state change of indicator-service is in its audit trail: who, when, what; and nothing can alter it. */
@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@ExtendWith(AsTester.class)
class AuditTrailTest {

    @Inject
    AgroalDataSource database;


    @Test
    void shouldRecordTheLibraryTheIndicatorsTheirFreezeAndTheirValues() {
        Map<String, Object> library = new HashMap<>(Map.of("name", "服务对象满意度", "level1Category", "满意度指标",
                "level2Category", "服务对象满意度指标", "scope", "COMMON", "nature", "QUANTITATIVE", "unit", "%",
                "comparator", "≥"));
        String libraryId = given().contentType(ContentType.JSON).body(library).post("/api/v1/library-indicators")
                .then().statusCode(201).extract().path("id");
        library.put("explanation", "服务对象对项目实施效果的满意程度");
        given().contentType(ContentType.JSON).body(library).put("/api/v1/library-indicators/" + libraryId)
                .then().statusCode(200);
        JsonPath libraryTrail = AuditTrailChecks.trail("library-indicator", libraryId);
        assertEquals(List.of("library-indicator.create", "library-indicator.replace"),
                libraryTrail.getList("items.action"));
        assertEquals("服务对象对项目实施效果的满意程度",
                libraryTrail.getString("items[1].changes.find { it.field == 'explanation' }.newValue"));

        UUID declarationId = BudgetServiceStandIn.draft();
        IndicatorResourceTest.putSeedIndicators(declarationId);
        List<Map<String, Object>> changed = SeedForm.indicators();
        Map<String, Object> first = new HashMap<>(changed.get(0));
        first.put("annualTarget", "开展市校（院）联合资助项目数量≥820项。");
        given().contentType(ContentType.JSON)
                .body(Map.of("indicators", List.of(first, changed.get(1), changed.get(2), changed.get(3), changed.get(4),
                        changed.get(5), changed.get(6), changed.get(7), changed.get(8), changed.get(9))))
                .put("/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("libraryIndicatorId", libraryId, "periodTarget", "≥90%", "annualTarget", "≥90%"))
                .post("/api/v1/declarations/" + declarationId + "/indicators/from-library").then().statusCode(200);
        DeclarationEvents.submitted(declarationId, 1, UUID.randomUUID().toString());
        DeclarationEvents.awaitFrozen(declarationId, 1);
        DeclarationEvents.reviewed(declarationId, 1, "APPROVED");
        DeclarationEvents.await(() -> given().contentType(ContentType.JSON).body(Map.of("value", "812"))
                .put("/api/v1/declarations/" + declarationId + "/revisions/1/indicators/1/measures/0/actual")
                .statusCode() == 200, "approval applied");

        JsonPath indicators = AuditTrailChecks.trail("declaration-indicators", declarationId.toString());
        assertEquals(List.of("indicators.replace", "indicators.replace", "indicators.add-from-library",
                "indicators.freeze", "indicators.decision"), indicators.getList("items.action"));
        assertEquals("开展市校（院）联合资助项目数量≥800项。", indicators.getString(
                "items[1].changes.find { it.field == 'indicators[0].annualTarget' }.oldValue"));
        assertEquals("服务对象满意度", indicators.getString(
                "items[2].changes.find { it.field == 'indicators[10].name' }.newValue"));
        assertEquals("true", indicators.getString("items[3].changes.find { it.field == 'locked' }.newValue"));
        assertEquals("1", indicators.getString("items[4].changes.find { it.field == 'approvedRevision' }.newValue"));
        assertEquals(AsTester.SUBJECT, indicators.getString("items[0].actor"));
        assertTrue(indicators.getString("items[3].actor").startsWith("system:indicator-service (event "),
                indicators.getString("items[3].actor"));

        JsonPath value = AuditTrailChecks.trail("measure-value", declarationId + "/revisions/1/indicators/1/measures/0");
        assertEquals(List.of("measure-value.actual"), value.getList("items.action"));
        assertEquals("812", value.getString("items[0].changes.find { it.field == 'actualValue' }.newValue"));
    }

    @Test
    void shouldLetNothingAlterTheTrail() throws Exception {
        IndicatorResourceTest.putSeedIndicators(BudgetServiceStandIn.draft());
        AuditTrailChecks.assertAppendOnly(database);
        AuditTrailChecks.assertReadOnlyApi();
    }
}
