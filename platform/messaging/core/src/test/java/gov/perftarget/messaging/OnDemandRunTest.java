package gov.perftarget.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The job's own thread, one run at a time, one more run for all requests made during a run, and lingering. */
class OnDemandRunTest {

    private final AtomicInteger runs = new AtomicInteger();
    private OnDemandRun run;

    @AfterEach
    void stop() {
        if (run != null) {
            run.stop();
        }
    }

    @Test
    void aRequestRunsTheJobOnItsOwnThread() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        String[] thread = new String[1];
        run = new OnDemandRun("test-run", () -> {
            thread[0] = Thread.currentThread().getName();
            runs.incrementAndGet();
            ran.countDown();
        });
        run.request();
        assertTrue(ran.await(5, TimeUnit.SECONDS));
        assertEquals("test-run", thread[0]);
        assertEquals(1, runs.get());
    }

    @Test
    void requestsDuringARunMakeOneMoreRunNotOneEach() throws InterruptedException {
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch secondRunDone = new CountDownLatch(1);
        run = new OnDemandRun("test-run", () -> {
            if (runs.incrementAndGet() == 1) {
                firstRunStarted.countDown();
                await(release);
            } else {
                secondRunDone.countDown();
            }
        });
        run.request();
        assertTrue(firstRunStarted.await(5, TimeUnit.SECONDS));
        for (int i = 0; i < 5; i++) {
            run.request(); // a burst of commits while the first run works
        }
        release.countDown();
        assertTrue(secondRunDone.await(5, TimeUnit.SECONDS));
        Thread.sleep(300); // room for a third run, which must not come
        assertEquals(2, runs.get());
    }

    @Test
    void neverRunsTwiceAtOnceAndBurstsCoalesce() throws InterruptedException {
        AtomicInteger inRun = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        run = new OnDemandRun("test-run", () -> {
            mostAtOnce.accumulateAndGet(inRun.incrementAndGet(), Math::max);
            sleep(2);
            runs.incrementAndGet();
            inRun.decrementAndGet();
        });
        Thread[] requesters = new Thread[8];
        for (int t = 0; t < requesters.length; t++) {
            requesters[t] = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    run.request();
                }
            });
            requesters[t].start();
        }
        for (Thread requester : requesters) {
            requester.join();
        }
        Thread.sleep(100); // the last run ends
        assertEquals(1, mostAtOnce.get());
        assertTrue(runs.get() >= 1 && runs.get() < requesters.length * 200, "requests coalesce: " + runs.get());
    }

    @Test
    void requestsWithinALingerMakeOneRunWhenItEnds() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        run = new OnDemandRun("test-run", () -> {
            runs.incrementAndGet();
            ran.countDown();
        });
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            run.requestWithin(Duration.ofMillis(300)); // a burst of commits
            sleep(20);
        }
        assertTrue(ran.await(5, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(300), "not before the linger is over");
        Thread.sleep(500); // room for a second run, which must not come
        assertEquals(1, runs.get());
        run.requestWithin(Duration.ofMillis(50)); // a request after that run lingers anew
        Thread.sleep(300);
        assertEquals(2, runs.get());
    }

    @Test
    void aStoppedRunTakesNoMoreRequests() throws InterruptedException {
        run = new OnDemandRun("test-run", runs::incrementAndGet);
        run.stop();
        run.request(); // shutting down: neither runs nor throws
        run.requestWithin(Duration.ofMillis(10));
        Thread.sleep(200);
        assertEquals(0, runs.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
