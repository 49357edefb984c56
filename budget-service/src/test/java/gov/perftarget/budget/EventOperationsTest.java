package gov.perftarget.budget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import gov.perftarget.messaging.outbox.EventOutbox;
import gov.perftarget.messaging.outbox.RevisionEvent;
import gov.perftarget.messaging.outbox.OutboxEvent;
import gov.perftarget.testing.KafkaBroker;
import gov.perftarget.testing.TopicReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** The outbox publishes exactly what committed, and its backlog and the consumers' lag are visible. */
@QuarkusTest
// about behaviour, not access: every request acts as one user with every role (AuthorizationMatrixTest covers access)
@TestSecurity(user = "tester", roles = { "declarant", "reviewer", "admin" })
class EventOperationsTest {

    @Inject
    EventOutbox outbox;

    /** A bare event of a given type about revision 1 of a declaration. */
    record TestEvent(String type, UUID declarationId, int revision) implements RevisionEvent {
    }

    private void addEvent(UUID key) {
        outbox.add(new TestEvent("declaration-submitted", key, 1));
    }

    @Test
    void shouldPublishNothingForATransactionThatRolledBack() {
        UUID rolledBack = UUID.randomUUID();
        UUID committed = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            addEvent(rolledBack);
            throw new IllegalStateException("the rest of the state change failed");
        }));
        QuarkusTransaction.requiringNew().run(() -> addEvent(committed));

        assertEquals(1, TopicReader.recordsWithKey("declaration-submitted", committed.toString(), 1,
                Duration.ofSeconds(30)).size(), "the committed event is published");
        assertEquals(0, TopicReader.recordsWithKey("declaration-submitted", rolledBack.toString(), 1,
                Duration.ofSeconds(3)).size(), "the rolled back one is not");
        assertEquals(0, (long) QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("eventKey",
                rolledBack.toString())));
    }

    @Test
    void shouldCreateATopicWithTheConfiguredPartitions() throws Exception {
        String topic = "partition-check-" + UUID.randomUUID();
        UUID key = UUID.randomUUID();
        UUID eventId = QuarkusTransaction.requiringNew().call(() -> outbox.addTo(topic,
                new TestEvent("partition-check", key, 1)));
        // no reader may touch the topic before the relay creates it: a reader's metadata request would create it too
        long deadline = System.currentTimeMillis() + 30_000;
        while (QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>findById(eventId).publishedAt) == null) {
            assertTrue(System.currentTimeMillis() < deadline, "the relay publishes the event");
            Thread.sleep(100);
        }
        assertEquals(1, TopicReader.recordsWithKey(topic, key.toString(), 1, Duration.ofSeconds(30)).size());
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers()))) {
            assertEquals(4, admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size(),
                    "perftarget.outbox.topic-partitions, not the broker's default of 3");
        }
    }

    @Test
    void shouldShowTheOutboxBacklogAndTheConsumerLag() {
        // health and metrics live on the management interface, not the API's port
        int management = ConfigProvider.getConfig().getOptionalValue("quarkus.management.test-port", Integer.class).orElse(9001);
        given().port(management).get("/q/health/group/events").then().statusCode(200)
                .body("checks.find { it.name == 'outbox' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox' }.data.pending", org.hamcrest.Matchers.notNullValue())
                .body("checks.find { it.name == 'consumer-lag' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'consumer-lag' }.data.'declaration-reviewed'",
                        org.hamcrest.Matchers.notNullValue())
                .body("checks.find { it.name == 'consumer-lag' }.data.'declaration-pre-reviewed'",
                        org.hamcrest.Matchers.notNullValue());
        given().port(management).get("/q/metrics").then().statusCode(200)
                .body(containsString("perftarget_outbox_pending"))
                .body(containsString("perftarget_outbox_oldest_pending_seconds"))
                .body(containsString("kafka_consumer_fetch_manager_records_lag"));
    }
}
