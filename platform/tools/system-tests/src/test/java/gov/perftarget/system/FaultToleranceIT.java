package gov.perftarget.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing is lost and nothing is applied twice, with the three packaged services on a Kafka broker
 * that the test stops and starts again, and with review-service crashing mid-stream.
 */
class FaultToleranceIT {

    private static KafkaProcess kafka;
    private static RunningServices services;

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of(System.getProperty("perftarget.repository.root", "../../.."));
        kafka = new KafkaProcess(root.resolve("platform/tools/system-tests/target/fault-kafka-" + System.nanoTime()));
        kafka.start();
        services = new RunningServices(root, "fault-tolerance-logs").start(kafka.bootstrapServers());
    }

    @AfterAll
    static void stop() throws Exception {
        RunningServices.stopWithBroker(services, kafka);
    }

    @Test
    void shouldReviewEverySubmissionAcceptedWhileKafkaWasDownExactlyOnce() throws Exception {
        int fiscalYear = 2061;
        int count = 200;
        kafka.stop();
        List<String> declarations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = SeedClient.createSeedDeclaration(services, fiscalYear);
            SeedClient.submit(services, id); // 201 although Kafka is down: the event waits in the outbox
            declarations.add(id);
        }
        assertEquals(0, SeedClient.reviews(services, fiscalYear, null), "nothing can reach review while Kafka is down");
        for (String service : List.of("budget-service", "indicator-service", "review-service")) {
            given().get(services.managementUrl(service) + "/q/health/ready").then()
                    .statusCode(200); // the API works without Kafka: every pod stays in its Service
        }

        kafka.start();
        SeedClient.await(() -> SeedClient.reviews(services, fiscalYear, "PRE_REVIEWED") == count,
                Duration.ofMinutes(3), count + " pre-reviews");
        assertEquals(count, SeedClient.reviews(services, fiscalYear, null), "each submission reviewed exactly once");
        SeedClient.await(() -> given().queryParam("fiscalYear", fiscalYear).queryParam("status", "UNDER_REVIEW")
                .queryParam("size", 1).get(services.url("budget-service") + "/api/v1/declarations")
                .<Integer>path("total") == count, Duration.ofMinutes(1), "every declaration under review");
    }

    @Test
    void shouldReviewEverySubmissionOnceWhenReviewServiceCrashesMidStream() throws Exception {
        int fiscalYear = 2062;
        int count = 40;
        for (int i = 0; i < count; i++) {
            if (i == count / 2) {
                services.stop("review-service", true);
            }
            SeedClient.submit(services, SeedClient.createSeedDeclaration(services, fiscalYear));
        }
        services.restart("review-service");

        SeedClient.await(() -> SeedClient.reviews(services, fiscalYear, "PRE_REVIEWED") == count,
                Duration.ofMinutes(2), count + " pre-reviews");
        Thread.sleep(2000); // time for any duplicate to show
        assertEquals(count, SeedClient.reviews(services, fiscalYear, null), "each submission reviewed exactly once");
    }

    @Test
    void shouldDeadLetterNothingWhenReviewServiceIsStoppedWhileWorkingOffABacklog() throws Exception {
        int fiscalYear = 2063;
        int count = 300;
        services.stop("review-service", false);
        for (int i = 0; i < count; i++) {
            SeedClient.submit(services, SeedClient.createSeedDeclaration(services, fiscalYear));
        }
        services.restart("review-service");
        SeedClient.await(() -> SeedClient.reviews(services, fiscalYear, null) > 0, Duration.ofMinutes(1),
                "the first reviews of the backlog");
        services.stop("review-service", false); // a graceful stop, in the middle of the backlog
        services.restart("review-service");

        SeedClient.await(() -> SeedClient.reviews(services, fiscalYear, "PRE_REVIEWED") == count,
                Duration.ofMinutes(2), count + " pre-reviews");
        assertEquals(count, SeedClient.reviews(services, fiscalYear, null), "each submission reviewed exactly once");
        assertEquals(0, given().get(services.url("review-service") + "/api/v1/dead-letters").then().statusCode(200)
                .extract().<Integer>path("total"), "an event cut off by the stop is delivered again, not dead-lettered");
    }
}
