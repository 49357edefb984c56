package gov.perftarget.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import gov.perftarget.testing.KafkaBroker;
import gov.perftarget.testing.SeedForm;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The whole slice across the three running services, through the real broker and database: the
 * seed declaration created in budget-service, its indicators attached in indicator-service, the
 * submission, and the pre-review served by review-service.
 */
class SeedDeclarationIT {

    private static RunningServices services;

    @BeforeAll
    static void startServices() throws Exception {
        Path root = Path.of(System.getProperty("perftarget.repository.root", "../.."));
        services = new RunningServices(root, "seed-declaration-logs").start(KafkaBroker.bootstrapServers());
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

        String departmentId = given().contentType(ContentType.JSON)
                .body(SeedForm.department("E2E" + UUID.randomUUID().toString().substring(0, 8)))
                .post(budget + "/api/v1/departments").then().statusCode(201).extract().path("id");
        String declarationId = given().contentType(ContentType.JSON)
                .body(SeedForm.declaration(departmentId, 2023).toString())
                .post(budget + "/api/v1/declarations").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("indicators", SeedForm.indicators()))
                .put(indicator + "/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(200).body("indicators", hasSize(10));

        given().post(budget + "/api/v1/declarations/" + declarationId + "/submit")
                .then().statusCode(201).body("revision", equalTo(1));

        Response result = awaitPreReview(review + "/api/v1/declarations/" + declarationId + "/revisions/1/review");
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
                .body("preReview.errorCount", equalTo(0));

        // the pre-review sent the declaration on to its reviewer
        awaitStatus(budget + "/api/v1/declarations/" + declarationId, "UNDER_REVIEW");

        // the submitted revision's indicators are frozen: the department can no longer change them
        given().contentType(ContentType.JSON).body(Map.of("indicators", SeedForm.indicators()))
                .put(indicator + "/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(409);
    }

    @Test
    void shouldServeHealthAndApiDocumentsOfEveryService() {
        for (String service : List.of("budget-service", "indicator-service", "review-service")) {
            assertEquals(200, RunningServices.status(services.url(service) + "/q/health/ready"), service);
            assertEquals(200, RunningServices.status(services.url(service) + "/q/openapi"), service);
        }
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
