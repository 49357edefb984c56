package gov.perftarget.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import gov.perftarget.testing.KafkaBroker;
import gov.perftarget.testing.SeedForm;
import gov.perftarget.testing.Tokens;
import io.restassured.http.ContentType;

/**
 * The platform behind a real identity provider: Keycloak with the shipped realm ({@code deploy/keycloak}). The
 * packaged services verify the realm's tokens by its JWK set and issuer; a declarant's department comes from its
 * user attribute, roles from the realm roles; review-service calls indicator-service with its own client's token
 * (client credentials), no key of its own. The seed flows through with the users' tokens, submit to approval.
 */
class KeycloakIT {

    private static final String PASSWORD = "Passw0rd-" + UUID.randomUUID();
    private static KeycloakProcess keycloak;
    private static RunningServices services;
    private static String department;
    private static String declarantId;

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of(System.getProperty("perftarget.repository.root", "../../.."));
        Path target = root.resolve("platform/tools/system-tests/target");
        keycloak = new KeycloakProcess(target, root.resolve("deploy/keycloak/perftarget-realm.json"),
                target.resolve("keycloak.log"));
        keycloak.allowPasswordLogins();
        department = "KC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        declarantId = keycloak.createUser("declarant-1", PASSWORD, List.of("declarant"), department);
        keycloak.createUser("declarant-2", PASSWORD, List.of("declarant"), department + "X");
        keycloak.createUser("reviewer-1", PASSWORD, List.of("reviewer"), null);
        keycloak.createUser("admin-1", PASSWORD, List.of("admin"), null);
        Map<String, String> realm = Map.of("JWT_PUBLIC_KEY_LOCATION", keycloak.jwks(), "JWT_ISSUER", keycloak.issuer());
        services = new RunningServices(root, "keycloak-logs")
                .environment("budget-service", realm)
                .environment("indicator-service", realm)
                .environment("review-service", Map.of("JWT_PUBLIC_KEY_LOCATION", keycloak.jwks(),
                        "JWT_ISSUER", keycloak.issuer(), "SERVICE_TOKEN_SIGNING_KEY_LOCATION", "",
                        "SERVICE_CLIENT_TOKEN_URL", keycloak.tokenUrl(), "SERVICE_CLIENT_ID", "review-service",
                        "SERVICE_CLIENT_SECRET", keycloak.reviewServiceSecret))
                .start(KafkaBroker.bootstrapServers());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (services != null) {
            services.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void shouldCarryTheSeedFromSubmissionToApprovalWithTheRealmsTokens() throws Exception {
        String budget = services.url("budget-service");
        String indicator = services.url("indicator-service");
        String review = services.url("review-service");
        String admin = keycloak.bearer("admin-1", PASSWORD);
        String declarant = keycloak.bearer("declarant-1", PASSWORD);
        String reviewer = keycloak.bearer("reviewer-1", PASSWORD);

        String departmentId = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(SeedForm.department(department))
                .post(budget + "/api/v1/departments").then().statusCode(201).extract().path("id");
        String declarationId = given().header("Authorization", declarant).contentType(ContentType.JSON)
                .body(SeedForm.declaration(departmentId, 2024).toString())
                .post(budget + "/api/v1/declarations").then().statusCode(201).extract().path("id");
        given().header("Authorization", declarant).contentType(ContentType.JSON)
                .body(Map.of("indicators", SeedForm.indicators()))
                .put(indicator + "/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(200).body("indicators", hasSize(10));
        SeedClient.submission(services, declarationId, declarant).then().statusCode(201);

        // review-service read the frozen indicators with its client's token: the pre-review is there
        String reviewUrl = review + "/api/v1/declarations/" + declarationId + "/revisions/1/review";
        SeedClient.await(() -> "PRE_REVIEWED".equals(given().header("Authorization", reviewer).get(reviewUrl).path("status")),
                Duration.ofSeconds(60), "the pre-review");
        String reviewId = given().header("Authorization", reviewer).get(reviewUrl).then().statusCode(200)
                .body("preReview.indicatorCount", equalTo(10)).extract().path("id");

        // the department attribute and the realm roles decide access as the platform's own tokens do
        String stranger = keycloak.bearer("declarant-2", PASSWORD);
        given().header("Authorization", stranger).get(budget + "/api/v1/declarations/" + declarationId)
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
        given().header("Authorization", declarant).contentType(ContentType.JSON).body(SeedForm.department(department + "Y"))
                .post(budget + "/api/v1/departments").then().statusCode(403);
        // a token the realm did not sign is refused
        given().header("Authorization", Tokens.bearer(Tokens.admin())).get(budget + "/api/v1/declarations")
                .then().statusCode(401);

        given().header("Authorization", reviewer).contentType(ContentType.JSON).body(Map.of(
                "criterionGrades", Map.of("COMPLETENESS", "GOOD", "RELEVANCE", "GOOD", "APPROPRIATENESS", "GOOD",
                        "FEASIBILITY", "GOOD"), "overallGrade", "GOOD", "overallComment", "同意。"))
                .post(review + "/api/v1/reviews/" + reviewId + "/decision").then().statusCode(200);
        SeedClient.await(() -> "APPROVED".equals(given().header("Authorization", declarant)
                .get(budget + "/api/v1/declarations/" + declarationId).path("status")), Duration.ofSeconds(60),
                "the approval in budget-service");
        // the audit trail names the realm's user who submitted by the subject of its token
        given().header("Authorization", admin).queryParam("resourceId", declarationId).queryParam("action", "declaration.submit")
                .get(budget + "/api/v1/audit-records").then().statusCode(200).body("items.actor", hasItem(declarantId));
    }
}
