package gov.perftarget.messaging;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;

/**
 * One trace per submission (一次提交一条调用链) across the services: the work an event causes joins the trace of
 * the request that caused it, although the event waits in an outbox table and crosses Kafka in between. The
 * trace context travels as W3C {@code traceparent} text: stored with the outbox event ({@link #currentContext})
 * and with any row whose work continues later on another thread (a pending review), sent as the Kafka header
 * {@code traceparent}, and taken up again by the consumer ({@link #inSpan}). The Kafka connector's own tracing
 * is off ({@code quarkus.otel.instrument.messaging=false}): these spans replace it, one per event rather than
 * per poll.
 */
@ApplicationScoped
@Unremovable // looked up by EventBatch: a service that never injects it still needs it
public class EventTracing {

    /** The Kafka header (and the W3C field) that carries the trace context. */
    public static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final TextMapPropagator propagator;

    public EventTracing(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("gov.perftarget.messaging");
        this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
    }

    /** The bean, for the static helpers that run events ({@link gov.perftarget.messaging.consuming.EventBatch}). */
    public static EventTracing get() {
        return Arc.container().instance(EventTracing.class).get();
    }

    /** The current trace context as {@code traceparent} text, to be stored and taken up later; null outside a trace. */
    public String currentContext() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(Context.current(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Runs {@code work} in a new span whose parent is the stored context ({@code traceparent} text, null for a
     * new trace), linked to further stored contexts (the other events of a batch the work serves together).
     */
    public <T> T inSpan(String name, SpanKind kind, String traceparent, List<String> links,
            Map<String, String> attributes, Supplier<T> work) {
        var builder = tracer.spanBuilder(name).setSpanKind(kind).setParent(parent(traceparent));
        for (String link : links) {
            SpanContext linked = Span.fromContext(parent(link)).getSpanContext();
            if (linked.isValid()) {
                builder.addLink(linked);
            }
        }
        attributes.forEach(builder::setAttribute);
        Span span = builder.startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.recordException(e);
            span.setStatus(io.opentelemetry.api.trace.StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

    /** {@link #inSpan} without links and a result. */
    public void inSpan(String name, SpanKind kind, String traceparent, Map<String, String> attributes, Runnable work) {
        inSpan(name, kind, traceparent, List.of(), attributes, () -> {
            work.run();
            return null;
        });
    }

    /** The {@code traceparent} a received Kafka record carries; null if none. */
    public static String traceparent(Headers headers) {
        Header header = headers.lastHeader(TRACEPARENT);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Writes the current context into a record's headers, as the consumer's {@link #inSpan} reads it. */
    public void writeTo(Headers headers) {
        propagator.inject(Context.current(), headers,
                (carrier, key, value) -> carrier.add(key, value.getBytes(StandardCharsets.UTF_8)));
    }

    private Context parent(String traceparent) {
        if (traceparent == null) {
            return Context.root();
        }
        return propagator.extract(Context.root(), Map.of(TRACEPARENT, traceparent), MAP_GETTER);
    }

    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };
}
