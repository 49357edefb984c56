package gov.perftarget.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import gov.perftarget.testing.AuditTrailChecks;
import gov.perftarget.testing.ContractEvents;
import gov.perftarget.testing.SeedForm;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Every state change of budget-service is in its audit trail: who, when, what; and nothing can alter it. */
@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@TestSecurity(user = "tester", roles = { "declarant", "reviewer", "admin" })
class AuditTrailTest {

    @Inject
    AgroalDataSource database;


    @Test
    void shouldRecordEveryChangeOfADepartmentAndADeclarationWithWhoWhenAndWhat() throws Exception {
        String code = DepartmentResourceTest.uniqueCode();
        String departmentId = given().contentType(ContentType.JSON).body(SeedForm.department(code))
                .post("/api/v1/departments").then().statusCode(201).extract().path("id");
        String tag = given().get("/api/v1/departments/" + departmentId).header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", tag)
                .body(Map.of("code", code, "name", "广州市科学技术局（更名）", "subordinateUnitCount", 3))
                .put("/api/v1/departments/" + departmentId).then().statusCode(200);

        JsonPath department = AuditTrailChecks.trail("department", departmentId);
        assertEquals(List.of("department.create", "department.update"), department.getList("items.action"));
        assertEquals(List.of("tester", "tester"), department.getList("items.actor"));
        assertEquals("广州市科学技术局（更名）",
                department.getString("items[1].changes.find { it.field == 'name' }.newValue"));
        assertEquals(SeedForm.DEPARTMENT_NAME, department.getString("items[1].changes.find { it.field == 'name' }.oldValue"));

        String id = given().contentType(ContentType.JSON).body(SeedForm.declaration(departmentId, 2023).toString())
                .post("/api/v1/declarations").then().statusCode(201).extract().path("id");
        var changed = SeedForm.declaration(departmentId, 2023);
        changed.with("budget").put("basicExpenditure", "16467.86").put("projectExpenditure", "7914.12");
        given().contentType(ContentType.JSON).header("If-Match", given().get("/api/v1/declarations/" + id).header("ETag"))
                .body(changed.toString()).put("/api/v1/declarations/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").then().statusCode(201);
        // the pre-review and the decision arrive as events: the actor is who caused them, else the service
        ContractEvents.send("declaration-pre-reviewed", UUID.fromString(id),
                ContractEvents.example("declaration-pre-reviewed", UUID.fromString(id), 1), UUID.randomUUID().toString());
        // the two events travel on different topics: the decision is sent once the pre-review is applied
        awaitTrail("declaration", id, 4);
        String decisionEvent = UUID.randomUUID().toString();
        ContractEvents.send("declaration-reviewed", UUID.fromString(id),
                ContractEvents.example("declaration-reviewed", UUID.fromString(id), 1).put("decision", "RETURNED")
                        .put("actor", "reviewer-7"),
                decisionEvent);

        JsonPath declaration = awaitTrail("declaration", id, 5);
        assertEquals(List.of("declaration.create", "declaration.update", "declaration.submit",
                "declaration.pre-reviewed", "declaration.decide"), declaration.getList("items.action"));
        assertEquals("16467.85", declaration.getString(
                "items[1].changes.find { it.field == 'budget.basicExpenditure' }.oldValue"));
        assertEquals("16467.86", declaration.getString(
                "items[1].changes.find { it.field == 'budget.basicExpenditure' }.newValue"));
        assertEquals(Map.of("field", "status", "oldValue", "DRAFT", "newValue", "SUBMITTED"),
                declaration.getMap("items[2].changes.find { it.field == 'status' }"));
        assertEquals("RETURNED", declaration.getString("items[4].changes.find { it.field == 'status' }.newValue"));
        // the decision names its reviewer (the event's actor); the pre-review names no person
        assertEquals("reviewer-7 (event " + decisionEvent + ")", declaration.getString("items[4].actor"));
        assertTrue(declaration.getString("items[3].actor").startsWith("system:budget-service (event "));
        assertTrue(OffsetDateTime.parse(declaration.getString("items[0].occurredAt")).toInstant()
                .isAfter(Instant.now().minus(Duration.ofMinutes(5))), "when");

        // filters: by actor and action, over every resource
        given().queryParam("action", "declaration.decide").queryParam("resourceId", id).get("/api/v1/audit-records")
                .then().statusCode(200).body("total", equalTo(1));
        given().queryParam("actor", "tester").queryParam("resourceType", "declaration").get("/api/v1/audit-records")
                .then().statusCode(200).body("items.resourceId", hasItem(id));
    }

    @Test
    void shouldRecordNothingForARefusedChange() {
        String departmentId = given().contentType(ContentType.JSON)
                .body(SeedForm.department(DepartmentResourceTest.uniqueCode())).post("/api/v1/departments")
                .then().statusCode(201).extract().path("id");
        String id = given().contentType(ContentType.JSON).body(SeedForm.declaration(departmentId, 2023).toString())
                .post("/api/v1/declarations").then().statusCode(201).extract().path("id");
        var unbalanced = SeedForm.declaration(departmentId, 2023);
        unbalanced.with("budget").put("basicExpenditure", "16467.86");
        given().contentType(ContentType.JSON).header("If-Match", given().get("/api/v1/declarations/" + id).header("ETag"))
                .body(unbalanced.toString()).put("/api/v1/declarations/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").then().statusCode(422);
        assertEquals(List.of("declaration.create", "declaration.update"),
                AuditTrailChecks.trail("declaration", id).getList("items.action"));
    }

    @Test
    void shouldLetNothingAlterTheTrail() throws Exception {
        given().contentType(ContentType.JSON).body(SeedForm.department(DepartmentResourceTest.uniqueCode()))
                .post("/api/v1/departments").then().statusCode(201);
        AuditTrailChecks.assertAppendOnly(database);

        // the API only reads it: no operation of the document writes to it, and writing methods are refused
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        paths.forEach((path, operations) -> {
            if (path.contains("audit")) {
                assertEquals(List.of("get"), List.copyOf(operations.keySet()), path);
            }
        });
        AuditTrailChecks.assertReadOnlyApi();
        given().queryParam("sort", "changes").get("/api/v1/audit-records").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("from", "yesterday").get("/api/v1/audit-records").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    private static JsonPath awaitTrail(String resourceType, String resourceId, int records) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonPath trail = AuditTrailChecks.trail(resourceType, resourceId);
        while (trail.getList("items").size() < records && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            trail = AuditTrailChecks.trail(resourceType, resourceId);
        }
        return trail;
    }
}
