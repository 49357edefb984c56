package gov.perftarget.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import gov.perftarget.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Browsers, where an environment turns CORS on for its frontend's origin (it is off by default). */
@QuarkusTest
@TestProfile(CorsTest.FrontendOrigin.class)
class CorsTest {

    static final String FRONTEND = "https://frontend.example.gov.cn";

    public static class FrontendOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", FRONTEND);
        }
    }

    @Test
    void shouldLetTheFrontendsOriginCallWithTheApisHeadersAndReadItsAnswersHeaders() {
        given().header("Origin", FRONTEND).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .options("/api/v1/declarations/00000000-0000-0000-0000-000000000000").then()
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", containsString("If-Match"));

        given().header("Origin", FRONTEND).header("Authorization", Tokens.bearer(Tokens.admin()))
                .get("/api/v1/departments").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(FRONTEND))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Idempotent-Replayed"));
    }

    @Test
    void shouldNotLetAnotherOriginRead() {
        given().header("Origin", "https://evil.example.com").header("Authorization", Tokens.bearer(Tokens.admin()))
                .get("/api/v1/departments").then().header("Access-Control-Allow-Origin", nullValue());
    }
}
