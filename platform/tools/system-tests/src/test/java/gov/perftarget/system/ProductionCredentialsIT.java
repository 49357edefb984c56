package gov.perftarget.system;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import gov.perftarget.testing.Tokens;

/**
 * Secrets come from the environment, never from the code: a packaged service (prod profile) started
 * without database credentials does not fall back to the password written in its configuration for
 * dev and tests (which the local cluster would accept), so it cannot connect and does not start.
 */
class ProductionCredentialsIT {

    @Test
    void shouldRefuseToStartWithoutDatabaseCredentials() throws Exception {
        Path root = Path.of(System.getProperty("perftarget.repository.root", "../../.."));
        for (String service : List.of("budget-service", "indicator-service", "review-service")) {
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx128m", "-jar", root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar").toString())
                    .redirectErrorStream(true);
            builder.environment().remove("DB_USERNAME");
            builder.environment().remove("DB_PASSWORD");
            builder.environment().remove("DB_OWNER_USERNAME");
            builder.environment().remove("DB_OWNER_PASSWORD");
            builder.environment().put("HTTP_PORT", "0");
            builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", "localhost:9");
            builder.environment().put("JWT_PUBLIC_KEY_LOCATION", Tokens.publicKeyFile().toString());
            builder.environment().put("JWT_ISSUER", Tokens.ISSUER);
            builder.environment().put("SERVICE_TOKEN_SIGNING_KEY_LOCATION", Tokens.privateKeyFile().toString());
            Process process = builder.start();
            boolean exited = process.waitFor(90, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor();
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(exited, service + " must not start without credentials:\n" + output);
            assertNotEquals(0, process.exitValue(), service);
            // refused for want of the credentials themselves, not for anything else (and never with a default)
            assertTrue(output.contains("no password was provided") || output.contains("Could not expand value DB_"),
                    service + " connects without any password, not with the configuration's:\n" + output);
        }
    }
}
