package gov.perftarget.messaging.consuming;

import gov.perftarget.messaging.MessagingConfig;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.HealthGroup;

/**
 * The lag of each of this service's Kafka consumers (events on the topic not yet consumed by its
 * group), in the health group {@code /q/health/group/events}: DOWN when a lag passes
 * {@code perftarget.messaging.max-consumer-lag} or Kafka cannot be asked. Not part of readiness: a service
 * behind on its events still serves its API.
 */
@ApplicationScoped
@HealthGroup("events")
public class ConsumerLagCheck implements HealthCheck {

    private static final String PREFIX = "mp.messaging.incoming.";

    /** A channel's group when it names none: the connector's (platform/messaging's shared configuration). */
    private static final String CONNECTOR_GROUP = "mp.messaging.connector.smallrye-kafka.group.id";

    private final Config config;
    private final MessagingConfig messaging;

    public ConsumerLagCheck(Config config, MessagingConfig messaging) {
        this.config = config;
        this.messaging = messaging;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("consumer-lag").up();
        Map<String, Long> lags = new TreeMap<>();
        try (Admin admin = Admin.create(messaging.clientProperties(Map.of(
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000)))) {
            for (Map.Entry<String, String[]> channel : channels().entrySet()) {
                lags.put(channel.getKey(), lag(admin, channel.getValue()[0], channel.getValue()[1]));
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return response.down().withData("error", "Kafka cannot be asked: " + e.getMessage()).build();
        }
        lags.forEach(response::withData);
        if (lags.values().stream().anyMatch(lag -> lag > messaging.maxConsumerLag())) {
            response.down();
        }
        return response.build();
    }

    /** Channel name → {topic, group}, from the messaging configuration. */
    private Map<String, String[]> channels() {
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(PREFIX) && name.endsWith(".topic") && !name.contains("dead-letter"))
                .collect(Collectors.toMap(
                        name -> name.substring(PREFIX.length(), name.length() - ".topic".length()),
                        name -> {
                            String channel = name.substring(PREFIX.length(), name.length() - ".topic".length());
                            return new String[] { config.getValue(name, String.class),
                                    config.getOptionalValue(PREFIX + channel + ".group.id", String.class)
                                            .or(() -> config.getOptionalValue(CONNECTOR_GROUP, String.class))
                                            .orElse(channel) };
                        }, (a, b) -> a, TreeMap::new));
    }

    private static long lag(Admin admin, String topic, String group) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get(3, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        try {
            admin.describeTopics(java.util.List.of(topic)).allTopicNames().get(3, TimeUnit.SECONDS).get(topic)
                    .partitions().forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
                return 0; // nothing was ever published to it
            }
            throw e;
        }
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                .get(3, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }
}
