package gov.perftarget.messaging.outbox;

import gov.perftarget.messaging.EventTracing;
import gov.perftarget.messaging.MessagingConfig;

import gov.perftarget.messaging.OnDemandRun;
import gov.perftarget.messaging.consuming.CloudEvents;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

import io.opentelemetry.api.trace.SpanKind;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes the outbox to Kafka: oldest first, a batch of sends in flight at a time, marking each
 * event published only once the broker has it ({@code acks=all}, idempotent producer). While
 * Kafka is unreachable the events stay pending and the next run tries again, so nothing is lost;
 * an event may be sent twice after a crash between send and mark, which consumers absorb by id.
 * A run starts when a transaction that added events commits, and at each sweep
 * ({@code perftarget.outbox.relay-interval}); runs never overlap ({@link OnDemandRun}).
 *
 * <p>Events are CloudEvents 1.0 in binary mode: the {@code ce_*} headers carry the attributes,
 * the record value the JSON data; the {@code traceparent} header the trace context ({@link EventTracing}).
 */
@ApplicationScoped
public class OutboxRelay {

    private final OutboxConfig config;
    private final KafkaProducer<String, String> producer;
    private final Admin admin;
    private final Set<String> ensuredTopics = ConcurrentHashMap.newKeySet();
    /** The relay's runs, one at a time on its own thread. */
    private final OnDemandRun runs = new OnDemandRun("outbox-relay", this::publishPending);
    /** CloudEvents {@code source}: the publishing service. */
    private final String source;

    private final EventTracing tracing;

    public OutboxRelay(OutboxConfig config, MessagingConfig messaging, EventTracing tracing) {
        this.config = config;
        this.tracing = tracing;
        this.source = messaging.eventSource();
        this.producer = new KafkaProducer<>(messaging.clientProperties(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) config.sendTimeout().toMillis(),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(config.sendTimeout().toMillis(), 5000),
                ProducerConfig.LINGER_MS_CONFIG, 0)),
                new StringSerializer(), new StringSerializer());
        this.admin = Admin.create(messaging.clientProperties(Map.of(
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) config.sendTimeout().toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(config.sendTimeout().toMillis(), 5000))));
    }

    /**
     * Publishes the outbox once the caller's transaction commits (what {@link EventOutbox#add} asks for),
     * within {@code perftarget.outbox.relay-linger}: an event does not wait for the next sweep, and the
     * events of the commits in that while go out in one run.
     */
    void publishAfterCommit(TransactionSynchronizationRegistry transaction) {
        runs.requestAfterCommit(transaction, config.relayLinger());
    }

    /** The sweep: for events an earlier run could not send (Kafka was away) or another replica left. */
    @Scheduled(every = "${perftarget.outbox.relay-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class) // not while shutting down: the database is gone
    void sweep() {
        runs.request();
    }

    /**
     * Each run drains the backlog: batch after batch, each in its own transaction, until a batch comes
     * back short (nothing more is pending) or a send fails (Kafka is away: the next run tries again).
     */
    private void publishPending() {
        while (QuarkusTransaction.requiringNew().call(this::publishBatch)) {
            // a full batch went out: more may be waiting
        }
    }

    /**
     * Sends a batch without waiting between events (the idempotent producer keeps their order per
     * partition), then marks them published in order as the broker acknowledges them; at the first
     * failure the rest stay pending, to be sent again (consumers absorb a repeat by its id).
     *
     * @return whether the batch was full and every event of it was published
     */
    boolean publishBatch() {
        List<OutboxEvent> batch = OutboxEvent.lockPending(config.batchSize());
        List<Future<RecordMetadata>> sends = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            try {
                ensureTopic(event.topic);
                // a span in the trace of the change that wrote the event; the record carries it on to the consumers
                sends.add(tracing.inSpan(event.topic + " publish", SpanKind.PRODUCER, event.traceParent, List.of(),
                        Map.of("messaging.system", "kafka", "messaging.destination.name", event.topic,
                                "messaging.message.id", event.id.toString()),
                        () -> producer.send(toRecord(event))));
            } catch (Exception e) {
                sends.add(CompletableFuture.failedFuture(e)); // reported in its turn; later events wait
                break;
            }
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (int i = 0; i < sends.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                event.publishedAt = OffsetDateTime.now(ZoneOffset.UTC);
                event.lastError = null;
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
                event.attempts++;
                event.lastError = String.valueOf(cause.getMessage());
                Log.warnf("Outbox event %s (%s) not published yet, will retry: %s", event.id, event.eventType,
                        cause.getMessage());
                return false;
            }
        }
        return batch.size() == config.batchSize();
    }

    /**
     * Creates a topic before its first event, with the configured partitions and replication, so that
     * both are configuration rather than the broker's defaults; an existing topic is left as it is.
     */
    private void ensureTopic(String topic) throws Exception {
        if (ensuredTopics.contains(topic)) {
            return;
        }
        try {
            admin.createTopics(List.of(new NewTopic(topic, config.topicPartitions(), config.topicReplicationFactor())))
                    .all().get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            Log.infof("Created topic %s with %d partitions", topic, config.topicPartitions());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicAuthorizationException
                    || e.getCause() instanceof ClusterAuthorizationException) {
                // a secured cluster creates its topics from KafkaTopic resources: the service may only write
                Log.infof("Not allowed to create topic %s: sending to it as it is", topic);
            } else if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        ensuredTopics.add(topic);
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(event.topic, event.eventKey, event.payload);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", event.id.toString());
        header(record, "ce_type", event.eventType);
        header(record, "ce_source", source);
        header(record, "ce_subject", event.subject);
        header(record, "ce_time", event.occurredAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        // the $id of the event type's schema in platform/event-contracts
        header(record, "ce_dataschema", ExportedEvent.dataSchema(event.eventType));
        header(record, "content-type", "application/json");
        tracing.writeTo(record.headers());
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    void stop(@Observes ShutdownEvent stopping) {
        runs.stop();
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
