package gov.perftarget.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import gov.perftarget.testing.SeedForm;
import gov.perftarget.testing.ContractEvents;
import gov.perftarget.testing.Eventually;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Lifecycle, revisions, concurrency and idempotency of declarations (docs/domain.md §1, §3). */
@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@TestSecurity(user = "tester", roles = { "declarant", "reviewer", "admin" })
class DeclarationLifecycleTest {

    @Inject
    AgroalDataSource database;

    private static String newDepartment() {
        return given().contentType(ContentType.JSON).body(SeedForm.department(DepartmentResourceTest.uniqueCode()))
                .post("/api/v1/departments").then().statusCode(201).extract().path("id");
    }

    private static String createSeed(String departmentId) {
        return given().contentType(ContentType.JSON).body(SeedForm.declaration(departmentId, 2023).toString())
                .post("/api/v1/declarations").then().statusCode(201).extract().path("id");
    }

    private static String etag(String id) {
        return given().get("/api/v1/declarations/" + id).then().statusCode(200).extract().header("ETag");
    }

    private static void decide(String id, int revision, String decision) {
        ContractEvents.send("declaration-reviewed", UUID.fromString(id),
                ContractEvents.example("declaration-reviewed", UUID.fromString(id), revision).put("decision", decision),
                UUID.randomUUID().toString());
    }

    private static void awaitStatus(String id, String status) throws InterruptedException {
        Eventually.await(() -> status.equals(given().get("/api/v1/declarations/" + id).path("status")), id + " " + status);
    }

    @Test
    void shouldRoundTripTheSeedDeclarationFieldByField() {
        String id = createSeed(newDepartment());
        JsonNode form = SeedForm.form();
        Response read = given().get("/api/v1/declarations/" + id);

        assertEquals(form.at("/department/name").asText(), read.path("departmentName"));
        assertEquals(form.at("/department/subordinateUnitCount").asInt(), (int) read.path("subordinateUnitCount"));
        form.get("budget").fieldNames().forEachRemaining(field -> assertEquals(form.at("/budget/" + field).asText(),
                read.path("budget." + field), field));
        assertEquals(form.get("overallTarget").asText(), read.path("overallTarget"));
        assertEquals(form.get("keyTasks").size(), (int) read.path("keyTasks.size()"));
        for (int i = 0; i < form.get("keyTasks").size(); i++) {
            for (String field : List.of("name", "content", "plannedFunds", "expectedOutcome")) {
                assertEquals(form.get("keyTasks").get(i).get(field).asText(), read.path("keyTasks[" + i + "]." + field),
                        "keyTasks[" + i + "]." + field);
            }
        }
        assertNull(read.path("otherTasks"));
    }

