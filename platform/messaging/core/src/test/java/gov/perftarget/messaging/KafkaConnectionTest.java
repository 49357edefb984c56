package gov.perftarget.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The service's own Kafka clients connect as the connector does: its security, SASL and SSL settings, set ones only. */
class KafkaConnectionTest {

    @Test
    void shouldTakeTheConnectorsSecuritySaslAndSslSettingsThatAreSet() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "kafka.bootstrap.servers", "broker:9093",
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", "ScramLoginModule required username=\"budget-service\" password=\"p\";",
                "kafka.ssl.truststore.type", "PEM",
                "kafka.ssl.truststore.location", "",
                "kafka.group.id", "budget-service",
                "mp.messaging.incoming.x.topic", "x"), "test", 100)).build();

        assertEquals(Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "ScramLoginModule required username=\"budget-service\" password=\"p\";",
                "ssl.truststore.type", "PEM"), KafkaConnection.settings(config));
    }
}
