package gov.perftarget.review.client;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of review-service's own token for its calls to indicator-service ({@code perftarget.service-token.*}). */
@ConfigMapping(prefix = "perftarget.service-token")
public interface ServiceTokenConfig {

    /** How long a token lives; it is renewed at half its life. */
    @WithDefault("PT5M")
    Duration lifespan();
}
