package gov.perftarget.messaging.consuming;

/**
 * The worker pool every incoming event is applied on ({@code @Blocking(EventWorkers.POOL)}), apart from
 * the request threads: under load an event never waits behind queued requests. Its size is each
 * service's {@code smallrye.messaging.worker.events.max-concurrency} ({@code EVENT_WORKERS}); the
 * key names the pool, so it changes with this constant.
 */
public final class EventWorkers {

    public static final String POOL = "events";

    private EventWorkers() {
    }
}
