package gov.perftarget.api;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The totals of large lists, counted once and reused for a moment. Counting the tens of thousands
 * of reviews waiting in a year costs PostgreSQL tens of milliseconds, and reviewers page through that
 * list many times a second: counted for every page, the count took PostgreSQL's whole share of the
 * machine. A total below {@link #EXACT_BELOW} is counted afresh for every page, so that a department
 * sees its new declaration counted at once; a larger one may be up to {@link #MAX_AGE} old.
 */
final class RecentTotals {

    /** Totals below this are always exact. */
    static final long EXACT_BELOW = 1_000;
    /** How long a large total is reused. */
    static final Duration MAX_AGE = Duration.ofSeconds(2);
    /** Bounds the memory: different filters are few in practice, and a full table simply starts again. */
    private static final int MAX_LISTS = 1_000;

    /** The one instance each service uses (its lists and its database are its own). */
    static final RecentTotals SHARED = new RecentTotals(System::nanoTime);

    private record Counted(long total, long countedAt) {
    }

    private final Map<Object, Counted> totals = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    RecentTotals(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * The total of the list that {@code list} identifies (its entity, filters and parameters, never its
     * page or order): reused while a large total is recent, otherwise counted.
     */
    long total(Object list, LongSupplier count) {
        long now = nanoClock.getAsLong();
        Counted recent = totals.get(list);
        if (recent != null && now - recent.countedAt() < MAX_AGE.toNanos()) {
            return recent.total();
        }
        long total = count.getAsLong();
        if (total >= EXACT_BELOW) {
            if (totals.size() >= MAX_LISTS) {
                totals.clear();
            }
            totals.put(list, new Counted(total, now));
        } else if (recent != null) {
            totals.remove(list);
        }
        return total;
    }
}
