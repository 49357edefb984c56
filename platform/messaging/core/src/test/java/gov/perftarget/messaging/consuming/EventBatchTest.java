package gov.perftarget.messaging.consuming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

/** The batch rule alone; the services' flow tests apply real polls against PostgreSQL and Kafka. */
class EventBatchTest {

    /** A stand-in transaction: what ran inside it stays only if it completes. */
    private final List<List<String>> transactions = new ArrayList<>();
    private final List<String> applied = new ArrayList<>();
    private List<String> open;

    private final Consumer<Runnable> inOneTransaction = work -> {
        open = new ArrayList<>();
        transactions.add(open);
        try {
            work.run();
            applied.addAll(open);
        } finally {
            open = null;
        }
    };

    private Consumer<String> effect(String failing) {
        return event -> {
            if (event.equals(failing)) {
                throw new IllegalStateException(event + " cannot be applied");
            }
            if (open != null) {
                open.add(event);
            } else {
                applied.add(event); // alone: the effect's own transaction
            }
        };
    }

    @Test
    void shouldApplyAPollsEventsInOneTransaction() {
        List<RuntimeException> failures = EventBatch.apply(List.of("a", "b", "c"), e -> e, effect(null), inOneTransaction);

        assertEquals(List.of(List.of("a", "b", "c")), transactions);
        assertEquals(List.of("a", "b", "c"), applied);
        assertEquals(3, failures.size());
        failures.forEach(failure -> assertNull(failure));
    }

    @Test
    void shouldApplyEachAloneWhenTheBatchFailsSoThatOnlyTheFailingOneFails() {
        List<RuntimeException> failures = EventBatch.apply(List.of("a", "b", "c"), e -> e, effect("b"), inOneTransaction);

        assertEquals(1, transactions.size(), "the batch was tried once");
        assertEquals(List.of("a", "c"), applied, "nothing of the failed batch stays; a and c applied alone, in order");
        assertNull(failures.get(0));
        assertTrue(failures.get(1).getMessage().contains("b cannot be applied"), "b fails with its own reason");
        assertNull(failures.get(2));
    }

    @Test
    void shouldApplyASingleEventAloneWithoutABatchTransaction() {
        List<RuntimeException> failures = EventBatch.apply(List.of("a"), e -> e, effect(null), inOneTransaction);

        assertEquals(List.of(), transactions);
        assertEquals(List.of("a"), applied);
        assertNull(failures.get(0));
    }
}
