package gov.perftarget.messaging.consuming;

import java.time.Duration;

import io.quarkus.logging.Log;

/**
 * Bounded retries for applying an event: a transient failure (a lost database connection, a
 * lock timeout) is tried again a few times; an event that cannot be read is not, and neither is one
 * that still fails after the last try: the consumer then sends it to its dead-letter topic with the
 * reason and goes on with the next event. While the application shuts down, an event is neither
 * applied nor failed: it stays unacknowledged, so its offset is not committed and it is delivered
 * again after the restart (applying it is idempotent).
 */
public final class Retries {

    static final int ATTEMPTS = 3;
    static final Duration BACKOFF = Duration.ofMillis(200);
    private static final Duration HOLD_CHECK = Duration.ofMillis(200);

    private Retries() {
    }

    public static void apply(String eventId, Runnable effect) {
        for (int attempt = 1; ; attempt++) {
            holdIfShuttingDown(eventId);
            try {
                effect.run();
                return;
            } catch (IllegalArgumentException unreadable) {
                throw unreadable; // retrying cannot make a malformed event readable
            } catch (RuntimeException e) {
                holdIfShuttingDown(eventId); // "EntityManagerFactory is closed" is the shutdown, not the event
                if (attempt >= ATTEMPTS) {
                    throw e;
                }
                Log.warnf("Applying event %s failed (attempt %d of %d), retrying: %s", eventId, attempt, ATTEMPTS,
                        e.getMessage());
                try {
                    Thread.sleep(BACKOFF.toMillis() * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /**
     * Keeps the consumer's thread, and so the event, until the process ends: the connector closes the
     * consumer without committing the offset of an event that was neither acknowledged nor failed.
     * Interrupts are ignored (failing the event now would dead-letter it); only a new start of the
     * application in the same JVM, as tests do, lets the thread go.
     */
    static void holdIfShuttingDown(String eventId) {
        if (!ApplicationShutdown.inProgress()) {
            return;
        }
        Log.infof("Shutting down: event %s is left unacknowledged and will be delivered again after the restart",
                eventId);
        while (ApplicationShutdown.inProgress()) {
            try {
                Thread.sleep(HOLD_CHECK.toMillis());
            } catch (InterruptedException interrupted) {
                // see above: the event must not fail
            }
        }
        throw new IllegalStateException("Event " + eventId + " was held by an application that has since stopped");
    }
}
