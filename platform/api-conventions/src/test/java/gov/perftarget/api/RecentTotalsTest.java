package gov.perftarget.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.junit.jupiter.api.Test;

class RecentTotalsTest {

    private final AtomicLong now = new AtomicLong();
    private final RecentTotals totals = new RecentTotals(now::get);
    private final AtomicInteger counts = new AtomicInteger();

    private LongSupplier counting(long total) {
        return () -> {
            counts.incrementAndGet();
            return total;
        };
    }

    private static Object reviewsWaitingIn(int year) {
        return new Filters().equal("status", "PRE_REVIEWED").equal("fiscalYear", year).listOf(RecentTotalsTest.class);
    }

    @Test
    void aLargeTotalIsCountedOnceWhileRecent() {
        assertEquals(68_000, totals.total(reviewsWaitingIn(2027), counting(68_000)));
        now.addAndGet(RecentTotals.MAX_AGE.toNanos() - 1);
        assertEquals(68_000, totals.total(reviewsWaitingIn(2027), counting(68_050)));
        assertEquals(1, counts.get());

        now.addAndGet(1);
        assertEquals(68_050, totals.total(reviewsWaitingIn(2027), counting(68_050)), "counted again once it is old");
        assertEquals(2, counts.get());
    }

    @Test
    void aSmallTotalIsAlwaysExact() {
        assertEquals(3, totals.total(reviewsWaitingIn(2027), counting(3)));
        assertEquals(4, totals.total(reviewsWaitingIn(2027), counting(4)));
        assertEquals(2, counts.get());
    }

    @Test
    void aTotalThatFallsBelowTheThresholdIsExactAgain() {
        totals.total(reviewsWaitingIn(2027), counting(RecentTotals.EXACT_BELOW));
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        assertEquals(12, totals.total(reviewsWaitingIn(2027), counting(12)));
        assertEquals(11, totals.total(reviewsWaitingIn(2027), counting(11)), "not the total of a moment ago");
    }

    @Test
    void eachListHasItsOwnTotal() {
        totals.total(reviewsWaitingIn(2027), counting(5_000));
        assertEquals(7_000, totals.total(reviewsWaitingIn(2026), counting(7_000)), "other parameters, other list");
        Object sameFiltersOtherEntity = new Filters().equal("status", "PRE_REVIEWED").equal("fiscalYear", 2027)
                .listOf(String.class);
        assertEquals(9_000, totals.total(sameFiltersOtherEntity, counting(9_000)), "other entity, other list");
        assertEquals(3, counts.get());
        assertEquals(List.of(RecentTotalsTest.class.getName(), List.of("status = :status", "fiscalYear = :fiscalYear"),
                Map.of("status", "PRE_REVIEWED", "fiscalYear", 2027)), reviewsWaitingIn(2027));
    }
}
