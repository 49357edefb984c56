package gov.perftarget.review.client;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import gov.perftarget.security.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;

/**
 * review-service's own bearer token for its calls to indicator-service, which happen with no user (the pre-review
 * runs from events and a scheduler). With an identity provider ({@code SERVICE_CLIENT_TOKEN_URL}) it is the token of
 * review-service's own client there (client credentials grant; the realm gives that client's service account the
 * reviewer role). Without one it is a reviewer's token with subject {@code system:review-service}, signed with the
 * key in {@code SERVICE_TOKEN_SIGNING_KEY_LOCATION}, whose public half indicator-service must trust. Either way it is
 * renewed at half its life.
 */
@ApplicationScoped
@Unremovable // looked up by the REST client's header expression, not injected
public class ServiceToken {

    static final String SUBJECT = "system:review-service";

    private final ServiceTokenConfig config;
    private final Optional<String> signingKey;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private String token;
    private Instant renewAt = Instant.MIN;

    public ServiceToken(ServiceTokenConfig config, ObjectMapper json,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") Optional<String> signingKey) {
        this.config = config;
        this.json = json;
        this.signingKey = signingKey;
    }

    /** Refuses to start with neither way to a token: every pre-review would fail later, one by one. */
    void check(@Observes StartupEvent starting) {
        if (config.tokenUrl().isPresent() && config.clientSecret().isEmpty()) {
            throw new IllegalStateException("SERVICE_CLIENT_TOKEN_URL is set but SERVICE_CLIENT_SECRET is not");
        }
        if (config.tokenUrl().isEmpty() && signingKey.filter(key -> !key.isBlank()).isEmpty()) {
            throw new IllegalStateException("review-service needs a token for indicator-service: set SERVICE_CLIENT_TOKEN_URL "
                    + "and SERVICE_CLIENT_SECRET (its client at the identity provider) or SERVICE_TOKEN_SIGNING_KEY_LOCATION");
        }
    }

    /** The {@code Authorization} header value for a call to indicator-service. */
    public static String authorization() {
        return "Bearer " + Arc.container().instance(ServiceToken.class).get().current();
    }

    synchronized String current() {
        Instant now = Instant.now();
        if (now.isAfter(renewAt)) {
            Duration lifespan;
            if (config.tokenUrl().isPresent()) {
                JsonNode answer = clientCredentials();
                token = answer.path("access_token").asText();
                lifespan = Duration.ofSeconds(answer.path("expires_in").asLong(60));
            } else {
                lifespan = config.lifespan();
                token = Jwt.subject(SUBJECT).upn(SUBJECT).groups(Set.of(Roles.REVIEWER)).issuedAt(now)
                        .expiresAt(now.plus(lifespan)).sign();
            }
            renewAt = now.plus(lifespan.dividedBy(2));
        }
        return token;
    }

    /** The identity provider's answer to the client credentials grant (RFC 6749 §4.4). */
    private JsonNode clientCredentials() {
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId()) + "&client_secret="
                + encode(config.clientSecret().orElseThrow());
        HttpRequest request = HttpRequest.newBuilder(config.tokenUrl().orElseThrow()).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode answer = response.statusCode() == 200 ? json.readTree(response.body()) : null;
            if (answer == null || !answer.hasNonNull("access_token")) {
                throw new IllegalStateException("The identity provider refused review-service's client credentials: HTTP "
                        + response.statusCode());
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException("The identity provider cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the identity provider for a token", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
