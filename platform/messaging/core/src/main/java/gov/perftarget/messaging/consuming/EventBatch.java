package gov.perftarget.messaging.consuming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import gov.perftarget.messaging.EventTracing;
import io.opentelemetry.api.trace.SpanKind;

import io.quarkus.logging.Log;
import io.micrometer.core.instrument.Metrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

/**
 * Applies the events of one poll (一批事件) together, in one transaction: one commit for the batch rather
 * than one per event, which would make the consumers the stage a submission waits in longest. Each event's effect is the consumer's own
 * {@code @Transactional} method, which joins the batch's transaction. If the batch fails, none of it
 * stays and each event is applied alone ({@link Retries}): an event that fails alone goes to the dead
 * letters without taking the others with it. An event that cannot be read goes there without being
 * tried. Each record is acknowledged on its own, so a committed offset never passes an event that was
 * neither applied nor dead-lettered. Each event is applied in a span of the trace it carries ({@link EventTracing}).
 */
public final class EventBatch {

    private EventBatch() {
    }

    /**
     * Applies a batch delivered by the connector ({@code batch=true}); {@code read} refuses an unreadable
     * record with an {@link IllegalArgumentException}, {@code id} names an event in retries and logs.
     */
    public static <E> CompletionStage<Void> apply(KafkaRecordBatch<String, String> batch,
            Function<ConsumerRecord<String, String>, E> read, Function<E, String> id, Consumer<E> effect) {
        List<CompletionStage<Void>> acknowledgements = new ArrayList<>();
        List<KafkaRecord<String, String>> readRecords = new ArrayList<>();
        List<Received<E>> events = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                ConsumerRecord<String, String> received = consumerRecord(record);
                events.add(new Received<>(read.apply(received), received.topic(), CloudEvents.id(received),
                        EventTracing.traceparent(received.headers())));
                readRecords.add(record);
            } catch (IllegalArgumentException unreadable) {
                acknowledgements.add(deadLettered(record, unreadable));
            }
        }
        EventTracing tracing = EventTracing.get();
        List<RuntimeException> failures = apply(events, received -> id.apply(received.event()),
                received -> tracing.inSpan(received.topic() + " process", SpanKind.CONSUMER, received.traceparent(),
                        Map.of("messaging.system", "kafka", "messaging.destination.name", received.topic(),
                                "messaging.message.id", received.eventId()),
                        () -> effect.accept(received.event())),
                together -> QuarkusTransaction.requiringNew().run(together));
        for (int i = 0; i < events.size(); i++) {
            KafkaRecord<String, String> record = readRecords.get(i);
            acknowledgements.add(failures.get(i) == null ? record.ack() : deadLettered(record, failures.get(i)));
        }
        return CompletableFuture.allOf(acknowledgements.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new));
    }

    /**
     * The rule without the connector: all events in one transaction ({@code inOneTransaction}), else each
     * alone. Answers, for each event in order, null if it was applied, else why it failed.
     */
    static <E> List<RuntimeException> apply(List<E> events, Function<E, String> id, Consumer<E> effect,
            Consumer<Runnable> inOneTransaction) {
        List<RuntimeException> failures = new ArrayList<>(events.size());
        if (events.size() > 1) {
            try {
                Retries.holdIfShuttingDown(id.apply(events.get(0)));
                inOneTransaction.accept(() -> events.forEach(effect));
                events.forEach(event -> failures.add(null));
                return failures;
            } catch (RuntimeException e) {
                Log.warnf("Applying %d events together failed, applying them one by one: %s", events.size(),
                        e.getMessage());
            }
        }
        for (E event : events) {
            try {
                Retries.apply(id.apply(event), () -> effect.accept(event));
                failures.add(null);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        return failures;
    }

    /** A read event, with what its span needs: the topic, the CloudEvents id, the trace context it carries. */
    private record Received<E>(E event, String topic, String eventId, String traceparent) {
    }

    /**
     * Fails the record: the connector sends it to the channel's dead-letter topic. Counted per topic
     * ({@code perftarget_dead_letters_total}), for the alert that an admin has events to look at.
     */
    private static CompletionStage<Void> deadLettered(KafkaRecord<String, String> record, Throwable why) {
        Metrics.counter("perftarget.dead.letters", "topic", record.getTopic()).increment();
        return record.nack(why);
    }

    @SuppressWarnings("unchecked")
    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<String, String>) metadata.getRecord())
                .orElseThrow(() -> new IllegalArgumentException("Record of " + record.getTopic()
                        + " was not received from Kafka"));
    }
}
