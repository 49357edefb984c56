package gov.perftarget.messaging.outbox;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import io.smallrye.health.api.HealthGroup;

/**
 * Makes the outbox backlog visible: metrics {@code perftarget_outbox_pending} (events not yet
 * published) and {@code perftarget_outbox_oldest_pending_seconds}, and the health group
 * {@code /q/health/group/events}, DOWN while an event has waited longer than
 * {@code perftarget.outbox.max-pending-age}. Not a readiness check on purpose: the REST API keeps
 * accepting submissions while Kafka is away, which is what the outbox is for.
 */
@ApplicationScoped
@Startup
@HealthGroup("events")
public class OutboxMonitor implements HealthCheck {

    private final OutboxConfig config;

    public OutboxMonitor(OutboxConfig config, MeterRegistry registry) {
        this.config = config;
        // each gauge asks only for its own number: a scrape costs one query per gauge
        Gauge.builder("perftarget.outbox.pending", this,
                monitor -> QuarkusTransaction.joiningExisting().call(OutboxEvent::countPending))
                .description("Events in the outbox not yet published to Kafka").register(registry);
        Gauge.builder("perftarget.outbox.oldest.pending.seconds", this, monitor -> monitor.oldestAge().toSeconds())
                .description("Age of the oldest event not yet published").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        Backlog backlog = backlog();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                .withData("pending", backlog.pending())
                .withData("oldestPendingSeconds", backlog.oldestAge().toSeconds());
        return backlog.oldestAge().compareTo(config.maxPendingAge()) > 0 ? response.down().build()
                : response.up().build();
    }

    /** How many events wait, and for how long the oldest has waited. */
    public record Backlog(long pending, Duration oldestAge) {
    }

    Backlog backlog() {
        return new Backlog(QuarkusTransaction.joiningExisting().call(OutboxEvent::countPending), oldestAge());
    }

    private Duration oldestAge() {
        OffsetDateTime oldest = QuarkusTransaction.joiningExisting().call(OutboxEvent::oldestPending);
        Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest, OffsetDateTime.now(ZoneOffset.UTC));
        return age.isNegative() ? Duration.ZERO : age;
    }
}
