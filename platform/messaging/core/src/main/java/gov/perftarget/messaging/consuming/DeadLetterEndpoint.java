package gov.perftarget.messaging.consuming;

import static gov.perftarget.messaging.Messages.MESSAGES;

import gov.perftarget.messaging.MessagingConfig;

import gov.perftarget.api.ApiDocumentFilter;
import gov.perftarget.api.ApiException;
import gov.perftarget.api.ProblemType;
import gov.perftarget.api.Page;
import gov.perftarget.api.PageRequest;
import gov.perftarget.api.ProblemResponses;
import gov.perftarget.audit.AuditTrail;
import gov.perftarget.security.Roles;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Dead letters (死信) of this service's consumers, for an admin: list them with the reason each
 * failed, and replay one to the topic it came from once the cause is fixed. Consumers apply each
 * event id once, so a replay of an event that was applied after all changes nothing. A service opts in
 * with a resource of its own that extends this one and carries {@link #PATH} and the tag.
 */
public abstract class DeadLetterEndpoint {

    public static final String PATH = "/api/v1/dead-letters";
    public static final String TAG = "Dead letters";
    public static final String TAG_DESCRIPTION = "死信 events this service could not apply";

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    @Inject
    MessagingConfig messaging;
    @Inject
    AuditTrail audit;

    private List<String> topics() {
        return messaging.deadLetterTopics().orElse(List.of());
    }

    /** One dead letter: where it is, what it was, and why it failed. */
    @Schema(description = "死信 an event that could not be applied")
    public record DeadLetter(String topic, int partition, long offset, Instant deadAt, String originalTopic,
            String eventId, String key, String value, String reason, String cause) {
    }

    /** A page of dead letters, for the OpenAPI document (generic records have no schema of their own). */
    @Schema(name = "DeadLetterPage", description = "一页死信 (one page of dead letters)")
    public record DeadLetterPage(List<DeadLetter> items, int page, int size, long total) {
    }

    /** The fields a list of dead letters sorts by; by default the oldest first. */
    static final PageRequest.Sortable<Comparator<DeadLetter>> SORTABLE = new PageRequest.Sortable<>(Map.of(
            "deadAt", Comparator.comparing(DeadLetter::deadAt), "topic", Comparator.comparing(DeadLetter::topic)),
            "deadAt");

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    // the service's own resource carries the path, so the roles are named for the document here
    @SecurityRequirement(name = "bearerJwt", scopes = Roles.ADMIN)
    @Operation(operationId = "listDeadLetters", summary = "List this service's dead letters (死信列表)",
            description = "Sorts by deadAt, topic (default deadAt: oldest first).")
    @APIResponse(responseCode = "200", description = "one page of dead letters",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetterPage.class)))
    @ProblemResponses.BadRequest
    public Page<DeadLetter> list(@Valid @BeanParam PageRequest paging) {
        Comparator<DeadLetter> order = paging.comparator(SORTABLE, Comparator.comparing(DeadLetter::topic)
                .thenComparingInt(DeadLetter::partition).thenComparingLong(DeadLetter::offset));
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics()) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, READ_TIMEOUT);
                if (infos != null) {
                    infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
            }
            if (partitions.isEmpty()) {
                return paging.page(List.of());
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (Instant.now().isBefore(deadline)
                    && partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> letters.add(letter(record)));
            }
        }
        letters.sort(order);
        return paging.page(letters);
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Path("/{topic}/{partition}/{offset}/replay")
    @RolesAllowed(Roles.ADMIN)
    // the service's own resource carries the path, so the roles are named for the document here
    @SecurityRequirement(name = "bearerJwt", scopes = Roles.ADMIN)
    @Operation(operationId = "replayDeadLetter",
            extensions = @Extension(name = ApiDocumentFilter.PROBLEM_TYPES, value = "dead-letter-without-origin kafka-unavailable"),
            summary = "Send a dead letter again to the topic it came from (重放死信)")
    @APIResponse(responseCode = "202", description = "sent again; the consumer will apply it (once)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadLetter.class)))
    @ProblemResponses.NotFound
    public Response replay(@PathParam("topic") String topic, @PathParam("partition") int partition,
            @PathParam("offset") long offset) {
        if (!topics().contains(topic)) {
            throw ApiException.notFound(MESSAGES.text("resource.dead-letter-topic"), topic);
        }
        if (partition < 0) {
            throw ApiException.badRequest("partition", MESSAGES.text("dead-letter.partition-negative"));
        }
        if (offset < 0) {
            throw ApiException.badRequest("offset", MESSAGES.text("dead-letter.offset-negative"));
        }
        ConsumerRecord<String, String> record = read(new TopicPartition(topic, partition), offset)
                .orElseThrow(() -> ApiException.notFound(
                        MESSAGES.text("resource.dead-letter"), topic + "/" + partition + "/" + offset));
        DeadLetter letter = letter(record);
        if (letter.originalTopic() == null) {
            throw ApiException.conflict(ProblemType.DEAD_LETTER_WITHOUT_ORIGIN,
                    MESSAGES.text("problem.dead-letter-without-origin"));
        }
        ProducerRecord<String, String> again = new ProducerRecord<>(letter.originalTopic(), record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("dead-letter-")) {
                again.headers().add(header);
            }
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(messaging.clientProperties(Map.of(
                ProducerConfig.ACKS_CONFIG, "all")),
                new StringSerializer(), new StringSerializer())) {
            producer.send(again).get(READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new ApiException(ProblemType.KAFKA_UNAVAILABLE,
                    MESSAGES.text("problem.kafka-unavailable"), List.of());
        }
        // who sent which event through again: the consumer's own record names the event it applied
        QuarkusTransaction.requiringNew().run(() -> audit.recordCall("dead-letter.replay", "dead-letter",
                topic + "/" + partition + "/" + offset, null, letter));
        return Response.accepted(letter).build();
    }

    private Optional<ConsumerRecord<String, String>> read(TopicPartition partition, long offset) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            // a partition or an offset that is not there answers at once, without waiting for records
            List<PartitionInfo> partitions = consumer.partitionsFor(partition.topic(), READ_TIMEOUT);
            if (partitions == null || partitions.stream().noneMatch(p -> p.partition() == partition.partition())) {
                return Optional.empty();
            }
            long first = consumer.beginningOffsets(List.of(partition), READ_TIMEOUT).get(partition);
            long end = consumer.endOffsets(List.of(partition), READ_TIMEOUT).get(partition);
            if (offset < first || offset >= end) {
                return Optional.empty();
            }
            consumer.assign(List.of(partition));
            consumer.seek(partition, offset);
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    return record.offset() == offset ? Optional.of(record) : Optional.empty();
                }
            }
            return Optional.empty();
        }
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(messaging.clientProperties(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)),
                new StringDeserializer(), new StringDeserializer());
    }

    private static DeadLetter letter(ConsumerRecord<String, String> record) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                Instant.ofEpochMilli(record.timestamp()), header(record, "dead-letter-topic"), header(record, "ce_id"),
                record.key(), record.value(), header(record, "dead-letter-reason"), header(record, "dead-letter-cause"));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
