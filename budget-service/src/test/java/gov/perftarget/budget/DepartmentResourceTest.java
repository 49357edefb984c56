package gov.perftarget.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import gov.perftarget.testing.SeedForm;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@TestSecurity(user = "tester", roles = { "declarant", "reviewer", "admin" })
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
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].code", equalTo(code))
                .body("total", equalTo(1)).body("page", equalTo(0)).body("size", equalTo(20));
    }

    @Test
    void shouldSortAndPageDepartmentsTheWayEveryListDoes() {
        String parent = given().contentType(ContentType.JSON).body(SeedForm.department(uniqueCode()))
                .post("/api/v1/departments").then().statusCode(201).extract().path("id");
        for (String name : List.of("乙单位", "甲单位", "丙单位")) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("code", uniqueCode(), "name", name, "subordinateUnitCount", 0, "parentId", parent))
                    .post("/api/v1/departments").then().statusCode(201);
        }
        List<String> byCodeDescending = given().queryParam("parentId", parent).queryParam("sort", "-code")
                .get("/api/v1/departments").then().statusCode(200).body("total", equalTo(3)).extract().path("items.code");
        assertEquals(byCodeDescending.stream().sorted(java.util.Comparator.reverseOrder()).toList(), byCodeDescending);
        given().queryParam("parentId", parent).queryParam("sort", "name").queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/departments").then().statusCode(200)
                .body("items", hasSize(1)).body("total", equalTo(3)).body("page", equalTo(1)).body("size", equalTo(2));
        // a field the list does not sort by, and a malformed sort, are refused naming the parameter
        given().queryParam("sort", "secret").get("/api/v1/departments").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("sort"))
                .body("errors[0].message", containsString("code"));
        given().queryParam("sort", "code;drop").get("/api/v1/departments").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
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
                .header("Content-Language", "zh-CN")
                .body("title", equalTo("请求无效"))
                .body("detail", equalTo("请求中有无效的字段"))
                .body("errors.find { it.field == 'name' }.message", equalTo("部门名称不能为空"));

        // the same refusal in English, when the client prefers it
        given().contentType(ContentType.JSON).header("Accept-Language", "en-US,en;q=0.9,zh-CN;q=0.8")
                .body(Map.of("code", code, "name", " ", "subordinateUnitCount", -1))
                .when().post("/api/v1/departments")
                .then().statusCode(400)
                .header("Content-Language", "en")
                .header("Vary", containsString("Accept-Language"))
                .body("title", equalTo("Bad Request"))
                .body("detail", equalTo("The request has invalid fields"))
                .body("errors.find { it.field == 'name' }.message", equalTo("name must not be blank"))
                .body("errors.find { it.field == 'name' }.messageEn", nullValue());

        given().queryParam("code", code).get("/api/v1/departments").then().body("items", hasSize(0)).body("total", equalTo(0));
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
