package gov.perftarget.messaging.outbox;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the transactional outbox and its relay ({@code perftarget.outbox.*}). */
@ConfigMapping(prefix = "perftarget.outbox")
public interface OutboxConfig {

    /** The topic of each event type the service publishes ({@code perftarget.outbox.topics.<type>}). */
    Map<String, String> topics();

    /** How many pending events one relay run publishes at most. */
    @WithDefault("100")
    int batchSize();

    /** How often the relay sweeps for events still pending (a commit starts a run at once; read by the {@code @Scheduled} sweep). */
    @WithDefault("1s")
    Duration relayInterval();

    /**
     * How long the relay waits after a commit before it publishes, so that the events of the commits in
     * that while go out in one run: one transaction, one request to Kafka, and downstream one poll and one
     * transaction per consumer, instead of one each. Zero publishes at once after every commit.
     */
    @WithDefault("100ms")
    Duration relayLinger();

    /** The health group {@code events} is DOWN while an event has waited longer than this. */
    @WithDefault("5m")
    Duration maxPendingAge();

    /** Partitions of a topic the relay creates (events of one declaration stay in one partition). */
    @WithDefault("3")
    int topicPartitions();

    /** Replication factor of a topic the relay creates. */
    @WithDefault("1")
    short topicReplicationFactor();

    /** How long the relay waits for Kafka to acknowledge one event before it tries again later. */
    @WithDefault("10s")
    Duration sendTimeout();
}
