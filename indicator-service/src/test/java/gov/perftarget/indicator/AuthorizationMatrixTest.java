package gov.perftarget.indicator;

import static gov.perftarget.testing.AuthorizationMatrix.Role.ADMIN;
import static gov.perftarget.testing.AuthorizationMatrix.Role.DECLARANT;
import static gov.perftarget.testing.AuthorizationMatrix.Role.REVIEWER;
import static gov.perftarget.testing.AuthorizationMatrix.Scope.DEPARTMENT_RESOURCE;
import static gov.perftarget.testing.AuthorizationMatrix.Scope.NONE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.perftarget.indicator.domain.DeclarationState;
import gov.perftarget.testing.AuthorizationMatrix;
import gov.perftarget.testing.AuthorizationMatrix.Rule;
import gov.perftarget.testing.ContractEvents;
import gov.perftarget.testing.SeedForm;
import gov.perftarget.testing.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Who may do what in indicator-service (docs/domain.md §6), for every operation of its OpenAPI document
 * and every kind of caller, with real signed tokens. indicator-service learns a declaration's
 * department from budget-service (here its stand-in), never from the first caller.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final String INDICATORS = "{\"indicators\":[{\"level1Category\":\"产出指标\","
            + "\"level2Category\":\"数量指标\",\"name\":\"立项项目数\",\"periodTarget\":\"≥800项\",\"annualTarget\":\"≥800项\"}]}";

    @Test
    void shouldAnswerEveryOperationForEveryCallerAsTheRolesAndTheDepartmentAllow() throws Exception {
        String code = "D" + UUID.randomUUID().toString().substring(0, 8);
        UUID declarationId = approvedDeclarationOf(code);
        String libraryIndicatorId = given().header("Authorization", Tokens.bearer(Tokens.admin()))
                .contentType(ContentType.JSON).body(libraryIndicator()).post("/api/v1/library-indicators")
                .then().statusCode(201).extract().path("id");

        new AuthorizationMatrix(code, declarationId.toString(), code)
                .rule("listCategories", Rule.of(NONE, DECLARANT, REVIEWER, ADMIN))
                .rule("createLibraryIndicator", Rule.of(NONE, ADMIN).body(AuthorizationMatrixTest::libraryIndicator))
                .rule("searchLibraryIndicators", Rule.of(NONE, DECLARANT, REVIEWER, ADMIN))
                .rule("getLibraryIndicator", Rule.of(NONE, DECLARANT, REVIEWER, ADMIN).path("id", libraryIndicatorId))
                .rule("replaceLibraryIndicator", Rule.of(NONE, ADMIN).path("id", libraryIndicatorId)
                        .body(AuthorizationMatrixTest::libraryIndicator))
                .rule("replaceIndicators", Rule.of(DEPARTMENT_RESOURCE, DECLARANT).path("declarationId", declarationId)
                        .body(() -> INDICATORS))
                .rule("addIndicatorFromLibrary", Rule.of(DEPARTMENT_RESOURCE, DECLARANT)
                        .path("declarationId", declarationId).body(() -> "{\"libraryIndicatorId\":\"" + libraryIndicatorId
                                + "\",\"periodTarget\":\"≥90%\",\"annualTarget\":\"≥90%\"}"))
                .rule("getIndicators", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("declarationId", declarationId))
                .rule("getRevisionIndicators", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("declarationId", declarationId).path("revision", 1))
                .rule("lookupRevisionIndicators", Rule.of(NONE, REVIEWER, ADMIN).body(() -> "{\"revisions\":[{\"declarationId\":\""
                        + declarationId + "\",\"revision\":1}]}"))
                .rule("listMeasureValues", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("declarationId", declarationId).path("revision", 1))
                .rule("recordProgressValue", Rule.of(DEPARTMENT_RESOURCE, DECLARANT).path("declarationId", declarationId)
                        .path("revision", 1).path("position", 1).path("index", 0).body(() -> "{\"value\":\"400\"}"))
                .rule("recordActualValue", Rule.of(DEPARTMENT_RESOURCE, DECLARANT).path("declarationId", declarationId)
                        .path("revision", 1).path("position", 1).path("index", 0).body(() -> "{\"value\":\"812\"}"))
                .sharedOperations("declaration-submitted.indicator-service.dlq")
                .verify();
    }

    @Test
    void shouldLetNoDeclarantWriteOrReadAnotherDepartmentsDeclarationByAnyPath() {
        String owner = "D" + UUID.randomUUID().toString().substring(0, 8);
        String intruder = "D" + UUID.randomUUID().toString().substring(0, 8);
        UUID declarationId = BudgetServiceStandIn.draftOf(owner);
        String base = "/api/v1/declarations/" + declarationId;

        // the intruder comes first: it cannot claim the declaration
        given().header("Authorization", Tokens.bearer(Tokens.declarant(intruder))).contentType(ContentType.JSON)
                .body(INDICATORS).put(base + "/indicators").then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer(Tokens.declarant(intruder))).contentType(ContentType.JSON)
                .body("{\"libraryIndicatorId\":\"" + UUID.randomUUID() + "\",\"periodTarget\":\"≥1项\",\"annualTarget\":\"≥1项\"}")
                .post(base + "/indicators/from-library").then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Tokens.declarant(owner))).get(base + "/indicators")
                .then().statusCode(200).body("indicators", hasSize(0));

        given().header("Authorization", Tokens.bearer(Tokens.declarant(owner))).contentType(ContentType.JSON)
                .body(INDICATORS).put(base + "/indicators").then().statusCode(200);
        for (String path : List.of("/indicators", "/revisions/1/indicators", "/revisions/1/measure-values")) {
            given().header("Authorization", Tokens.bearer(Tokens.declarant(intruder))).get(base + path)
                    .then().statusCode(404);
        }
        given().header("Authorization", Tokens.bearer(Tokens.declarant(intruder))).contentType(ContentType.JSON)
                .body(INDICATORS).put(base + "/indicators").then().statusCode(404);
        given().header("Authorization", Tokens.bearer(Tokens.declarant(owner))).get(base + "/indicators")
                .then().statusCode(200).body("indicators", hasSize(1));
    }

    @Test
    void shouldAnswer404ForADeclarationBudgetServiceNeverIssuedAndRecordNothing() {
        UUID neverIssued = UUID.randomUUID();
        given().header("Authorization", Tokens.bearer(Tokens.declarant("GZSTB"))).contentType(ContentType.JSON)
                .body(INDICATORS).put("/api/v1/declarations/" + neverIssued + "/indicators").then().statusCode(404);
        for (String token : List.of(Tokens.admin(), Tokens.reviewer(), Tokens.declarant("GZSTB"))) {
            given().header("Authorization", Tokens.bearer(token)).get("/api/v1/declarations/" + neverIssued + "/indicators")
                    .then().statusCode(404);
        }
        assertNull(QuarkusTransaction.requiringNew().call(() -> DeclarationState.findById(neverIssued)),
                "nothing is recorded of an id budget-service never issued");
    }

    @Test
    void shouldKeepADraftThatWasNeverSubmittedFromReviewers() {
        String code = "D" + UUID.randomUUID().toString().substring(0, 8);
        UUID declarationId = BudgetServiceStandIn.draftOf(code);
        given().header("Authorization", Tokens.bearer(Tokens.declarant(code))).contentType(ContentType.JSON)
                .body(INDICATORS).put("/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(200);
        given().header("Authorization", Tokens.bearer(Tokens.reviewer()))
                .get("/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(404);

        submit(declarationId, code);
        DeclarationEvents.await(() -> given().header("Authorization", Tokens.bearer(Tokens.reviewer()))
                .get("/api/v1/declarations/" + declarationId + "/revisions/1/indicators").statusCode() == 200,
                "revision 1 frozen and readable by reviewers");
        given().header("Authorization", Tokens.bearer(Tokens.reviewer()))
                .get("/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(200);
    }

    @Test
    void shouldAnswer503AndWriteNothingWhileBudgetServiceCannotSayWhoOwnsADeclaration() {
        String code = "D" + UUID.randomUUID().toString().substring(0, 8);
        UUID declarationId = BudgetServiceStandIn.draftOf(code);
        BudgetServiceStandIn.answer(503);
        try {
            given().header("Authorization", Tokens.bearer(Tokens.declarant(code))).contentType(ContentType.JSON)
                    .body(INDICATORS).put("/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", "1")
                    .body("type", equalTo("urn:perftarget:problem:budget-service-unavailable"));
        } finally {
            BudgetServiceStandIn.answer(0);
        }
        given().header("Authorization", Tokens.bearer(Tokens.declarant(code)))
                .get("/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(200)
                .body("indicators", hasSize(0));
    }

    /** A declaration of the department with the seed form's indicators, submitted and approved (revision 1). */
    private static UUID approvedDeclarationOf(String code) {
        UUID declarationId = BudgetServiceStandIn.draftOf(code);
        given().header("Authorization", Tokens.bearer(Tokens.declarant(code))).contentType(ContentType.JSON)
                .body(Map.of("indicators", SeedForm.indicators())).put("/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(200);
        submit(declarationId, code);
        DeclarationEvents.await(() -> given().header("Authorization", Tokens.bearer(Tokens.reviewer()))
                .get("/api/v1/declarations/" + declarationId + "/revisions/1/indicators").statusCode() == 200,
                "revision 1 frozen");
        DeclarationEvents.reviewed(declarationId, 1, "APPROVED");
        DeclarationEvents.await(() -> given().header("Authorization", Tokens.bearer(Tokens.declarant(code)))
                .contentType(ContentType.JSON).body("{\"value\":\"1\"}")
                .put("/api/v1/declarations/" + declarationId + "/revisions/1/indicators/1/measures/0/progress")
                .statusCode() == 200, "approval applied");
        return declarationId;
    }

    private static void submit(UUID declarationId, String departmentCode) {
        ObjectNode event = ContractEvents.example("declaration-submitted", declarationId, 1);
        ((ObjectNode) event.get("declaration")).put("departmentCode", departmentCode);
        ContractEvents.send("declaration-submitted", declarationId, event, UUID.randomUUID().toString());
    }

    private static String libraryIndicator() {
        return "{\"name\":\"服务对象满意度" + UUID.randomUUID().toString().substring(0, 6) + "\",\"level1Category\":\"满意度指标\","
                + "\"level2Category\":\"服务对象满意度指标\",\"scope\":\"COMMON\",\"nature\":\"QUANTITATIVE\",\"unit\":\"%\","
                + "\"comparator\":\"≥\",\"explanation\":\"满意程度\",\"dataSource\":\"问卷调查\",\"scoringRule\":\"≥90% 得满分\"}";
    }
}
