package gov.perftarget.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import gov.perftarget.testing.SeedForm;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class DepartmentResourceTest {

    static String uniqueCode() {
        return "D" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void shouldCreateAndReadADepartment() {
        String code = uniqueCode();
        String location = given().contentType(ContentType.JSON).body(SeedForm.department(code))
                .when().post("/api/v1/departments")
                .then().statusCode(201)
                .body("code", equalTo(code))
                .body("name", equalTo(SeedForm.DEPARTMENT_NAME))
                .body("subordinateUnitCount", equalTo(2))
                .extract().header("Location");

        given().when().get(location).then().statusCode(200).body("code", equalTo(code));
        given().queryParam("code", code).when().get("/api/v1/departments")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].code", equalTo(code));
    }

    @Test
    void shouldRefuseASecondDepartmentWithTheSameCode() {
        String code = uniqueCode();
        given().contentType(ContentType.JSON).body(SeedForm.department(code)).post("/api/v1/departments")
                .then().statusCode(201);

        given().contentType(ContentType.JSON).body(SeedForm.department(code))
                .when().post("/api/v1/departments")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:perftarget:problem:department-code-taken"))
                .body("detail", containsString(code));
    }

    @Test
    void shouldNameEveryInvalidFieldAndCreateNothing() {
        String code = uniqueCode();
        given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", " ", "subordinateUnitCount", -1))
                .when().post("/api/v1/departments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/departments"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("subordinateUnitCount"))
                .body("errors.find { it.field == 'name' }.message", equalTo("部门名称不能为空"))
                .body("errors.find { it.field == 'name' }.messageEn", equalTo("name must not be blank"));

        given().queryParam("code", code).get("/api/v1/departments").then().body("$", hasSize(0));
    }

    @Test
    void shouldAnswerProblemJsonForAnUnknownDepartment() {
        given().when().get("/api/v1/departments/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:perftarget:problem:not-found"));
    }

    @Test
    void shouldAnswerProblemJsonForMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"code\": \"X\", ")
                .when().post("/api/v1/departments")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:perftarget:problem:validation"));
    }
}