    @ParameterizedTest(name = "{0} + 0.01 breaks {1}")
    @CsvSource({
            "/budget/basicExpenditure, BUDGET_EXPENDITURE_INCOME_MISMATCH",
            "/budget/fiscalAppropriation, BUDGET_EXPENDITURE_INCOME_MISMATCH",
            "/budget/transferToLowerLevels, BUDGET_SPECIAL_FUNDS_SPLIT_MISMATCH",
            "/keyTasks/4/plannedFunds, KEY_TASK_FUNDS_ABOVE_CITY_LEVEL_USE" })
    void shouldRefuseToSubmitWhenAnIdentityFailsByOneCent(String pointer, String code) {
        ObjectNode declaration = SeedForm.declaration(newDepartment(), 2023);
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = (ObjectNode) declaration.at(pointer.substring(0, slash));
        String field = pointer.substring(slash + 1);
        parent.put(field, new BigDecimal(parent.get(field).asText()).add(new BigDecimal("0.01")).toPlainString());
        String id = given().contentType(ContentType.JSON).body(declaration.toString()).post("/api/v1/declarations")
                .then().statusCode(201).extract().path("id");

        given().post("/api/v1/declarations/" + id + "/validate").then().body("findings.code", hasItem(code));
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").then().statusCode(422)
                .body("type", equalTo("urn:perftarget:problem:budget-identities-failed"));
        given().get("/api/v1/declarations/" + id).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldUpdateWithTheVersionItReadAndRefuseAStaleOne() {
        String id = createSeed(newDepartment());
        String read = etag(id);
        ObjectNode changed = SeedForm.declaration(given().get("/api/v1/declarations/" + id).path("departmentId"), 2023);
        changed.put("otherTasks", "完成年度绩效自评");

        given().contentType(ContentType.JSON).body(changed.toString())
                .put("/api/v1/declarations/" + id).then().statusCode(428);
        String next = given().contentType(ContentType.JSON).header("If-Match", read).body(changed.toString())
                .put("/api/v1/declarations/" + id).then().statusCode(200)
                .body("otherTasks", equalTo("完成年度绩效自评")).extract().header("ETag");
        assertTrue(!next.equals(read), "a change gives a new version");

        changed.put("otherTasks", "过时的修改");
        given().contentType(ContentType.JSON).header("If-Match", read).body(changed.toString())
                .put("/api/v1/declarations/" + id).then().statusCode(412)
                .body("type", equalTo("urn:perftarget:problem:stale-version"));
        given().get("/api/v1/declarations/" + id).then().body("otherTasks", equalTo("完成年度绩效自评"));

        changed.put("fiscalYear", 2024);
        given().contentType(ContentType.JSON).header("If-Match", next).body(changed.toString())
                .put("/api/v1/declarations/" + id).then().statusCode(422).body("errors[0].field", equalTo("fiscalYear"));
    }

    /** A submitted revision and its event are PostgreSQL's largest writes: compressed with lz4, not pglz (api-conventions). */
    @Test
    void shouldStoreTheLargeValuesOfASubmissionCompressedWithLz4() throws Exception {
        String id = createSeed(newDepartment());
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").then().statusCode(201);

        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT pg_column_compression(r.content), pg_column_compression(o.payload) FROM declaration_revision r"
                        + " JOIN outbox_event o ON o.event_key = r.declaration_id::text WHERE r.declaration_id = ?")) {
            query.setObject(1, UUID.fromString(id));
            try (ResultSet stored = query.executeQuery()) {
                assertTrue(stored.next(), "the revision and its event");
                assertEquals("lz4", stored.getString(1), "revision content");
                assertEquals("lz4", stored.getString(2), "event payload");
            }
        }
    }

    @Test
    void shouldRefuseAnEditAfterSubmit() {
        String departmentId = newDepartment();
        String id = createSeed(departmentId);
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").then().statusCode(201);

        given().contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(SeedForm.declaration(departmentId, 2023).toString())
                .put("/api/v1/declarations/" + id).then().statusCode(409)
                .body("type", equalTo("urn:perftarget:problem:declaration-not-editable"))
                .body("detail", org.hamcrest.Matchers.containsString("SUBMITTED"));
    }

    @Test
    void shouldYieldOneRevisionFromTwoConcurrentSubmits() throws Exception {
        String id = createSeed(newDepartment());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").statusCode();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        Collections.sort(statuses);

        assertEquals(List.of(201, 409), statuses);
        given().get("/api/v1/declarations/" + id).then().body("currentRevision", equalTo(1));
        given().get("/api/v1/declarations/" + id + "/revisions/2").then().statusCode(404);
    }

    @Test
    void shouldReturnTheFirstResultToARetriedPostWithTheSameKey() {
        String departmentId = newDepartment();
        String key = UUID.randomUUID().toString();
        String body = SeedForm.declaration(departmentId, 2023).toString();

        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/declarations").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/declarations").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/declarations/" + first))
                .body("id", equalTo(first))
                .body("budget.fiscalAppropriation", equalTo("494772.54"));
        given().queryParam("departmentId", departmentId).get("/api/v1/declarations").then().body("total", equalTo(1));

        ObjectNode other = SeedForm.declaration(departmentId, 2024);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(other.toString())
                .post("/api/v1/declarations").then().statusCode(422)
                .body("type", equalTo("urn:perftarget:problem:idempotency-key-reused"));
        given().queryParam("departmentId", departmentId).get("/api/v1/declarations").then().body("total", equalTo(1));
    }

    @Test
    void shouldOpenANewRevisionAfterAReturnAndShowWhatChanged() throws Exception {
        String departmentId = newDepartment();
        String id = createSeed(departmentId);
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").then().statusCode(201);

        decide(id, 1, "RETURNED");
        awaitStatus(id, "RETURNED");

        ObjectNode revised = SeedForm.declaration(departmentId, 2023);
        ((ObjectNode) revised.get("budget")).put("basicExpenditure", "16000.00");
        ((ObjectNode) revised.get("budget")).put("projectExpenditure", "8381.98");
        ((ObjectNode) revised.get("keyTasks").get(0)).put("name", "基础研究与应用基础研究计划");
        given().contentType(ContentType.JSON).header("If-Match", etag(id)).body(revised.toString())
                .put("/api/v1/declarations/" + id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").then().statusCode(201).body("revision", equalTo(2));

        given().queryParam("from", 1).queryParam("to", 2).get("/api/v1/declarations/" + id + "/diff").then()
                .statusCode(200)
                .body("changes", hasSize(3))
                .body("changes.find { it.field == 'budget.basicExpenditure' }.oldValue", equalTo("16467.85"))
                .body("changes.find { it.field == 'budget.basicExpenditure' }.newValue", equalTo("16000.00"))
                .body("changes.find { it.field == 'budget.projectExpenditure' }.newValue", equalTo("8381.98"))
                .body("changes.find { it.field == 'keyTasks[0].name' }.newValue", equalTo("基础研究与应用基础研究计划"));
        given().get("/api/v1/declarations/" + id + "/revisions/1").then()
                .body("content.budget.basicExpenditure", equalTo("16467.85"))
                .body("content.keyTasks[0].name", equalTo("基础研究计划"));
    }

    @Test
    void shouldApplyADecisionOnceAndOnlyToTheCurrentRevision() throws Exception {
        String id = createSeed(newDepartment());
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").then().statusCode(201);

        decide(id, 7, "REJECTED"); // not the current revision: ignored
        decide(id, 1, "APPROVED");
        awaitStatus(id, "APPROVED");
        decide(id, 1, "RETURNED"); // too late: approved targets are frozen
        String marker = createSeed(newDepartment());
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + marker + "/submit").then().statusCode(201);
        // the marker's decision goes on the same partition (key: id), so once it is applied the late return was too
        ContractEvents.send("declaration-reviewed", UUID.fromString(id),
                ContractEvents.example("declaration-reviewed", UUID.fromString(marker), 1).put("decision", "APPROVED"),
                UUID.randomUUID().toString());
        awaitStatus(marker, "APPROVED");

        given().get("/api/v1/declarations/" + id).then().body("status", equalTo("APPROVED"));
        given().queryParam("status", "APPROVED").queryParam("size", 100).get("/api/v1/declarations").then()
                .body("items.id", hasItem(id));
    }

    @Test
    void shouldKeepTheLightsOfTheLatestMonitoringReportOnceThoughRedelivered() throws Exception {
        String id = createSeed(newDepartment());
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").then().statusCode(201);
        decide(id, 1, "APPROVED");
        awaitStatus(id, "APPROVED");
        UUID declarationId = UUID.fromString(id);

        String eventId = UUID.randomUUID().toString();
        ContractEvents.send("monitoring-reported", declarationId, ContractEvents.example("monitoring-reported", declarationId, 1)
                .put("light", "RED").put("cutOffDate", "2023-07-31"), eventId);
        Eventually.await(() -> "RED".equals(given().get("/api/v1/declarations/" + id).path("monitoring.light")));
        given().get("/api/v1/declarations/" + id).then().body("monitoring.executionProgress", equalTo("52.55"))
                .body("monitoring.cutOffDate", equalTo("2023-07-31")).body("status", equalTo("APPROVED"));

        // redelivered, then an earlier round's report arriving late: neither changes what is kept
        ContractEvents.send("monitoring-reported", declarationId, ContractEvents.example("monitoring-reported", declarationId, 1)
                .put("light", "GREEN").put("cutOffDate", "2023-07-31"), eventId);
        ContractEvents.send("monitoring-reported", declarationId, ContractEvents.example("monitoring-reported", declarationId, 1)
                .put("light", "GREEN").put("cutOffDate", "2023-06-30"), UUID.randomUUID().toString());
        String marker = UUID.randomUUID().toString(); // same key, so applied after the two above
        ContractEvents.send("monitoring-reported", declarationId, ContractEvents.example("monitoring-reported", declarationId, 1)
                .put("light", "YELLOW").put("cutOffDate", "2023-09-30"), marker);
        Eventually.await(() -> "YELLOW".equals(given().get("/api/v1/declarations/" + id).path("monitoring.light")));
        given().queryParam("resourceId", id).queryParam("action", "declaration.monitoring").get("/api/v1/audit-records").then().statusCode(200)
                .body("total", equalTo(2));
    }

    @Test
    void shouldGoUnderReviewWhenThePreReviewIsDoneThenFollowTheDecision() throws Exception {
        String id = createSeed(newDepartment());
        given().contentType(ContentType.JSON).body(DeclarationResourceTest.SUBMISSION).post("/api/v1/declarations/" + id + "/submit").then().statusCode(201);

        ContractEvents.send("declaration-pre-reviewed", UUID.fromString(id),
                ContractEvents.example("declaration-pre-reviewed", UUID.fromString(id), 1), UUID.randomUUID().toString());
        awaitStatus(id, "UNDER_REVIEW");
        decide(id, 1, "RETURNED");
        awaitStatus(id, "RETURNED");
    }

    @Test
    void shouldChangeADepartmentAndRefuseACycleOfParents() {
        String parent = newDepartment();
        String code = DepartmentResourceTest.uniqueCode();
        Map<String, Object> child = new java.util.HashMap<>(SeedForm.department(code));
        child.put("parentId", parent);
        Response created = given().contentType(ContentType.JSON).body(child).post("/api/v1/departments");
        created.then().statusCode(201).body("parentId", equalTo(parent));
        String childId = created.path("id");

        Map<String, Object> loop = new java.util.HashMap<>(SeedForm.department(
                given().get("/api/v1/departments/" + parent).path("code")));
        loop.put("parentId", childId);
        String parentTag = given().get("/api/v1/departments/" + parent).header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", parentTag).body(loop)
                .put("/api/v1/departments/" + parent).then().statusCode(422)
                .body("errors[0].field", equalTo("parentId"));

        child.put("name", "广州市科学技术局（改）");
        String tag = created.header("ETag");
        given().contentType(ContentType.JSON).header("If-Match", tag).body(child)
                .put("/api/v1/departments/" + childId).then().statusCode(200).body("name", equalTo("广州市科学技术局（改）"));
        given().contentType(ContentType.JSON).header("If-Match", tag).body(child)
                .put("/api/v1/departments/" + childId).then().statusCode(412);
    }

}
