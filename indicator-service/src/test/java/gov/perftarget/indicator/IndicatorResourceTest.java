package gov.perftarget.indicator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import gov.perftarget.indicator.domain.Indicator;
import gov.perftarget.testing.SeedForm;
import io.quarkus.narayana.jta.QuarkusTransaction;
import gov.perftarget.testing.AsTester;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@ExtendWith(AsTester.class)
class IndicatorResourceTest {

    static void putSeedIndicators(UUID declarationId) {
        given().contentType(ContentType.JSON).body(Map.of("indicators", SeedForm.indicators()))
                .when().put("/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(200).body("indicators", hasSize(10));
    }

    @Test
    void shouldServeTheCatalogueWithItsNineLevelTwoCategories() {
        given().get("/api/v1/categories").then().statusCode(200)
                .body("code", equalTo(List.of("OUTPUT", "OUTCOME", "SATISFACTION")))
                .body("[0].children.code", equalTo(List.of("QUANTITY", "QUALITY", "TIMELINESS", "COST")))
                .body("[1].children.name", equalTo(List.of("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标")))
                .body("[2].children", hasSize(1));
    }

    @Test
    void shouldAttachTheSeedIndicatorsAndReadThemBackAsWritten() {
        UUID declarationId = BudgetServiceStandIn.draft();
        putSeedIndicators(declarationId);

        given().get("/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(200)
                .body("revision", equalTo(0))
                .body("indicators", hasSize(10))
                .body("indicators[0].position", equalTo(1))
                .body("indicators[0].level1Category", equalTo("OUTPUT"))
                .body("indicators[0].level2CategoryName", equalTo("数量指标"))
                .body("indicators[3].periodTarget", equalTo("1.新增省级以上孵化载体15家； 2.国家级孵化器运营评价优秀数量位居全国前列。"))
                .body("indicators[3].annualTarget", equalTo("1.新增省级以上孵化载体15家；2.国家级孵化器运营评价优秀数量位居全国前列。"))
                .body("indicators[9].level2Category", equalTo("SOCIAL"))
                .body("indicators[3].periodMeasures", hasSize(2))
                .body("indicators[3].periodMeasures[0].comparator", equalTo("≥"))
                .body("indicators[3].periodMeasures[0].value", equalTo("15"))
                .body("indicators[3].periodMeasures[0].unit", equalTo("家"))
                .body("indicators[3].periodMeasures[0].signMissing", equalTo(true))
                .body("indicators[3].periodMeasures[0].warnings", hasItem("SIGN_MISSING"))
                .body("indicators[3].periodMeasures[1].nature", equalTo("QUALITATIVE"))
                .body("indicators[5].annualMeasures[1].normalizedValue", equalTo("2000000"))
                .body("indicators[5].annualMeasures[1].normalizedUnit", equalTo("万元"));
    }

    @Test
    void shouldCountTheWorkingCopysVersionUpWithEveryWrite() {
        UUID declarationId = BudgetServiceStandIn.draft();
        given().get("/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(200).body("version", equalTo(0));
        putSeedIndicators(declarationId);
        given().get("/api/v1/declarations/" + declarationId + "/indicators").then().body("version", equalTo(1));
        given().contentType(ContentType.JSON).body(Map.of("indicators", SeedForm.indicators().subList(0, 2)))
                .put("/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(200)
                .body("version", equalTo(2)).body("indicators", hasSize(2));
    }

    @Test
    void shouldFreezeExactlyTheVersionTheSubmissionNamesThoughAnEditCameInBetween() {
        UUID declarationId = BudgetServiceStandIn.draft();
        putSeedIndicators(declarationId); // version 1: what the department submits
        // an edit that reaches this service after the submission but before its event
        given().contentType(ContentType.JSON).body(Map.of("indicators", SeedForm.indicators().subList(0, 1)))
                .put("/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(200).body("version", equalTo(2));

        DeclarationEvents.submittedVersion(declarationId, 1, 1);
        DeclarationEvents.awaitFrozen(declarationId, 1);
        given().get("/api/v1/declarations/" + declarationId + "/revisions/1/indicators").then()
                .body("indicators", hasSize(10))
                .body("indicators.name", equalTo(SeedForm.indicators().stream().map(i -> i.get("name")).toList()));
        // the working copy keeps the later edit, locked until the review returns the declaration
        given().get("/api/v1/declarations/" + declarationId + "/indicators").then().body("indicators", hasSize(1));
    }

    @Test
    void shouldFreezeTheWorkingCopyWhenItIsTheVersionNamedAndNothingForAVersionNeverWritten() {
        UUID current = BudgetServiceStandIn.draft();
        putSeedIndicators(current);
        DeclarationEvents.submittedVersion(current, 1, 1);
        DeclarationEvents.awaitFrozen(current, 1);
        given().get("/api/v1/declarations/" + current + "/revisions/1/indicators").then().body("indicators", hasSize(10));

        UUID unknown = BudgetServiceStandIn.draft();
        putSeedIndicators(unknown);
        DeclarationEvents.submittedVersion(unknown, 1, 7);
        DeclarationEvents.awaitFrozen(unknown, 1);
        given().get("/api/v1/declarations/" + unknown + "/revisions/1/indicators").then().body("indicators", hasSize(0));
    }

    @Test
    void shouldServeEveryVersionASubmissionMayStillNameAndNoOther() {
        UUID declarationId = BudgetServiceStandIn.draft();
        String indicators = "/api/v1/declarations/" + declarationId + "/indicators";
        putSeedIndicators(declarationId); // version 1
        given().contentType(ContentType.JSON).body(Map.of("indicators", SeedForm.indicators().subList(0, 2)))
                .put(indicators).then().statusCode(200).body("version", equalTo(2));

        given().queryParam("version", 0).get(indicators).then().statusCode(200).body("version", equalTo(0))
                .body("indicators", hasSize(0));
        given().queryParam("version", 1).get(indicators).then().statusCode(200).body("version", equalTo(1))
                .body("indicators", hasSize(10));
        given().queryParam("version", 2).get(indicators).then().statusCode(200).body("indicators", hasSize(2));
        given().queryParam("version", 3).get(indicators).then().statusCode(404).contentType("application/problem+json");
        given().queryParam("version", -1).get(indicators).then().statusCode(400).body("errors[0].field", equalTo("version"));

        // the freeze of version 2 drops the versions before it: a later submission can no longer name them
        DeclarationEvents.submittedVersion(declarationId, 1, 2);
        DeclarationEvents.awaitFrozen(declarationId, 1);
        given().queryParam("version", 1).get(indicators).then().statusCode(404);
        given().queryParam("version", 0).get(indicators).then().statusCode(404);
        given().queryParam("version", 2).get(indicators).then().statusCode(200).body("indicators", hasSize(2));
    }

    @Test
    void shouldFreezeNothingForAVersionDroppedByAnEarlierFreezeNotTheWorkingCopy() {
        UUID declarationId = BudgetServiceStandIn.draft();
        putSeedIndicators(declarationId); // version 1
        DeclarationEvents.submittedVersion(declarationId, 1, 1);
        DeclarationEvents.awaitFrozen(declarationId, 1);
        DeclarationEvents.reviewed(declarationId, 1, "RETURNED");
        DeclarationEvents.await(() -> given().contentType(ContentType.JSON)
                .body(Map.of("indicators", SeedForm.indicators().subList(0, 3)))
                .put("/api/v1/declarations/" + declarationId + "/indicators").statusCode() == 200, "the return");

        // version 0 (before the first write) is gone since the first freeze: it must not freeze the working copy
        DeclarationEvents.submittedVersion(declarationId, 2, 0);
        DeclarationEvents.awaitFrozen(declarationId, 2);
        given().get("/api/v1/declarations/" + declarationId + "/revisions/2/indicators").then().body("indicators", hasSize(0));
    }

    @Test
    void shouldRefuseALevelTwoCategoryOfAnotherLevelOneAndKeepTheOldIndicators() {
        UUID declarationId = BudgetServiceStandIn.draft();
        putSeedIndicators(declarationId);

        Map<String, Object> wrong = Map.of("level1Category", "效益指标", "level2Category", "数量指标", "name", "x",
                "periodTarget", "≥1项", "annualTarget", "≥1项");
        given().contentType(ContentType.JSON).body(Map.of("indicators", List.of(wrong)))
                .when().put("/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("indicators[0].level2Category"));

        given().get("/api/v1/declarations/" + declarationId + "/indicators").then().body("indicators", hasSize(10));
    }

    @Test
    void shouldNameBlankFieldsOfAnIndicator() {
        Map<String, Object> blank = Map.of("level1Category", "OUTPUT", "level2Category", "QUANTITY", "name", "",
                "periodTarget", "≥1项", "annualTarget", " ");
        given().contentType(ContentType.JSON).body(Map.of("indicators", List.of(blank)))
                .when().put("/api/v1/declarations/" + BudgetServiceStandIn.draft() + "/indicators")
                .then().statusCode(400)
                .body("errors.field", hasItem("indicators[0].name"))
                .body("errors.field", hasItem("indicators[0].annualTarget"));
    }

    @Test
    void shouldFreezeTheIndicatorsOnSubmissionOnceAndRefuseLaterEdits() {
        UUID declarationId = BudgetServiceStandIn.draft();
        putSeedIndicators(declarationId);
        given().get("/api/v1/declarations/" + declarationId + "/revisions/1/indicators").then().statusCode(404);

        String eventId = UUID.randomUUID().toString();
        DeclarationEvents.submitted(declarationId, 1, eventId);
        DeclarationEvents.awaitFrozen(declarationId, 1);

        given().get("/api/v1/declarations/" + declarationId + "/revisions/1/indicators").then().statusCode(200)
                .body("revision", equalTo(1)).body("indicators", hasSize(10))
                .body("indicators[7].name", equalTo("聚焦科学发现，增强源头创新供给能力，强化国家战略科技力量。"))
                .body("indicators[3].annualMeasures[0].signMissing", equalTo(true));
        List<Indicator> frozen = QuarkusTransaction.requiringNew().call(() -> Indicator.of(declarationId, 1));
        assertEquals(2, frozen.get(3).annualMeasures.size(), "the frozen revision stores its measures as read");
        assertEquals(new BigDecimal("15"), frozen.get(3).annualMeasures.get(0).value());

        given().contentType(ContentType.JSON).body(Map.of("indicators", SeedForm.indicators().subList(0, 1)))
                .when().put("/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(409).body("type", equalTo("urn:perftarget:problem:declaration-not-editable"));

        // the same event again, then a marker on the same partition: events are applied side by side, but
        // handed to the pool in partition order, so the duplicate starts first and takes a fraction of the marker's time
        DeclarationEvents.submitted(declarationId, 1, eventId);
        UUID marker = UUID.randomUUID();
        DeclarationEvents.submitted(declarationId, marker, 1, UUID.randomUUID().toString());
        DeclarationEvents.awaitFrozen(marker, 1);
        given().get("/api/v1/declarations/" + declarationId + "/revisions/1/indicators").then()
                .body("indicators", hasSize(10));
        given().get("/api/v1/declarations/" + declarationId + "/revisions/2/indicators").then().statusCode(404);
    }

    @Test
    void shouldReadTheFrozenIndicatorsOfSeveralRevisionsInOneCallLeavingOutThoseNotFrozen() {
        UUID first = BudgetServiceStandIn.draft();
        UUID second = BudgetServiceStandIn.draft();
        UUID draft = BudgetServiceStandIn.draft();
        for (UUID declarationId : List.of(first, second, draft)) {
            putSeedIndicators(declarationId);
        }
        DeclarationEvents.submitted(first, 1, UUID.randomUUID().toString());
        DeclarationEvents.submitted(second, 1, UUID.randomUUID().toString());
        DeclarationEvents.awaitFrozen(first, 1);
        DeclarationEvents.awaitFrozen(second, 1);

        List<Map<String, Object>> asked = List.of(revision(second, 1), revision(draft, 1), revision(first, 1),
                revision(first, 2), revision(UUID.randomUUID(), 1), revision(second, 1));
        given().contentType(ContentType.JSON).body(Map.of("revisions", asked))
                .when().post("/api/v1/revision-indicators/lookup")
                .then().statusCode(200)
                .body("indicatorSets.declarationId", equalTo(List.of(second.toString(), first.toString())))
                .body("indicatorSets.revision", equalTo(List.of(1, 1)))
                .body("indicatorSets[0].indicators", hasSize(10))
                .body("indicatorSets[1].indicators", hasSize(10))
                .body("indicatorSets[1].indicators[7].name", equalTo("聚焦科学发现，增强源头创新供给能力，强化国家战略科技力量。"))
                .body("indicatorSets[1].indicators[3].annualMeasures[0].signMissing", equalTo(true));
    }

    @Test
    void shouldNameTheWrongFieldOfARevisionLookup() {
        String path = "/api/v1/revision-indicators/lookup";
        given().contentType(ContentType.JSON).body(Map.of()).when().post(path).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("revisions"));
        given().contentType(ContentType.JSON).body(Map.of("revisions", List.of())).when().post(path).then()
                .statusCode(400).body("errors.field", hasItem("revisions"));
        given().contentType(ContentType.JSON).body(Map.of("revisions", List.of(revision(UUID.randomUUID(), 0))))
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("revisions[0].revision"));
        given().contentType(ContentType.JSON).body(Map.of("revisions", List.of(Map.of("revision", 1))))
                .when().post(path).then().statusCode(400).body("errors.field", hasItem("revisions[0].declarationId"));
        List<Map<String, Object>> tooMany = IntStream.range(0, 101)
                .mapToObj(i -> revision(UUID.randomUUID(), 1)).toList();
        given().contentType(ContentType.JSON).body(Map.of("revisions", tooMany)).when().post(path).then()
                .statusCode(400).body("errors.field", hasItem("revisions"));
    }

    private static Map<String, Object> revision(UUID declarationId, int revision) {
        return Map.of("declarationId", declarationId.toString(), "revision", revision);
    }
}
