package gov.perftarget.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a {@code @QuarkusTest} application at the in-process {@link KafkaBroker}.
 * Register it once per module with {@code @WithTestResource(value = KafkaBrokerTestResource.class,
 * scope = TestResourceScope.GLOBAL)} so one broker and one Quarkus boot serve every test class.
 */
public class KafkaBrokerTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", KafkaBroker.bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker stops with the JVM: another test application of the same run may still use it
    }
}
