package gov.perftarget.messaging.consuming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Whether the application is shutting down. Quarkus fires {@link ShutdownEvent} before it closes
 * Hibernate, and closes Hibernate before the Kafka connector stops delivering the records it has
 * already fetched: an event applied in that window fails for no fault of its own, so
 * {@link Retries} must not send it to the dead-letter topic.
 */
@ApplicationScoped
public class ApplicationShutdown {

    private static volatile boolean inProgress;

    void onStart(@Observes StartupEvent started) {
        inProgress = false; // tests start the application again in the same JVM
    }

    void onShutdown(@Observes ShutdownEvent stopping) {
        inProgress = true;
    }

    public static boolean inProgress() {
        return inProgress;
    }
}
