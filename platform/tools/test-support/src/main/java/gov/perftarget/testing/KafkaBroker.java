package gov.perftarget.testing;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.server.common.MetadataVersion;
import org.jboss.logging.Logger;

/**
 * One real Apache Kafka broker (KRaft, combined broker and controller) running inside the
 * test JVM, started on first use and stopped when the JVM exits.
 *
 * <p>It is Kafka's own test kit, not a mock: clients talk to it over TCP on a random port.
 * Kafka's test kit is an internal API; re-check this class on every Quarkus/Kafka upgrade.
 */
public final class KafkaBroker {

    private static final Logger LOG = Logger.getLogger(KafkaBroker.class);
    private static KafkaClusterTestKit cluster;

    private KafkaBroker() {
    }

    /** Starts the broker if it is not running yet and returns its bootstrap address. */
    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            cluster = start();
            Runtime.getRuntime().addShutdownHook(new Thread(KafkaBroker::stop, "kafka-test-broker-stop"));
        }
        return cluster.bootstrapServers();
    }

    private static KafkaClusterTestKit start() {
        // The broker shares the test JVM: a fatal fault inside it (a race while it stops in the JVM's
        // shutdown hook, say) must not halt the JVM with a non-zero code after every test has passed.
        Exit.setExitProcedure((code, message) -> LOG.warnf("Kafka asked to exit(%d): %s", code, message));
        Exit.setHaltProcedure((code, message) -> LOG.warnf("Kafka asked to halt(%d): %s", code, message));
        try {
            TestKitNodes nodes = new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    // the test kit's default is an unstable metadata version
                    .setBootstrapMetadataVersion(MetadataVersion.LATEST_PRODUCTION)
                    .build();
            KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(nodes)
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .build();
            kit.format();
            kit.startup();
            kit.waitForReadyBrokers();
            return kit;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the in-process Kafka broker", e);
        }
    }

    private static synchronized void stop() {
        if (cluster != null) {
            try {
                cluster.close();
            } catch (Exception e) {
                // the JVM is exiting; nothing left to do with a broker that will not stop
            }
            cluster = null;
        }
    }
}
