package gov.perftarget.benchmark;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * An open-model load: work starts at a constant arrival rate whatever the system's answer times, and
 * each latency is measured from the intended start, so that a stalled server shows in the numbers
 * instead of slowing the load down (no coordinated omission).
 */
final class OpenModel {

    /** Latencies (microseconds) and errors per call type. */
    static final class Latencies {
        /** BENCH_TRACE set: each call slower than 20 ms is printed with its completion time, to line up with GC logs. */
        private static final boolean TRACE = System.getenv("BENCH_TRACE") != null;
        private final Map<String, Recorder> recorders = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

        void record(String call, long intendedNanos, boolean ok) {
            long micros = Math.max(1, (System.nanoTime() - intendedNanos) / 1_000);
            recorders.computeIfAbsent(call, c -> new Recorder(3)).recordValue(Math.min(micros, 3_600_000_000L));
            if (TRACE && micros > 20_000) {
                System.out.printf("[slow] %s completed at %d (epoch ms) after %d ms%n", call, System.currentTimeMillis(), micros / 1000);
            }
            if (!ok) {
                errors.computeIfAbsent(call, c -> new AtomicLong()).incrementAndGet();
            }
        }

        Map<String, Histogram> histograms() {
            Map<String, Histogram> result = new java.util.TreeMap<>();
            recorders.forEach((call, recorder) -> result.put(call, recorder.getIntervalHistogram()));
            return result;
        }

        long errors(String call) {
            AtomicLong count = errors.get(call);
            return count == null ? 0 : count.get();
        }
    }

    private OpenModel() {
    }

    /**
     * Starts {@code count} pieces of work at {@code perSecond}; piece i receives its intended start
     * (System.nanoTime) and returns its completion. Returns once all have completed.
     */
    static void run(double perSecond, long count, LongFunction<CompletableFuture<?>> work) throws InterruptedException {
        long start = System.nanoTime();
        long interval = (long) (1_000_000_000L / perSecond);
        // a count, not the started futures: those hold their answers until the end, and copying that growing
        // heap made the load generator's own collections long enough to show in the latencies it measures
        CountDownLatch pending = new CountDownLatch((int) count);
        for (int i = 0; i < count; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            work.apply(intended).whenComplete((answer, failure) -> pending.countDown());
        }
        if (!pending.await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the load did not complete: " + pending.getCount() + " of " + count + " pending");
        }
    }
}
