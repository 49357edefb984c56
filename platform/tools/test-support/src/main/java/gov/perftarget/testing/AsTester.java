package gov.perftarget.testing;

import java.util.Set;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;

/**
 * Every request of a test class acts as "tester", a user with all three roles and no department, with a
 * real signed token ({@code @ExtendWith(AsTester.class)}): for tests about behaviour rather than access,
 * where the service must also pass the caller's token on to another service. A request's own
 * {@code Authorization} header replaces it.
 */
public class AsTester implements BeforeEachCallback, AfterEachCallback {

    public static final String SUBJECT = "tester";

    @Override
    public void beforeEach(ExtensionContext context) {
        RestAssured.config = RestAssured.config()
                .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"));
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", Tokens.bearer(Tokens.of(SUBJECT, Set.of("declarant", "reviewer", "admin"))))
                .build();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RestAssured.requestSpecification = null;
    }
}
