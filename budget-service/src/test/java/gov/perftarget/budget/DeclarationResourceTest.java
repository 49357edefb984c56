package gov.perftarget.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.perftarget.messaging.outbox.OutboxEvent;
import gov.perftarget.contracts.EventContracts;
import gov.perftarget.testing.SeedForm;
import gov.perftarget.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@TestSecurity(user = "tester", roles = { "declarant", "reviewer", "admin" })
class DeclarationResourceTest {

    /** A submission as budget-service sees it (indicator-service, which the version is about, is not here). */
    static final String SUBMISSION = "{\"indicatorSetVersion\":0}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String newDepartment() {
        return given().contentType(ContentType.JSON).body(SeedForm.department(DepartmentResourceTest.uniqueCode()))
                .post("/api/v1/departments").then().statusCode(201).extract().path("id");
    }

    private static String create(ObjectNode declaration) {
        return given().contentType(ContentType.JSON).body(declaration.toString())
                .when().post("/api/v1/declarations")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldAnswer304ToARevalidationOfAnUnchangedDeclarationAndSayHowEachAnswerMayBeCached() {
        String id = create(SeedForm.declaration(newDepartment(), 2023));
        String etag = given().get("/api/v1/declarations/" + id).then().statusCode(200)
                .header("Cache-Control", "private, no-cache").extract().header("ETag");

        given().header("If-None-Match", etag).get("/api/v1/declarations/" + id).then().statusCode(304)
                .header("ETag", etag).body(equalTo(""));
        given().header("If-None-Match", "\"999\", " + etag).get("/api/v1/declarations/" + id).then().statusCode(304);
        given().header("If-None-Match", "\"999\"").get("/api/v1/declarations/" + id).then().statusCode(200);
        given().get("/api/v1/declarations").then().statusCode(200).header("Cache-Control", "no-store");
        given().get("/api/v1/declarations/" + java.util.UUID.randomUUID()).then().statusCode(404)
                .header("Cache-Control", "no-store");
    }

    @Test
    void shouldFindDeclarationsByTextInTheDepartmentsNameOrCode() {
        String code = DepartmentResourceTest.uniqueCode();
        String departmentId = given().contentType(ContentType.JSON)
                .body(java.util.Map.of("code", code, "name", "广州市某某100%_农业农村局", "subordinateUnitCount", 0))
                .post("/api/v1/departments").then().statusCode(201).extract().path("id");
        String id = create(SeedForm.declaration(departmentId, 2023));

        given().queryParam("q", "某某100%_农业").get("/api/v1/declarations").then().statusCode(200)
                .body("items.id", hasItem(id)).body("total", equalTo(1));
        given().queryParam("q", code.toLowerCase()).get("/api/v1/declarations").then().statusCode(200)
                .body("items.id", hasItem(id));
        given().queryParam("q", "某某1000").get("/api/v1/declarations").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("q", "某某100_%").get("/api/v1/declarations").then().statusCode(200)
                .body("total", equalTo(0)); // % and _ are the characters themselves, not patterns
        // three declarations of the department, two a page: the pages link to each other
        create(SeedForm.declaration(departmentId, 2024));
        create(SeedForm.declaration(departmentId, 2025));
        String first = given().queryParam("departmentId", departmentId).queryParam("size", 2).get("/api/v1/declarations")
                .then().statusCode(200).body("items.size()", equalTo(2)).extract().header("Link");
        assertTrue(first.contains("page=1") && first.contains("rel=\"next\"") && !first.contains("prev"), first);
        String second = given().queryParam("departmentId", departmentId).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/declarations").then().statusCode(200).body("items.size()", equalTo(1)).extract().header("Link");
        assertTrue(second.contains("rel=\"prev\"") && second.contains("rel=\"first\"") && !second.contains("next"), second);
        assertTrue(second.contains("departmentId=" + departmentId) && second.contains("size=2"), "the request's own filters");
        given().queryParam("q", "x".repeat(101)).get("/api/v1/declarations").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void shouldCreateTheSeedDeclarationAndReadItBackToTheCent() {
        String departmentId = newDepartment();
        String id = create(SeedForm.declaration(departmentId, 2023));

        given().when().get("/api/v1/declarations/" + id)
                .then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("currentRevision", equalTo(0))
                .body("fiscalYear", equalTo(2023))
                .body("departmentName", equalTo(SeedForm.DEPARTMENT_NAME))
                .body("budget.basicExpenditure", equalTo("16467.85"))
                .body("budget.fiscalAppropriation", equalTo("494772.54"))
                .body("budget.otherIncome", equalTo("0.00"))
                .body("budget.transferToLowerLevels", equalTo("57622.00"))
                .body("keyTasks", hasSize(5))
                .body("keyTasks[0].position", equalTo(1))
                .body("keyTasks[0].name", equalTo("基础研究计划"))
                .body("keyTasks[2].plannedFunds", equalTo("182186.08"))
                .body("overallTarget", startsWith("面向世界科技前沿"));

        given().queryParam("departmentId", departmentId).when().get("/api/v1/declarations")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void shouldAcceptMoneyAsJsonNumbersWithoutLosingACent() {
        ObjectNode declaration = SeedForm.declaration(newDepartment(), 2023);
        ObjectNode budget = (ObjectNode) declaration.get("budget");
        budget.put("fiscalAppropriation", new java.math.BigDecimal("494772.54"));
        String id = create(declaration);

        given().get("/api/v1/declarations/" + id).then().body("budget.fiscalAppropriation", equalTo("494772.54"));
    }

    @Test
    void shouldRejectInvalidMoneyNamingTheFieldAndCreateNothing() {
        String departmentId = newDepartment();
        ObjectNode declaration = SeedForm.declaration(departmentId, 2023);
        ((ObjectNode) declaration.get("budget")).put("basicExpenditure", "-1.00");
        ((ObjectNode) declaration.get("budget")).put("projectExpenditure", "7914.131");
        ((ObjectNode) declaration.get("keyTasks").get(1)).put("name", "");

        given().contentType(ContentType.JSON).body(declaration.toString())
                .when().post("/api/v1/declarations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("budget.basicExpenditure"))
                .body("errors.field", hasItem("budget.projectExpenditure"))
                .body("errors.field", hasItem("keyTasks[1].name"));

        ((ObjectNode) declaration.get("budget")).put("basicExpenditure", "many");
        given().contentType(ContentType.JSON).body(declaration.toString())
                .when().post("/api/v1/declarations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("budget.basicExpenditure"));

        given().queryParam("departmentId", departmentId).get("/api/v1/declarations").then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseASecondDeclarationForTheSameDepartmentAndYear() {
        String departmentId = newDepartment();
        create(SeedForm.declaration(departmentId, 2023));

        given().contentType(ContentType.JSON).body(SeedForm.declaration(departmentId, 2023).toString())
                .when().post("/api/v1/declarations")
                .then().statusCode(409).body("type", equalTo("urn:perftarget:problem:declaration-exists"));
        create(SeedForm.declaration(departmentId, 2024));
    }

    @Test
    void shouldRefuseADeclarationOfAnUnknownDepartment() {
        given().contentType(ContentType.JSON)
                .body(SeedForm.declaration("00000000-0000-0000-0000-000000000000", 2023).toString())
                .when().post("/api/v1/declarations")
                .then().statusCode(422).body("errors[0].field", equalTo("departmentId"));
    }

    @Test
    void shouldSubmitRevisionOneAndPublishTheEventKeyedByDeclaration() throws Exception {
        String id = create(SeedForm.declaration(newDepartment(), 2023));

        given().when().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/declarations/" + id + "/revisions/1"))
                .body("revision", equalTo(1))
                .body("status", equalTo("SUBMITTED"))
                .body("warnings", hasSize(0));

        given().get("/api/v1/declarations/" + id).then().body("status", equalTo("SUBMITTED"))
                .body("currentRevision", equalTo(1));
        given().get("/api/v1/declarations/" + id + "/revisions/1").then().statusCode(200)
                .body("number", equalTo(1))
                .body("content.budget.specialFunds", equalTo("470390.56"))
                .body("content.keyTasks", hasSize(5));

        List<ConsumerRecord<String, String>> events = TopicReader.recordsWithKey("declaration-submitted", id, 1,
                Duration.ofSeconds(30));
        assertEquals(1, events.size(), "one declaration-submitted event keyed by the declaration id");
        ConsumerRecord<String, String> event = events.get(0);
        assertEquals("declaration-submitted", header(event, "ce_type"));
        assertEquals("1.0", header(event, "ce_specversion"));
        assertEquals("declarations/" + id + "/revisions/1", header(event, "ce_subject"));
        assertEquals(EventContracts.dataschema("declaration-submitted"), header(event, "ce_dataschema"));
        assertEquals(List.of(), EventContracts.violations("declaration-submitted", event.value()),
                "the payload keeps its contract");
        JsonNode data = JSON.readTree(event.value());
        assertEquals(id, data.get("declarationId").asText());
        assertEquals(1, data.get("revision").asInt());
        assertEquals("494772.54", data.at("/declaration/budget/fiscalAppropriation").asText());
        assertEquals("25192.26", data.at("/declaration/keyTasks/4/plannedFunds").asText());
        assertTrue(data.at("/declaration/budget/fiscalAppropriation").isTextual(), "money is a decimal string");
    }

    @Test
    void shouldRefuseToSubmitTwice() {
        String id = create(SeedForm.declaration(newDepartment(), 2023));
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").then().statusCode(201);

        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit")
                .then().statusCode(409).body("type", equalTo("urn:perftarget:problem:declaration-not-editable"));
        given().get("/api/v1/declarations/" + id).then().body("currentRevision", equalTo(1));
    }

    @Test
    void shouldRefuseASubmissionNamingAnIndicatorSetVersionIndicatorServiceDoesNotKeep() {
        String id = create(SeedForm.declaration(newDepartment(), 2023));
        given().contentType(ContentType.JSON).body("{\"indicatorSetVersion\":7}").post("/api/v1/declarations/" + id + "/submit")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:perftarget:problem:indicator-set-unknown"))
                .body("errors[0].field", equalTo("indicatorSetVersion"));

        given().get("/api/v1/declarations/" + id).then().body("status", equalTo("DRAFT")).body("currentRevision", equalTo(0));
        long events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventKey", id));
        assertEquals(0, events, "no event for a refused submission");
        // the version indicator-service has (nothing written yet: 0) is accepted
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit")
                .then().statusCode(201);
    }

    @Test
    void shouldRefuseAnUnbalancedSubmissionAndChangeNothing() {
        ObjectNode declaration = SeedForm.declaration(newDepartment(), 2023);
        ((ObjectNode) declaration.get("budget")).put("basicExpenditure", "16467.86");
        ((ObjectNode) declaration.get("keyTasks").get(0)).put("plannedFunds", "115233.67");
        String id = create(declaration);

        given().post("/api/v1/declarations/" + id + "/validate").then().statusCode(200)
                .body("expenditureTotal", equalTo("494772.55"))
                .body("incomeTotal", equalTo("494772.54"))
                .body("findings.code", hasItem("BUDGET_EXPENDITURE_INCOME_MISMATCH"));

        given().when().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:perftarget:problem:budget-identities-failed"))
                .body("errors.field", hasItem("budget"))
                .body("errors.field", hasItem("keyTasks"));

        given().get("/api/v1/declarations/" + id).then().body("status", equalTo("DRAFT"))
                .body("currentRevision", equalTo(0));
        given().get("/api/v1/declarations/" + id + "/revisions/1").then().statusCode(404);
        long events = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventKey", id));
        assertEquals(0, events, "no event for a refused submission");
    }

    @Test
    void shouldSubmitWithAWarningWhenKeyTaskFundsAreBelowCityLevelUse() {
        ObjectNode declaration = SeedForm.declaration(newDepartment(), 2023);
        ((ObjectNode) declaration.get("keyTasks").get(0)).put("plannedFunds", "115233.00");
        String id = create(declaration);

        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").then().statusCode(201)
                .body("warnings.code", hasItem("KEY_TASK_FUNDS_BELOW_CITY_LEVEL_USE"));
    }

    @Test
    void shouldRejectAnInvalidPageSize() {
        given().queryParam("size", 0).get("/api/v1/declarations").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
