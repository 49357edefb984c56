package gov.perftarget.budget;

import static gov.perftarget.testing.AuthorizationMatrix.Role.ADMIN;
import static gov.perftarget.testing.AuthorizationMatrix.Role.DECLARANT;
import static gov.perftarget.testing.AuthorizationMatrix.Role.REVIEWER;
import static gov.perftarget.testing.AuthorizationMatrix.Scope.DEPARTMENT_LIST;
import static gov.perftarget.testing.AuthorizationMatrix.Scope.DEPARTMENT_REFERENCE;
import static gov.perftarget.testing.AuthorizationMatrix.Scope.DEPARTMENT_RESOURCE;
import static gov.perftarget.testing.AuthorizationMatrix.Scope.NONE;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import jakarta.inject.Inject;

import java.util.List;

import java.util.Map;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import gov.perftarget.security.VerifiedTokens;
import gov.perftarget.testing.AuthorizationMatrix;
import gov.perftarget.testing.AuthorizationMatrix.Rule;
import gov.perftarget.budget.form.FormWorkbook;
import gov.perftarget.budget.form.FormWorkbookTest;
import gov.perftarget.testing.SeedForm;
import gov.perftarget.testing.Tokens;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.auth.principal.JWTParser;

/**
 * Who may do what in budget-service (docs/domain.md §6), for every operation of its OpenAPI document and
 * every kind of caller, with real signed tokens.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    @Inject
    JWTParser tokenParser;

    @Test
    void shouldVerifyEachTokenOnceAndRememberItUntilItExpires() {
        // the parser the bearer-token check uses is the remembering one (VerifiedTokensTest tests its rules)
        assertInstanceOf(VerifiedTokens.class, ClientProxy.unwrap(tokenParser));
    }

    @Test
    void shouldRefuseTokensOfAnotherAudienceWithoutExpiryOrWithGroupsNotAnArray() {
        for (String token : List.of(Tokens.otherAudience(), Tokens.withoutExpiry(), Tokens.groupsAsText())) {
            given().header("Authorization", Tokens.bearer(token)).get("/api/v1/departments").then().statusCode(401)
                    .contentType("application/problem+json");
        }
        given().header("Authorization", Tokens.bearer(Tokens.admin())).get("/api/v1/departments").then().statusCode(200);
    }

    @Test
    void shouldAnswerEveryOperationForEveryCallerAsTheRolesAndTheDepartmentAllow() throws Exception {
        String code = DepartmentResourceTest.uniqueCode();
        String admin = Tokens.bearer(Tokens.admin());
        String declarant = Tokens.bearer(Tokens.declarant(code));
        String departmentId = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(SeedForm.department(code)).post("/api/v1/departments").then().statusCode(201).extract().path("id");
        String declarationId = given().header("Authorization", declarant).contentType(ContentType.JSON)
                .body(SeedForm.declaration(departmentId, 2023).toString()).post("/api/v1/declarations")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", declarant).contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + declarationId + "/submit")
                .then().statusCode(201);

        IndicatorServiceStandIn.keep(UUID.fromString(declarationId), List.of(Map.of("position", 1,
                "level1CategoryName", "产出指标", "level2CategoryName", "数量指标", "name", "指标", "periodTarget", "≥1项",
                "annualTarget", "≥1项")));

        // a declarant of this department files a declaration for another year; another's may not
        String nextYear = SeedForm.declaration(departmentId, 2024).toString();
        String content = SeedForm.declaration(departmentId, 2023).toString();
        new AuthorizationMatrix(code, declarationId, departmentId, code)
                .rule("createDepartment", Rule.of(NONE, ADMIN).body(() -> "{\"code\":\""
                        + DepartmentResourceTest.uniqueCode() + "\",\"name\":\"部门\",\"subordinateUnitCount\":0}"))
                .rule("listDepartments", Rule.of(DEPARTMENT_LIST, DECLARANT, REVIEWER, ADMIN))
                .rule("getDepartment", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN).path("id", departmentId))
                .rule("updateDepartment", Rule.of(NONE, ADMIN).path("id", departmentId).header("If-Match", "\"999\"")
                        .body(() -> "{\"code\":\"" + code + "\",\"name\":\"部门\",\"subordinateUnitCount\":0}"))
                .rule("createDeclaration", Rule.of(DEPARTMENT_REFERENCE, DECLARANT).body(() -> nextYear))
                .rule("listDeclarations", Rule.of(DEPARTMENT_LIST, DECLARANT, REVIEWER, ADMIN))
                .rule("getDeclaration", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN).path("id", declarationId))
                .rule("updateDeclaration", Rule.of(DEPARTMENT_RESOURCE, DECLARANT).path("id", declarationId)
                        .header("If-Match", "\"999\"").body(() -> content))
                .rule("validateDeclaration", Rule.of(DEPARTMENT_RESOURCE, DECLARANT).path("id", declarationId))
                .rule("submitDeclaration", Rule.of(DEPARTMENT_RESOURCE, DECLARANT).path("id", declarationId)
                        .body(() -> DeclarationResourceTest.SUBMISSION))
                .rule("getDeclarationRevision", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("id", declarationId).path("number", 1))
                .rule("diffDeclarationRevisions", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("id", declarationId).query("from=1&to=1"))
                .rule("exportDeclarationForm", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("id", declarationId))
                .rule("exportRevisionForm", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("id", declarationId).path("number", 1))
                .rule("printDeclarationForm", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("id", declarationId))
                .rule("printRevisionForm", Rule.of(DEPARTMENT_RESOURCE, DECLARANT, REVIEWER, ADMIN)
                        .path("id", declarationId).path("number", 1))
                .rule("getFormTemplate", Rule.of(NONE, DECLARANT, REVIEWER, ADMIN))
                .rule("exportApprovedForms", Rule.of(DEPARTMENT_LIST, DECLARANT, REVIEWER, ADMIN).query("fiscalYear=2023"))
                // the department's declaration of 2023 is submitted: the import is refused with 409, after authorization
                .rule("importDeclarationForm", Rule.of(DEPARTMENT_REFERENCE, DECLARANT).query("departmentId=" + departmentId)
                        .file(FormWorkbook.MEDIA_TYPE, () -> FormWorkbook.write(FormWorkbookTest.seed())))
                .sharedOperations("declaration-reviewed.budget-service.dlq")
                .verify();
    }

    @Test
    void shouldShowAReviewerOnlyDeclarationsSubmittedAtLeastOnce() {
        String code = DepartmentResourceTest.uniqueCode();
        String reviewer = Tokens.bearer(Tokens.reviewer());
        String declarant = Tokens.bearer(Tokens.declarant(code));
        String departmentId = given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(SeedForm.department(code)).post("/api/v1/departments").then().statusCode(201).extract().path("id");
        String draft = given().header("Authorization", declarant).contentType(ContentType.JSON)
                .body(SeedForm.declaration(departmentId, 2023).toString()).post("/api/v1/declarations")
                .then().statusCode(201).extract().path("id");

        given().header("Authorization", reviewer).get("/api/v1/declarations/" + draft).then().statusCode(404);
        given().header("Authorization", reviewer).queryParam("departmentId", departmentId).get("/api/v1/declarations")
                .then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", Tokens.bearer(Tokens.admin())).get("/api/v1/declarations/" + draft)
                .then().statusCode(200);

        given().header("Authorization", declarant).contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + draft + "/submit").then().statusCode(201);
        given().header("Authorization", reviewer).get("/api/v1/declarations/" + draft).then().statusCode(200);
        given().header("Authorization", reviewer).queryParam("departmentId", departmentId).get("/api/v1/declarations")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void shouldAcceptKeycloakRealmRolesAndRefuseATokenWithoutRoles() {
        given().header("Authorization", Tokens.bearer(Tokens.realmRoles("kc-admin", "admin")))
                .get("/api/v1/audit-records").then().statusCode(200);
        given().header("Authorization", Tokens.bearer(Tokens.realmRoles("kc-nobody")))
                .get("/api/v1/departments").then().statusCode(403)
                .body("type", equalTo("urn:perftarget:problem:forbidden"));
    }

    @Test
    void shouldNameTheAuthenticatedCallerInTheAuditTrail() {
        String code = DepartmentResourceTest.uniqueCode();
        String departmentId = given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(SeedForm.department(code)).post("/api/v1/departments").then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.bearer(Tokens.admin())).queryParam("resourceId", departmentId)
                .get("/api/v1/audit-records").then().statusCode(200).body("items[0].actor", equalTo("admin-1"));
    }
}
