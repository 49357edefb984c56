package gov.perftarget.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import gov.perftarget.testing.KafkaBroker;
import gov.perftarget.testing.SeedForm;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Two instances of every service on the same databases and broker (two pods each), submissions spread over both,
 * and one instance of each killed with SIGKILL halfway through the submissions. Every declaration is submitted,
 * frozen, opened for review, pre-reviewed and moved under review exactly once: the audit trails, which record each
 * effect as it is applied, hold one record of each per declaration, whatever the outbox relays sent twice or the
 * consumers received again after the rebalance.
 */
class ScaleOutIT {

    private static final int DECLARATIONS = 60;
    private static final int YEAR = 2034;
    private static final List<String> SERVICES = List.of("budget-service", "indicator-service", "review-service");
    private static RunningServices services;
    /** Each service's address for the others: both its instances behind it. */
    private static final Map<String, TcpBalancer> balancers = new ConcurrentHashMap<>();
    /** The instances still running, per service: the callers' "load balancer". */
    private static final Map<String, List<String>> alive = new ConcurrentHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of(System.getProperty("perftarget.repository.root", "../../.."));
        for (String service : SERVICES) {
            balancers.put(service, new TcpBalancer());
        }
        // the services call each other through the balancers, as through a Kubernetes Service
        Map<String, String> calls = Map.of("BUDGET_SERVICE_URL", balancers.get("budget-service").url(),
                "INDICATOR_SERVICE_URL", balancers.get("indicator-service").url());
        services = new RunningServices(root, "scale-out-logs");
        SERVICES.forEach(service -> services.environment(service, calls));
        services.start(KafkaBroker.bootstrapServers());
        for (String service : SERVICES) {
            services.addInstance(service, service + "-2");
            alive.put(service, new CopyOnWriteArrayList<>(List.of(service, service + "-2")));
            balancers.get(service).balance(List.of(services.url(service), services.url(service + "-2")));
        }
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        if (services != null) {
            services.close();
        }
        for (TcpBalancer balancer : balancers.values()) {
            balancer.close();
        }
    }

    @Test
    void shouldReviewEveryDeclarationExactlyOnceWhenAnInstanceOfEachServiceIsKilled() throws Exception {
        List<String> declarations = new ArrayList<>();
        Map<String, Integer> versions = new ConcurrentHashMap<>();
        for (int i = 0; i < DECLARATIONS; i++) {
            String code = "SO" + UUID.randomUUID().toString().substring(0, 8);
            String departmentId = call("budget-service", i, url -> given().contentType(ContentType.JSON)
                    .body(SeedForm.department(code)).post(url + "/api/v1/departments")).then().statusCode(201)
                    .extract().path("id");
            String declarationId = call("budget-service", i, url -> given().contentType(ContentType.JSON)
                    .body(SeedForm.declaration(departmentId, YEAR).toString()).post(url + "/api/v1/declarations"))
                    .then().statusCode(201).extract().path("id");
            int version = call("indicator-service", i, url -> given().contentType(ContentType.JSON)
                    .body(Map.of("indicators", SeedForm.indicators()))
                    .put(url + "/api/v1/declarations/" + declarationId + "/indicators")).then().statusCode(200)
                    .extract().path("version");
            declarations.add(declarationId);
            versions.put(declarationId, version);
        }

        // submissions from four callers, spread over both budget-service instances; halfway, one of each dies
        AtomicInteger submitted = new AtomicInteger();
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < DECLARATIONS; i++) {
            int n = i;
            String declarationId = declarations.get(i);
            done.add(callers.submit(() -> {
                if (submitted.incrementAndGet() == DECLARATIONS / 2) {
                    for (String service : SERVICES) {
                        alive.get(service).remove(service);
                        services.stop(service, true); // SIGKILL: no shutdown, whatever was in flight is cut
                    }
                }
                Response answer = null;
                for (int attempt = 0; attempt < 20 && (answer == null || answer.statusCode() == 503); attempt++) {
                    if (answer != null) {
                        Thread.sleep(1000); // 503: a service it needs lost an instance just now; retry, as Retry-After says
                    }
                    answer = call("budget-service", n, url -> given().contentType(ContentType.JSON)
                            .body(Map.of("indicatorSetVersion", versions.get(declarationId)))
                            .post(url + "/api/v1/declarations/" + declarationId + "/submit"));
                }
                // 409: a first attempt reached the killed instance and was committed before it died
                assertTrue(answer.statusCode() == 201 || answer.statusCode() == 409, declarationId + ": " + answer.asString());
                accepted.add(declarationId);
                return null;
            }));
        }
        try {
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(DECLARATIONS, accepted.size());

        // the survivors carry every submission through: the relays publish what the dead ones left in the outbox,
        // the consumer groups hand the dead consumers' partitions over, the pre-review takes what was pending
        SeedClient.await(() -> count("budget-service", "/api/v1/declarations?fiscalYear=" + YEAR + "&status=UNDER_REVIEW")
                == DECLARATIONS, Duration.ofMinutes(4), "every declaration under review");
        assertEquals(DECLARATIONS, count("review-service", "/api/v1/reviews?fiscalYear=" + YEAR));
        assertEquals(DECLARATIONS, count("review-service", "/api/v1/reviews?fiscalYear=" + YEAR + "&status=PRE_REVIEWED"));
        // each effect applied once, however often its event was sent or delivered
        assertEquals(DECLARATIONS, audited("budget-service", "declaration.submit"));
        assertEquals(DECLARATIONS, audited("budget-service", "declaration.pre-reviewed"));
        assertEquals(DECLARATIONS, audited("indicator-service", "indicators.freeze"));
        assertEquals(DECLARATIONS, audited("review-service", "review.open"));
        assertEquals(DECLARATIONS, audited("review-service", "review.pre-review"));
    }

    /**
     * Sends a request to an instance of the service (the n-th caller's turn), and to the other one when the first
     * cannot be reached (it was killed): what a Service in front of two pods does.
     */
    private static Response call(String service, int n, Function<String, Response> request) {
        Exception last = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            List<String> instances = alive.get(service);
            String instance = instances.get((n + attempt) % instances.size());
            try {
                return request.apply(services.url(instance));
            } catch (Exception unreachable) { // RestAssured rethrows the socket's IOException unchecked
                last = unreachable;
            }
        }
        throw new IllegalStateException("no instance of " + service + " answered", last);
    }

    /** The total of a list, asked of a running instance. */
    private static long count(String service, String list) {
        return ((Number) call(service, 0, url -> given().get(url + list + (list.contains("?") ? "&" : "?") + "size=1"))
                .then().statusCode(200).extract().path("total")).longValue();
    }

    private static long audited(String service, String action) {
        return count(service, "/api/v1/audit-records?action=" + action);
    }
}
