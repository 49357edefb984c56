package gov.perftarget.messaging;

import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How the service reaches the brokers, as the Kafka connector is configured: {@code kafka.security.protocol} and
 * every {@code kafka.sasl.*} and {@code kafka.ssl.*} setting, without the prefix. The service's own Kafka clients
 * (outbox relay, dead-letter reader, lag check) take the same, so that the connector and they never differ.
 */
public final class KafkaConnection {

    private static final String PREFIX = "kafka.";

    private KafkaConnection() {
    }

    /** The connection settings that are set (an empty value is not). */
    public static Map<String, String> settings() {
        return settings(ConfigProvider.getConfig());
    }

    static Map<String, String> settings(Config config) {
        Map<String, String> settings = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            String key = name.substring(PREFIX.length());
            if (key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                config.getOptionalValue(name, String.class).filter(value -> !value.isBlank())
                        .ifPresent(value -> settings.put(key, value));
            }
        }
        return settings;
    }
}
