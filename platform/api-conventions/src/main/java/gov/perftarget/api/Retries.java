package gov.perftarget.api;

import java.time.Duration;

import io.quarkus.logging.Log;

/**
 * Bounded retries for applying an event: a transient failure (a lost database connection, a
 * lock timeout) is tried again a few times; an event that cannot be read is not, and neither is one
 * that still fails after the last try: the consumer then sends it to its dead-letter topic with the
 * reason and goes on with the next event.
 */
public final class Retries {

    static final int ATTEMPTS = 3;
    static final Duration BACKOFF = Duration.ofMillis(200);

    private Retries() {
    }

    public static void apply(String eventId, Runnable effect) {
        for (int attempt = 1; ; attempt++) {
            try {
                effect.run();
                return;
            } catch (IllegalArgumentException unreadable) {
                throw unreadable; // retrying cannot make a malformed event readable
            } catch (RuntimeException e) {
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
}
