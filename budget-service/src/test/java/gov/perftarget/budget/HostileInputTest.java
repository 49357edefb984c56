package gov.perftarget.budget;

import static io.restassured.RestAssured.given;

import java.util.Set;

import org.junit.jupiter.api.Test;

import gov.perftarget.testing.HostileInputs;
import gov.perftarget.testing.SeedForm;
import gov.perftarget.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** No input gives budget-service a 5xx, and a refused one changes nothing (HostileInputs, from the served OpenAPI document). */
@QuarkusTest
class HostileInputTest {

    private static final String ACTOR = "hostile-tester";

    @Test
    void shouldAnswerEveryHostileInputWithAProblemAndChangeNothing() throws Exception {
        String token = Tokens.of(ACTOR, Set.of("declarant", "reviewer", "admin"));
        String code = DepartmentResourceTest.uniqueCode();
        String departmentId = given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON)
                .body(SeedForm.department(code)).post("/api/v1/departments").then().statusCode(201).extract().path("id");
        String declarationId = given().header("Authorization", Tokens.bearer(token)).contentType(ContentType.JSON)
                .body(SeedForm.declaration(departmentId, 2023).toString()).post("/api/v1/declarations")
                .then().statusCode(201).extract().path("id");

        new HostileInputs(token, ACTOR).fixture("id", declarationId).fixture("departmentId", departmentId)
                .fixture("code", DepartmentResourceTest.uniqueCode()).fixture("number", 1)
                .verify();
    }
}
