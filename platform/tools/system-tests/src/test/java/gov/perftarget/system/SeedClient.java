package gov.perftarget.system;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import gov.perftarget.testing.SeedForm;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.restassured.response.Response;

/** Drives the running services over HTTP as a department would: the seed declaration, end to end. */
final class SeedClient {

    private SeedClient() {
    }

    /** Creates a department, its seed declaration for the year and its indicators; returns the declaration id. */
    static String createSeedDeclaration(RunningServices services, int fiscalYear) {
        String departmentId = given().contentType(ContentType.JSON)
                .body(SeedForm.department("E2E" + UUID.randomUUID().toString().substring(0, 8)))
                .post(services.url("budget-service") + "/api/v1/departments").then().statusCode(201)
                .extract().path("id");
        String declarationId = given().contentType(ContentType.JSON)
                .body(SeedForm.declaration(departmentId, fiscalYear).toString())
                .post(services.url("budget-service") + "/api/v1/declarations").then().statusCode(201)
                .extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("indicators", SeedForm.indicators()))
                .put(services.url("indicator-service") + "/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(200);
        return declarationId;
    }

    static void submit(RunningServices services, String declarationId) {
        submission(services, declarationId, null).then().statusCode(201);
    }

    /**
     * Submits the declaration naming its indicators as indicator-service has them now, the version a
     * department's screen shows, with the caller's own {@code Authorization} (null: the default token).
     */
    static Response submission(RunningServices services, String declarationId, String authorization) {
        RequestSpecification caller = authorization == null ? given() : given().header("Authorization", authorization);
        int version = caller.get(services.url("indicator-service") + "/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(200).extract().path("version");
        RequestSpecification submit = authorization == null ? given() : given().header("Authorization", authorization);
        return submit.contentType(ContentType.JSON).body(Map.of("indicatorSetVersion", version))
                .post(services.url("budget-service") + "/api/v1/declarations/" + declarationId + "/submit");
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
    }

    /** How many reviews of the fiscal year review-service holds, in the given status (or any, for null). */
    static int reviews(RunningServices services, int fiscalYear, String status) {
        var request = given().queryParam("fiscalYear", fiscalYear).queryParam("size", 1);
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get(services.url("review-service") + "/api/v1/reviews").then().statusCode(200)
                .extract().<Integer>path("total");
    }
}
