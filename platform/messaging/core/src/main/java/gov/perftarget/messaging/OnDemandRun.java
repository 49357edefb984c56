package gov.perftarget.messaging;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.logging.Log;

/**
 * A job that works off what waits in a table (the outbox's events, the pending pre-reviews), run on
 * its own thread as soon as a commit gives it work instead of at the next tick of a timer: a timer
 * of one second costs every event half a second on average at each hop. The owner's periodic sweep
 * still {@link #request() requests} a run, for what an earlier run could not do (Kafka was away).
 *
 * <p>Requests that arrive during a run make one more run after it: the job never runs twice at once
 * (two relays side by side could reorder a declaration's events), and a burst of commits costs one
 * run per batch, not one per commit. A caller may also {@link #requestWithin linger} before the run, so
 * that the commits of that while share it even when no run is in progress; what a stop cancels stays in
 * its table for the next start's sweep.
 */
public final class OnDemandRun {

    private final String name;
    private final Runnable job;
    private final ScheduledThreadPoolExecutor thread;
    private final AtomicBoolean requested = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    /** A run is scheduled by {@link #requestWithin}: later requests until then join it. */
    private final AtomicBoolean lingering = new AtomicBoolean();

    public OnDemandRun(String name, Runnable job) {
        this.name = name;
        this.job = job;
        this.thread = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        });
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Runs the job now, or once more right after the run in progress. */
    public void request() {
        requested.set(true);
        if (running.compareAndSet(false, true)) {
            try {
                thread.execute(this::runWhileRequested);
            } catch (RejectedExecutionException stopped) {
                running.set(false); // stopped: the application is shutting down
            }
        }
    }

    /**
     * Requests a run {@code linger} from now, which every request made until then joins: the work of a
     * burst of commits goes in one run (one batch) instead of one run each, and work that is not ready yet
     * is tried again once, not once per item. Zero requests a run now.
     */
    public void requestWithin(Duration linger) {
        if (linger.isZero() || linger.isNegative()) {
            request();
            return;
        }
        if (lingering.compareAndSet(false, true)) {
            try {
                thread.schedule(() -> {
                    lingering.set(false);
                    request();
                }, linger.toNanos(), TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException stopped) {
                lingering.set(false); // shutting down: the next start's sweep finds the work
            }
        }
    }

    /**
     * Requests a run {@link #requestWithin within} {@code linger} of the caller's transaction's commit
     * (nothing when it rolls back).
     */
    public void requestAfterCommit(TransactionSynchronizationRegistry transaction, Duration linger) {
        if (transaction.getResource(this) != null) {
            return; // once per transaction, however many events it adds
        }
        transaction.putResource(this, Boolean.TRUE);
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    requestWithin(linger);
                }
            }
        });
    }

    private void runWhileRequested() {
        try {
            while (requested.getAndSet(false) && !thread.isShutdown()) {
                try {
                    job.run();
                } catch (RuntimeException e) {
                    // the work stays in its table; the next request or sweep tries again
                    Log.warnf("%s failed, will try again: %s", name, e.getMessage());
                }
            }
        } finally {
            running.set(false);
        }
        if (requested.get()) {
            request(); // a request that came after the loop's last look
        }
    }

    /**
     * Stops taking requests and lets the run in progress finish its batch (not interrupted: a batch
     * half marked would be sent again); call it on Quarkus's shutdown event, before the database goes away.
     */
    public void stop() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(15, TimeUnit.SECONDS)) {
                Log.warnf("%s still running at shutdown", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
