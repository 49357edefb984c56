package gov.perftarget.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.testing.KafkaBroker;
import gov.perftarget.testing.SeedForm;
import gov.perftarget.testing.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The whole slice across the three running services, through the real broker and database: the
 * seed declaration created in budget-service, its indicators attached in indicator-service, the
 * submission, and the pre-review served by review-service.
 */
class SeedDeclarationIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static RunningServices services;

    @BeforeAll
    static void startServices() throws Exception {
        Path root = Path.of(System.getProperty("perftarget.repository.root", "../../.."));
        // no sweep within the test's time: every event is published, and every review pre-reviewed, by
        // the run its commit starts (a review whose indicators are not frozen yet retries on its own)
        services = new RunningServices(root, "seed-declaration-logs").sweepEvery("1h").start(KafkaBroker.bootstrapServers());
    }

    @AfterAll
    static void stopServices() {
        if (services != null) {
            services.close();
        }
    }

    @Test
    void shouldReviewTheSubmittedSeedDeclarationAcrossTheServices() throws Exception {
        String budget = services.url("budget-service");
        String indicator = services.url("indicator-service");
        String review = services.url("review-service");

        // an admin creates the department; its declarant files, fills and submits (each with its own token)
        String code = "E2E" + UUID.randomUUID().toString().substring(0, 8);
        String admin = Tokens.bearer(Tokens.admin());
        String declarant = Tokens.bearer(Tokens.declarant(code));
        String departmentId = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(SeedForm.department(code))
                .post(budget + "/api/v1/departments").then().statusCode(201).extract().path("id");
        String declarationId = given().header("Authorization", declarant).contentType(ContentType.JSON)
                .body(SeedForm.declaration(departmentId, 2023).toString())
                .post(budget + "/api/v1/declarations").then().statusCode(201).extract().path("id");
        given().header("Authorization", declarant).contentType(ContentType.JSON)
                .body(Map.of("indicators", SeedForm.indicators()))
                .put(indicator + "/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(200).body("indicators", hasSize(10));

        SeedClient.submission(services, declarationId, declarant).then().statusCode(201).body("revision", equalTo(1));

        // the pre-review read the indicators from indicator-service with review-service's own token
        Response result = awaitPreReview(review + "/api/v1/declarations/" + declarationId + "/revisions/1/review");
        // the packaged services (prod profile) verify tokens with the key from the environment:
        // another department's declarant finds nothing of this one, a forged token nothing at all
        String stranger = Tokens.bearer(Tokens.declarant(code + "X"));
        for (String url : List.of(budget + "/api/v1/declarations/" + declarationId,
                indicator + "/api/v1/declarations/" + declarationId + "/revisions/1/indicators",
                review + "/api/v1/declarations/" + declarationId + "/revisions/1/review")) {
            given().header("Authorization", stranger).get(url).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"));
            given().header("Authorization", declarant).get(url).then().statusCode(200);
            given().header("Authorization", Tokens.bearer(Tokens.wrongSignature())).get(url).then().statusCode(401)
                    .header("WWW-Authenticate", "Bearer");
        }
        result.then()
                .body("departmentName", equalTo(SeedForm.DEPARTMENT_NAME))
                .body("preReview.budget.expenditureTotal", equalTo("494772.54"))
                .body("preReview.budget.incomeTotal", equalTo("494772.54"))
                .body("preReview.budget.keyTaskFundsTotal", equalTo("412768.56"))
                .body("preReview.budget.identities.holds", equalTo(List.of(true, true, true)))
                .body("preReview.indicatorCount", equalTo(10))
                .body("preReview.categories.find { it.level2Category == 'QUANTITY' }.count", equalTo(7))
                .body("preReview.categories.find { it.level2Category == 'SOCIAL' }.count", equalTo(3))
                .body("preReview.findings.code", hasItem("MISSING_SATISFACTION_INDICATOR"))
                .body("preReview.errorCount", equalTo(0))
                // the empty quality, timeliness and cost categories
                .body("preReview.findings.findAll { it.code == 'EMPTY_LEVEL2_CATEGORY' }.messageEn",
                        hasItems(containsString("quality"), containsString("timeliness")))
                .body("preReview.findings.code", hasItem("MISSING_COST_INDICATOR"))
                // 新增省级以上孵化载体15家 has no sign
                .body("preReview.findings.find { it.code == 'QUANTITY_WITHOUT_SIGN' }.field",
                        equalTo("indicators[3].annualTarget"))
                .body("preReview.findings.find { it.code == 'QUANTITY_WITHOUT_SIGN' }.message",
                        containsString("新增省级以上孵化载体15家"))
                // annual equal to period for nine indicators; the eighth adds items in its annual text
                .body("preReview.targetComparisons.findAll { it.comparison != 'DIFFERENT' }.size()", equalTo(9))
                .body("preReview.targetComparisons[7].name", startsWith("聚焦科学发现，增强源头创新供给能力"))
                .body("preReview.findings.find { it.code == 'ANNUAL_TEXT_ADDS_ITEMS' }.field",
                        equalTo("indicators[7].annualTarget"))
                .body("preReview.findings.find { it.code == 'ANNUAL_TEXT_ADDS_ITEMS' }.message",
                        allOf(containsString("人工智能"), containsString("国家实验室广州基地")))
                .body("preReview.proposedGrades.overallGrade", equalTo("GOOD"));

        // the pre-review sent the declaration on to its reviewer
        awaitStatus(budget + "/api/v1/declarations/" + declarationId, "UNDER_REVIEW");

        // the submitted revision's indicators are frozen: the department can no longer change them
        given().contentType(ContentType.JSON).body(Map.of("indicators", SeedForm.indicators()))
                .put(indicator + "/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(409);
    }

    /**
     * The seed form's text (as its PDF's text extraction gives it) imported through the packaged services: the
     * declaration in budget-service and, with the catalogue read from indicator-service, the indicators written to
     * indicator-service, each field as the seed's structured reading has it.
     */
    @Test
    void shouldImportTheSeedFormsTextAsItsStructuredReading() {
        String budget = services.url("budget-service");
        String indicator = services.url("indicator-service");
        String code = "TXT" + UUID.randomUUID().toString().substring(0, 8);
        String departmentId = given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(SeedForm.department(code)).post(budget + "/api/v1/departments").then().statusCode(201)
                .extract().path("id");
        String declarant = Tokens.bearer(Tokens.declarant(code));

        String declarationId = given().header("Authorization", declarant).contentType("text/plain; charset=UTF-8")
                .body(SeedForm.text().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("departmentId", departmentId).queryParam("fiscalYear", 2023)
                .post(budget + "/api/v1/declaration-imports").then().statusCode(201)
                .body("declaration.budget.basicExpenditure", equalTo("16467.85"))
                .body("declaration.overallTarget", equalTo(SeedForm.form().get("overallTarget").asText()))
                .body("declaration.keyTasks.name", equalTo(List.of("基础研究计划", "重点研发计划", "企业创新计划",
                        "创新环境计划", "人才支撑计划")))
                .body("indicatorCount", equalTo(10)).extract().path("declaration.id");

        JsonNode written = JSON.valueToTree(given().header("Authorization", declarant)
                .get(indicator + "/api/v1/declarations/" + declarationId + "/indicators").then().statusCode(200)
                .extract().jsonPath().getList("indicators"));
        List<Map<String, Object>> seed = SeedForm.indicators();
        assertEquals(seed.size(), written.size());
        for (int i = 0; i < seed.size(); i++) {
            JsonNode read = written.get(i);
            assertEquals(List.of(seed.get(i).get("level1Category"), seed.get(i).get("level2Category"),
                    seed.get(i).get("name"), seed.get(i).get("periodTarget"), seed.get(i).get("annualTarget")),
                    List.of(read.path("level1CategoryName").asText(), read.path("level2CategoryName").asText(),
                            read.path("name").asText(), read.path("periodTarget").asText(),
                            read.path("annualTarget").asText()), "indicator " + i);
        }
    }

    /**
     * The full loop of docs/domain.md §3 across the running services: submit → pre-review → the reviewer
     * returns with reason codes → budget-service shows RETURNED → the department edits → resubmits →
     * the review shows what changed → the reviewer approves → APPROVED; then the year-end
     * self-evaluation from the actual values recorded in indicator-service.
     */
    @Test
    void shouldReturnReviseResubmitApproveAndScoreTheSeedDeclaration() throws Exception {
        String budget = services.url("budget-service");
        String indicator = services.url("indicator-service");
        String review = services.url("review-service");
        String declarationId = SeedClient.createSeedDeclaration(services, 2024);
        SeedClient.submit(services, declarationId);
        String firstReview = awaitPreReview(review + "/api/v1/declarations/" + declarationId + "/revisions/1/review")
                .path("id");
        awaitStatus(budget + "/api/v1/declarations/" + declarationId, "UNDER_REVIEW");

        given().contentType(ContentType.JSON).body(Map.of(
                "criterionGrades", Map.of("COMPLETENESS", "FAIR", "RELEVANCE", "GOOD", "APPROPRIATENESS", "GOOD",
                        "FEASIBILITY", "GOOD"),
                "indicatorComments", List.of(Map.of("position", 4, "comment", "“新增省级以上孵化载体15家”请补充“≥”")),
                "overallComment", "请补充满意度指标，明确指标值符号后重新申报。",
                "reasonCodes", List.of("ADD_OUTPUT_OUTCOME_OR_SATISFACTION_INDICATORS", "NOT_SPECIFIC_OR_QUANTIFIED"),
                "overallGrade", "FAIR", "decision", "RETURNED", "reviewer", "财政局绩效处"))
                .post(review + "/api/v1/reviews/" + firstReview + "/decision").then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        awaitStatus(budget + "/api/v1/declarations/" + declarationId, "RETURNED");

        // the department revises: the overall target, the sign of indicator 4, and a satisfaction indicator
        Response current = given().get(budget + "/api/v1/declarations/" + declarationId);
        var edited = SeedForm.declaration(current.path("departmentId"), 2024);
        edited.put("overallTarget", edited.get("overallTarget").asText() + "（已按审核意见修改）");
        given().contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(edited.toString())
                .put(budget + "/api/v1/declarations/" + declarationId).then().statusCode(200);
        List<Map<String, Object>> indicators = new ArrayList<>(SeedForm.indicators());
        Map<String, Object> fourth = new LinkedHashMap<>(indicators.get(3));
        fourth.put("annualTarget", ((String) fourth.get("annualTarget")).replace("孵化载体15家", "孵化载体≥15家"));
        indicators.set(3, fourth);
        indicators.add(Map.of("level1Category", "满意度指标", "level2Category", "服务对象满意度指标",
                "name", "科技企业对科技服务的满意度", "periodTarget", "≥90%", "annualTarget", "≥90%"));
        // indicator-service unlocks the indicators when it consumes the same decision, possibly a moment
        // after budget-service: until then it answers 409, and the department tries again
        SeedClient.await(() -> given().contentType(ContentType.JSON).body(Map.of("indicators", indicators))
                .put(indicator + "/api/v1/declarations/" + declarationId + "/indicators").statusCode() == 200,
                Duration.ofSeconds(60), "indicator-service to unlock the returned declaration's indicators");
        SeedClient.submission(services, declarationId, null).then().statusCode(201).body("revision", equalTo(2));

        Response second = awaitPreReview(review + "/api/v1/declarations/" + declarationId + "/revisions/2/review");
        second.then()
                .body("preReview.changesSinceReturned.returnedRevision", equalTo(1))
                .body("preReview.changesSinceReturned.changes.field",
                        hasItems("overallTarget", "indicators[3].annualTarget", "indicators[10].name"))
                .body("preReview.changesSinceReturned.resolvedFindings.code",
                        hasItems("MISSING_SATISFACTION_INDICATOR", "QUANTITY_WITHOUT_SIGN"))
                .body("preReview.changesSinceReturned.openFindings.code", hasItem("MISSING_COST_INDICATOR"));
        given().contentType(ContentType.JSON).body(Map.of(
                "criterionGrades", Map.of("COMPLETENESS", "GOOD", "RELEVANCE", "GOOD", "APPROPRIATENESS", "GOOD",
                        "FEASIBILITY", "EXCELLENT"),
                "overallGrade", "GOOD", "overallComment", "同意。"))
                .post(review + "/api/v1/reviews/" + second.path("id") + "/decision").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
        awaitStatus(budget + "/api/v1/declarations/" + declarationId, "APPROVED");

        // year end: actual values in indicator-service (every quantity met, every qualitative measure achieved)
        String measureValues = indicator + "/api/v1/declarations/" + declarationId + "/revisions/2/measure-values";
        SeedClient.await(() -> given().get(measureValues).statusCode() == 200, Duration.ofSeconds(60),
                "indicator-service to open the approved revision's measures");
        List<Map<String, Object>> values = given().get(measureValues).then().extract().jsonPath().getList("$");
        List<Map<String, Object>> qualitativeScores = new ArrayList<>();
        for (Map<String, Object> value : values) {
            @SuppressWarnings("unchecked")
            Map<String, Object> measure = (Map<String, Object>) value.get("measure");
            String path = indicator + "/api/v1/declarations/" + declarationId + "/revisions/2/indicators/"
                    + value.get("indicatorPosition") + "/measures/" + value.get("measureIndex") + "/actual";
            Map<String, Object> actual = "QUANTITATIVE".equals(measure.get("nature"))
                    ? Map.of("value", String.valueOf(measure.get("value")), "evidence", "年度统计")
                    : Map.of("band", "ACHIEVED", "evidence", "年度总结");
            given().contentType(ContentType.JSON).body(actual).put(path).then().statusCode(200);
            if (!"QUANTITATIVE".equals(measure.get("nature"))) {
                qualitativeScores.add(new HashMap<>(Map.of("indicatorPosition", value.get("indicatorPosition"),
                        "measureIndex", value.get("measureIndex"), "score", "0")));
            }
        }
        String selfEvaluations = review + "/api/v1/declarations/" + declarationId + "/revisions/2/self-evaluations";
        // a score of 0 lies outside ACHIEVED: refused, naming the measure
        given().contentType(ContentType.JSON)
                .body(Map.of("executedAmount", "247386.27", "qualitativeScores", qualitativeScores))
                .post(selfEvaluations).then().statusCode(422)
                .body("errors.field", hasItem("indicators[4].measures[1].score"));
        // each at its full points: OUTPUT's 50 over 10 measures; OUTCOME's 30 over 9, the odd cents to the first three
        for (Map<String, Object> score : qualitativeScores) {
            int position = (Integer) score.get("indicatorPosition");
            int index = (Integer) score.get("measureIndex");
            score.put("score", position == 4 ? "5.00" : position == 8 && index < 3 ? "3.34" : "3.33");
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("executedAmount", "247386.27", "qualitativeScores", qualitativeScores))
                .post(selfEvaluations).then().statusCode(201)
                .body("ruleSetVersion", equalTo(1))
                .body("score.budgetExecution.score", equalTo("5.00")) // half the budget executed
                .body("score.level1Categories.score", equalTo(List.of("50.00", "30.00", "10.00")))
                .body("totalScore", equalTo("95.00"))
                .body("grade", equalTo("EXCELLENT"))
                .body("score.measures[0].trace.inputs.actual", equalTo("800"))
                .body("score.measures[0].trace.ruleSet", equalTo("2024 v1"));
    }

    @Test
    void shouldFreezeExactlyTheIndicatorsSubmittedEvenWhenAnEditRacesTheSubmission() throws Exception {
        String indicator = services.url("indicator-service");
        String declarationId = SeedClient.createSeedDeclaration(services, 2023);
        SeedClient.submission(services, declarationId, null).then().statusCode(201);
        // an edit right after the submission: accepted while indicator-service has not frozen yet, refused after
        List<Map<String, Object>> edited = new ArrayList<>(SeedForm.indicators());
        edited.remove(edited.size() - 1);
        int edit = given().contentType(ContentType.JSON).body(Map.of("indicators", edited))
                .put(indicator + "/api/v1/declarations/" + declarationId + "/indicators").statusCode();
        assertTrue(edit == 200 || edit == 409, "the edit is taken or refused, never failed: " + edit);

        SeedClient.await(() -> given().get(indicator + "/api/v1/declarations/" + declarationId + "/revisions/1/indicators")
                .statusCode() == 200, Duration.ofSeconds(60), "revision 1 frozen");
        given().get(indicator + "/api/v1/declarations/" + declarationId + "/revisions/1/indicators").then()
                .body("indicators", hasSize(SeedForm.indicators().size()));
    }

    @Test
    void shouldServeHealthAndMetricsOnTheManagementPortAndTheApiDocumentsOnTheApiPort() {
        for (String service : List.of("budget-service", "indicator-service", "review-service")) {
            assertEquals(200, RunningServices.status(services.managementUrl(service) + "/q/health/ready"), service);
            assertEquals(200, RunningServices.status(services.managementUrl(service) + "/q/metrics"), service);
            assertEquals(200, RunningServices.status(services.url(service) + "/q/openapi"), service);
            // the API's port, which the Ingress routes, serves neither health nor metrics
            assertEquals(404, RunningServices.status(services.url(service) + "/q/metrics"), service);
            assertEquals(404, RunningServices.status(services.url(service) + "/q/health/ready"), service);
        }
    }

    /**
     * The API documents' examples are one run of this flow (DocumentedExamples): a department, its seed declaration
     * and indicators, the submission, the declaration under review, the pre-review, the reviewer's decision.
     */
    @Test
    void shouldAnswerAsTheDocumentedExamplesSay() throws Exception {
        String budget = services.url("budget-service");
        String indicator = services.url("indicator-service");
        String review = services.url("review-service");
        String code = "DOC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        DocumentedExamples examples = new DocumentedExamples(code);

        Map<String, Object> department = SeedForm.department(code);
        Response created = given().contentType(ContentType.JSON).body(department).post(budget + "/api/v1/departments");
        examples.record("budget-service", "createDepartment", department, created.statusCode(), created.asString());
        String declaration = SeedForm.declaration(created.path("id"), 2024).toString();
        Response declared = given().contentType(ContentType.JSON).body(declaration).post(budget + "/api/v1/declarations");
        examples.record("budget-service", "createDeclaration", declaration, declared.statusCode(), declared.asString());
        String declarationId = declared.path("id");
        Map<String, Object> indicators = Map.of("indicators", SeedForm.indicators());
        Response put = given().contentType(ContentType.JSON).body(indicators)
                .put(indicator + "/api/v1/declarations/" + declarationId + "/indicators");
        examples.record("indicator-service", "replaceIndicators", indicators, put.statusCode(), put.asString());
        Map<String, Object> submission = Map.of("indicatorSetVersion", put.path("version"));
        Response submitted = given().contentType(ContentType.JSON).body(submission)
                .post(budget + "/api/v1/declarations/" + declarationId + "/submit");
        examples.record("budget-service", "submitDeclaration", submission, submitted.statusCode(), submitted.asString());

        Response preReviewed = awaitPreReview(review + "/api/v1/declarations/" + declarationId + "/revisions/1/review");
        examples.record("review-service", "getRevisionReview", null, preReviewed.statusCode(), preReviewed.asString());
        awaitStatus(budget + "/api/v1/declarations/" + declarationId, "UNDER_REVIEW");
        Response underReview = given().get(budget + "/api/v1/declarations/" + declarationId);
        examples.record("budget-service", "getDeclaration", null, underReview.statusCode(), underReview.asString());
        Response frozen = given().get(indicator + "/api/v1/declarations/" + declarationId + "/revisions/1/indicators");
        examples.record("indicator-service", "getRevisionIndicators", null, frozen.statusCode(), frozen.asString());
        // ordered maps: the example must be the same from run to run (Map.of's order is not)
        Map<String, Object> grades = new LinkedHashMap<>();
        List.of("COMPLETENESS", "RELEVANCE", "APPROPRIATENESS", "FEASIBILITY").forEach(c -> grades.put(c, "GOOD"));
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("criterionGrades", grades);
        decision.put("overallGrade", "GOOD");
        decision.put("overallComment", "同意。请在年中监控时补充满意度指标的调查方式。");
        Response decided = given().contentType(ContentType.JSON).body(decision)
                .post(review + "/api/v1/reviews/" + preReviewed.path("id") + "/decision");
        examples.record("review-service", "decideReview", decision, decided.statusCode(), decided.asString());

        examples.check(Path.of(System.getProperty("perftarget.repository.root", "../../..")));
    }

    /**
     * What Prometheus scrapes for the alerts and the dashboard (deploy/k8s/overlays/prod/monitoring.yaml): request
     * latencies as histogram buckets, the connection pool, submissions and pre-reviews counted.
     */
    @Test
    void shouldMeasureRequestsSubmissionsAndPreReviewsForPrometheus() throws Exception {
        String declarationId = SeedClient.createSeedDeclaration(services, 2031);
        SeedClient.submit(services, declarationId);
        awaitPreReview(services.url("review-service") + "/api/v1/declarations/" + declarationId + "/revisions/1/review");

        String budget = given().get(services.managementUrl("budget-service") + "/q/metrics").then().statusCode(200)
                .extract().asString();
        assertTrue(budget.contains("http_server_requests_seconds_bucket{"), "latency histogram buckets");
        assertTrue(budget.contains("perftarget_submissions_total"), "submissions counted");
        assertTrue(budget.contains("agroal_active_count"), "the connection pool");
        given().get(services.managementUrl("review-service") + "/q/metrics").then().statusCode(200)
                .body(containsString("perftarget_pre_reviews_total"));
    }

    @Test
    void shouldListEveryOperationInSwaggerUiInARealBrowser() throws Exception {
        for (String service : List.of("budget-service", "indicator-service", "review-service")) {
            Map<String, Map<String, Map<String, Object>>> paths = given().get(services.url(service) + "/q/openapi?format=json")
                    .then().statusCode(200).extract().path("paths");
            String dom = HeadlessChromium.renderedDom(services.url(service) + "/q/swagger-ui/");
            int operations = 0;
            for (var path : paths.entrySet()) {
                for (var operation : path.getValue().entrySet()) {
                    String operationId = (String) operation.getValue().get("operationId");
                    // Swagger UI renders each operation as an opblock naming its path and (configured) operationId
                    assertTrue(dom.contains("data-path=\"" + path.getKey() + "\""), service + " shows " + path.getKey());
                    assertTrue(dom.contains(">" + operationId + "<"), service + " shows " + operationId);
                    operations++;
                }
            }
            assertTrue(operations >= 10, service + " has its operations: " + operations);
            assertEquals(operations, dom.split("class=\"opblock opblock-", -1).length - 1,
                    service + ": one opblock per operation");
        }
    }

    @Test
    void shouldNameLastYearsActualsWhenTheSameDepartmentSetsTargetsBelowThem() throws Exception {
        String indicator = services.url("indicator-service");
        String review = services.url("review-service");
        String departmentId = newDepartment("YR");

        // year N: filed, approved, and at year end every quantity achieved twice over
        String lastYear = approved(departmentId, 2027);
        String measureValues = indicator + "/api/v1/declarations/" + lastYear + "/revisions/1/measure-values";
        SeedClient.await(() -> given().get(measureValues).statusCode() == 200, Duration.ofSeconds(60),
                "indicator-service to open the approved revision's measures");
        Map<Integer, String> doubledActuals = new HashMap<>();
        for (Map<String, Object> value : given().get(measureValues).then().extract().jsonPath()
                .<Map<String, Object>>getList("$")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> measure = (Map<String, Object>) value.get("measure");
            if (!"QUANTITATIVE".equals(measure.get("nature")) || !"≥".equals(measure.get("comparator"))) {
                continue;
            }
            String actual = new BigDecimal(String.valueOf(measure.get("value"))).multiply(BigDecimal.valueOf(2))
                    .toPlainString();
            String path = indicator + "/api/v1/declarations/" + lastYear + "/revisions/1/indicators/"
                    + value.get("indicatorPosition") + "/measures/" + value.get("measureIndex") + "/actual";
            // indicator-service opens the approved revision to actual values when it consumes the decision
            SeedClient.await(() -> given().contentType(ContentType.JSON)
                    .body(Map.of("value", actual, "evidence", "年度统计")).put(path).statusCode() == 200,
                    Duration.ofSeconds(60), "indicator-service to take the actual value of " + path);
            doubledActuals.putIfAbsent((Integer) value.get("indicatorPosition"), actual);
        }

        // year N+1: the same targets, now below what was achieved; the pre-check says so before submitting
        String thisYear = declare(departmentId, 2028);
        int first = doubledActuals.keySet().stream().min(Integer::compare).orElseThrow();
        String field = "indicators[" + (first - 1) + "].annualTarget";
        given().get(review + "/api/v1/declarations/" + thisYear + "/pre-check").then().statusCode(200)
                .body("findings.findAll { it.code == 'TARGET_BELOW_LAST_YEAR_ACTUAL' }.field", hasItem(field))
                .body("acrossYears.lastYear", hasItem(2027));
        SeedClient.submit(services, thisYear);
        Response preReview = awaitPreReview(review + "/api/v1/declarations/" + thisYear + "/revisions/1/review");
        String message = preReview.path("preReview.findings.find { it.code == 'TARGET_BELOW_LAST_YEAR_ACTUAL' && it.field == '"
                + field + "' }.message");
        assertTrue(message.contains("2027") && message.contains(doubledActuals.get(first)),
                "last year's figure is named: " + message);
    }

    /**
     * Mid-year monitoring across the services: the approved seed declaration's progress value recorded in
     * indicator-service, a round opened and a report filed in review-service, its lights kept by budget-service
     * from the monitoring-reported event, and the finance bureau's overview.
     */
    @Test
    void shouldMonitorTheApprovedSeedDeclarationAndKeepItsLightsWithTheDeclaration() throws Exception {
        String budget = services.url("budget-service");
        String indicator = services.url("indicator-service");
        String review = services.url("review-service");
        String declarationId = approved(newDepartment("MO"), 2029);
        String revision = indicator + "/api/v1/declarations/" + declarationId + "/revisions/1";
        // by the end of July: 240 of ≥800 联合资助项目 (30 % against a time progress of 58.08 %: red)
        SeedClient.await(() -> given().contentType(ContentType.JSON)
                .body(Map.of("value", "240", "evidence", "截至 7 月 31 日立项统计"))
                .put(revision + "/indicators/1/measures/0/progress").statusCode() == 200, Duration.ofSeconds(60),
                "indicator-service to take the progress value");

        String round = given().contentType(ContentType.JSON).body(Map.of("fiscalYear", 2029))
                .post(review + "/api/v1/monitoring-rounds").then().statusCode(201).extract().path("id");
        List<Map<String, Object>> measures = new ArrayList<>();
        for (Map<String, Object> value : given().get(revision + "/measure-values").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("$")) {
            Map<String, Object> entry = new HashMap<>(Map.of("indicatorPosition", value.get("indicatorPosition"),
                    "measureIndex", value.get("measureIndex"), "forecast", "ACHIEVABLE"));
            if (Integer.valueOf(1).equals(value.get("indicatorPosition"))) {
                entry.putAll(Map.of("deviationReason", "联合资助项目集中在第四季度签约", "correctiveMeasure", "9 月底前完成第二批立项"));
            }
            measures.add(entry);
        }
        String report = review + "/api/v1/monitoring-rounds/" + round + "/reports/" + declarationId;
        given().contentType(ContentType.JSON).body(Map.of("executedToDate", "260000.00", "measures", measures))
                .put(report).then().statusCode(200).body("result.measures[0].progressValue", equalTo("240"))
                .body("openPoints", hasSize(0));
        given().post(report + "/submit").then().statusCode(200).body("result.light", equalTo("RED"))
                .body("result.execution.light", equalTo("GREEN")).body("result.counts.red", equalTo(1));

        SeedClient.await(() -> "RED".equals(given().get(budget + "/api/v1/declarations/" + declarationId)
                .path("monitoring.light")), Duration.ofSeconds(60), "budget-service to keep the monitoring lights");
        given().get(budget + "/api/v1/declarations/" + declarationId).then()
                .body("monitoring.executionProgress", equalTo("52.55")).body("monitoring.redCount", equalTo(1));
        given().queryParam("light", "RED").get(review + "/api/v1/monitoring-rounds/" + round + "/overview").then()
                .statusCode(200).body("items.declarationId", hasItem(declarationId));
    }

    /**
     * The services log one JSON object per line (LOG_JSON=true, as in the cluster), with an access-log line per
     * request that names the path but not the query, which may carry what a user searched for.
     */
    @Test
    void shouldLogJsonLinesAndRequestsWithoutTheirQuery() throws Exception {
        String secret = "searched" + UUID.randomUUID().toString().substring(0, 8); // ASCII: logged as sent
        given().queryParam("q", secret).get(services.url("budget-service") + "/api/v1/declarations").then().statusCode(200);
        List<String> accessLines = new ArrayList<>();
        SeedClient.await(() -> {
            try {
                accessLines.clear();
                for (String line : services.logLines("budget-service")) {
                    if (line.startsWith("{") && line.contains("io.quarkus.http.access-log")
                            && line.contains("GET /api/v1/declarations\\\"")) {
                        accessLines.add(line);
                    }
                }
                return !accessLines.isEmpty();
            } catch (java.io.IOException e) {
                return false;
            }
        }, Duration.ofSeconds(10), "the access-log line");
        for (String line : services.logLines("budget-service")) {
            assertTrue(line.isBlank() || JSON.readTree(line).has("level") || !line.startsWith("{"),
                    "a log line that is not a JSON log record: " + line);
            assertTrue(!line.contains(secret), "the query's text is not logged: " + line);
        }
        JsonNode record = JSON.readTree(accessLines.get(accessLines.size() - 1));
        assertTrue(record.get("message").asText().matches(".*\"GET /api/v1/declarations\" 200 \\d+ \\d+ms"),
                record.get("message").asText());
    }

    /**
     * One trace per submission: the caller's trace (a sampled {@code traceparent}) follows the submission through
     * budget-service's outbox and Kafka into indicator-service and review-service, review-service's call to
     * indicator-service, and the pre-reviewed event back into budget-service; every span of the three services
     * hangs off the caller's, and the logs name the trace.
     */
    @Test
    void shouldFollowOneSubmissionInOneTraceAcrossTheServices() throws Exception {
        String declarationId = SeedClient.createSeedDeclaration(services, 2032);
        String traceId = HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16)
                .putLong(UUID.randomUUID().getMostSignificantBits()).putLong(System.nanoTime()).array());
        String callerSpanId = "00f067aa0ba902b7";
        int version = given().get(services.url("indicator-service") + "/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(200).extract().path("version");
        given().header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01").contentType(ContentType.JSON)
                .body(Map.of("indicatorSetVersion", version))
                .post(services.url("budget-service") + "/api/v1/declarations/" + declarationId + "/submit")
                .then().statusCode(201);

        List<String> expected = List.of(
                "budget-service SERVER POST /api/v1/declarations/{id}/submit",
                "budget-service PRODUCER declaration-submitted publish",
                "indicator-service CONSUMER declaration-submitted process",
                "review-service CONSUMER declaration-submitted process",
                "review-service INTERNAL pre-review",
                "review-service CLIENT POST",
                "indicator-service SERVER POST /api/v1/revision-indicators/lookup",
                "review-service PRODUCER declaration-pre-reviewed publish",
                "budget-service CONSUMER declaration-pre-reviewed process");
        SeedClient.await(() -> expected.stream().allMatch(span -> has(services.traces().trace(traceId), span)),
                Duration.ofSeconds(30), "the spans of " + expected + " in trace " + traceId + "; got "
                        + services.traces().trace(traceId) + " (" + services.traces().received() + " spans in all; refused: "
                        + services.traces().refusals() + ")");
        List<TraceCollector.ExportedSpan> trace = services.traces().trace(traceId);
        Set<String> spanIds = trace.stream().map(TraceCollector.ExportedSpan::spanId).collect(Collectors.toSet());
        for (TraceCollector.ExportedSpan span : trace) {
            assertTrue(span.parentSpanId().equals(callerSpanId) || spanIds.contains(span.parentSpanId()),
                    "every span hangs off the caller's, through spans of the trace: " + span);
        }
        SeedClient.await(() -> {
            try {
                return services.logLines("review-service").stream().anyMatch(line -> line.contains(traceId)
                        && line.contains("Pre-review of declaration " + declarationId));
            } catch (java.io.IOException e) {
                return false;
            }
        }, Duration.ofSeconds(10), "the pre-review's log line naming the trace");
    }

    /** Whether the trace holds a span "service KIND name" (a name that starts so). */
    private static boolean has(List<TraceCollector.ExportedSpan> trace, String wanted) {
        return trace.stream().anyMatch(span -> (span.service() + " " + span.kind().replace("SPAN_KIND_", "") + " "
                + span.name()).startsWith(wanted));
    }

    /** A new department, its code the prefix and a random part; returns its id. */
    private static String newDepartment(String prefix) {
        return given().contentType(ContentType.JSON)
                .body(SeedForm.department(prefix + UUID.randomUUID().toString().substring(0, 8)))
                .post(services.url("budget-service") + "/api/v1/departments").then().statusCode(201).extract().path("id");
    }

    /** The seed declaration of the department for the year, submitted, pre-reviewed and approved; returns its id. */
    private static String approved(String departmentId, int fiscalYear) throws InterruptedException {
        String review = services.url("review-service");
        String declarationId = declare(departmentId, fiscalYear);
        SeedClient.submit(services, declarationId);
        String reviewId = awaitPreReview(review + "/api/v1/declarations/" + declarationId + "/revisions/1/review").path("id");
        given().contentType(ContentType.JSON).body(Map.of(
                "criterionGrades", Map.of("COMPLETENESS", "GOOD", "RELEVANCE", "GOOD", "APPROPRIATENESS", "GOOD",
                        "FEASIBILITY", "GOOD"), "overallGrade", "GOOD", "overallComment", "同意。"))
                .post(review + "/api/v1/reviews/" + reviewId + "/decision").then().statusCode(200);
        return declarationId;
    }

    /** A seed declaration of the department for the year, with the seed's indicators; returns its id. */
    private static String declare(String departmentId, int fiscalYear) {
        String declarationId = given().contentType(ContentType.JSON)
                .body(SeedForm.declaration(departmentId, fiscalYear).toString())
                .post(services.url("budget-service") + "/api/v1/declarations").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("indicators", SeedForm.indicators()))
                .put(services.url("indicator-service") + "/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(200);
        return declarationId;
    }

    private static void awaitStatus(String url, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (status.equals(given().get(url).path("status"))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(url + " never became " + status);
    }

    private static Response awaitPreReview(String url) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            Response response = given().get(url);
            if (response.statusCode() == 200 && "PRE_REVIEWED".equals(response.path("status"))) {
                return response;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no pre-review at " + url + " within 60 s");
    }
}
