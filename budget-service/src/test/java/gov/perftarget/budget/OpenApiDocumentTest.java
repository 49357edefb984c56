package gov.perftarget.budget;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The OpenAPI document names, for every operation, its success response and the errors it can give. */
@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@TestSecurity(user = "tester", roles = { "declarant", "reviewer", "admin" })
class OpenApiDocumentTest {

    @Test
    @SuppressWarnings("unchecked")
    void shouldDocumentEveryOperationWithItsSuccessAndErrorResponses() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().path("paths");
        List<String> undocumented = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            boolean success = responses.keySet().stream().anyMatch(code -> code.startsWith("2"));
            boolean serverError = responses.containsKey("500");
            boolean errorsAsProblems = responses.entrySet().stream().filter(e -> !e.getKey().startsWith("2"))
                    .allMatch(e -> ((Map<String, Object>) ((Map<String, Object>) e.getValue()).get("content"))
                            .containsKey("application/problem+json"));
            boolean pathErrors = !path.contains("{") || responses.containsKey("404");
            if (!success || !serverError || !errorsAsProblems || !pathErrors || operation.get("operationId") == null) {
                undocumented.add(method.toUpperCase() + " " + path + " " + responses.keySet());
            }
        }));
        assertFalse(paths.isEmpty());
        assertTrue(undocumented.isEmpty(), "operations missing responses: " + undocumented);
    }
}
