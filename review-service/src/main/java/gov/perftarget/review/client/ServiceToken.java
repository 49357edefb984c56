package gov.perftarget.review.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;


import gov.perftarget.security.Roles;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import io.smallrye.jwt.build.Jwt;

/**
 * review-service's own bearer token for its calls to indicator-service, which happen with no user
 * (the pre-review runs from events and a scheduler). It is a reviewer's token with subject
 * {@code system:review-service}, signed with the key in {@code SERVICE_TOKEN_SIGNING_KEY_LOCATION}
 * (whose public half indicator-service must trust), short-lived and renewed at half its life.
 */
@ApplicationScoped
@Unremovable // looked up by the REST client's header expression, not injected
public class ServiceToken {

    static final String SUBJECT = "system:review-service";

    private final Duration lifespan;
    private String token;
    private Instant renewAt = Instant.MIN;

    public ServiceToken(ServiceTokenConfig config) {
        this.lifespan = config.lifespan();
    }

    /** The {@code Authorization} header value for a call to indicator-service. */
    public static String authorization() {
        return "Bearer " + Arc.container().instance(ServiceToken.class).get().current();
    }

    synchronized String current() {
        Instant now = Instant.now();
        if (now.isAfter(renewAt)) {
            token = Jwt.subject(SUBJECT).upn(SUBJECT).groups(Set.of(Roles.REVIEWER)).issuedAt(now)
                    .expiresAt(now.plus(lifespan)).sign();
            renewAt = now.plus(lifespan.dividedBy(2));
        }
        return token;
    }
}
