package gov.perftarget.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings every Kafka client of a service shares ({@code perftarget.messaging.*}): the outbox relay's
 * producer and admin, the dead-letter reader and the lag check all connect through these.
 */
@ConfigMapping(prefix = "perftarget.messaging")
public interface MessagingConfig {

    /** The brokers; the same as the connector's {@code kafka.bootstrap.servers}. */
    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();

    /** Further properties every Kafka client of the service gets, beyond the connection's ({@link KafkaConnection}). */
    Map<String, String> client();

    /**
     * The properties of one Kafka client: how the connector reaches the brokers ({@code kafka.security.protocol},
     * {@code kafka.sasl.*}, {@code kafka.ssl.*}), the shared ones, then the client's own.
     */
    default Map<String, Object> clientProperties(Map<String, Object> own) {
        Map<String, Object> properties = new HashMap<>(KafkaConnection.settings());
        properties.putAll(client());
        properties.put("bootstrap.servers", bootstrapServers());
        properties.putAll(own);
        return properties;
    }

    /** CloudEvents {@code source} of the events this service publishes: {@code /<service name>}. */
    @WithDefault("/${quarkus.application.name}")
    String eventSource();

    /** Dead-letter topics an admin may list and replay ({@code GET /api/v1/dead-letters}). */
    Optional<List<String>> deadLetterTopics();

    /** The health group {@code events} is DOWN while a consumer group lags more events than this. */
    @WithDefault("10000")
    long maxConsumerLag();
}
