package gov.perftarget.review.client;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of review-service's own token for its calls to indicator-service ({@code perftarget.service-token.*}). */
@ConfigMapping(prefix = "perftarget.service-token")
public interface ServiceTokenConfig {

    /** How long a self-signed token lives; it is renewed at half its life. */
    @WithDefault("PT5M")
    Duration lifespan();

    /**
     * The identity provider's token endpoint ({@code SERVICE_CLIENT_TOKEN_URL}, e.g. Keycloak's
     * {@code …/realms/perftarget/protocol/openid-connect/token}): when set, review-service obtains its token there
     * as its own client (client credentials grant) instead of signing one.
     */
    Optional<URI> tokenUrl();

    /** Its client id at the identity provider ({@code SERVICE_CLIENT_ID}). */
    @WithDefault("review-service")
    String clientId();

    /** Its client secret ({@code SERVICE_CLIENT_SECRET}, from a Secret). */
    Optional<String> clientSecret();
}
