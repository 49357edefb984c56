package gov.perftarget.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for what an event does: up to 30 s, looking every 200 ms. */
public final class Eventually {

    private Eventually() {
    }

    public static void await(BooleanSupplier condition) throws InterruptedException {
        await(condition, "the event's effect");
    }

    public static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no " + what + " within 30 s");
    }
}
