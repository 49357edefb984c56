package gov.perftarget.system;

import java.io.File;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import gov.perftarget.testing.Tokens;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.config.HeaderConfig;

/**
 * The three services as built by the reactor ({@code target/quarkus-app}), each started as its
 * own JVM process on a free port, against the {@code *_e2e} databases and the given Kafka broker.
 */
final class RunningServices implements AutoCloseable {

    private static final Path PUBLIC_KEY = Tokens.publicKeyFile();
    private static final Path PRIVATE_KEY = Tokens.privateKeyFile();

    private final Path root;
    private final Path logs;

    /** The lines a service has logged so far (JSON objects, as in the cluster). */
    List<String> logLines(String service) throws IOException {
        return Files.readAllLines(logs.resolve(service + ".log"));
    }
    private final Map<String, String> urls = new LinkedHashMap<>();
    private final Map<String, String> managementUrls = new LinkedHashMap<>();
    private final Map<String, ProcessBuilder> builders = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();

    /** Where the services export the traces they sample (every trace a request marks sampled). */
    private TraceCollector traces;

    /** The spans the services exported so far. */
    TraceCollector traces() {
        return traces;
    }

    /** How often the outbox relays and the pre-review sweep for work a commit did not start at once. */
    private String sweepInterval = "200ms";

    RunningServices(Path root, String logFolder) {
        this.root = root;
        this.logs = root.resolve("platform/tools/system-tests/target").resolve(logFolder);
    }

    /** Settings of one service's environment beyond the usual (before {@link #start}): how it reaches a secured Kafka. */
    RunningServices environment(String service, Map<String, String> settings) {
        serviceEnvironments.put(service, Map.copyOf(settings));
        return this;
    }

    private final Map<String, Map<String, String>> serviceEnvironments = new LinkedHashMap<>();

    /** Stops the services, then the broker they ran on (either may be null: a start that failed half-way). */
    static void stopWithBroker(RunningServices services, KafkaProcess kafka) throws InterruptedException {
        if (services != null) {
            services.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    /** Sweeps this seldom (before {@link #start}): then only the runs a commit starts move events and pre-reviews. */
    RunningServices sweepEvery(String interval) {
        this.sweepInterval = interval;
        return this;
    }

    String url(String service) {
        return urls.get(service);
    }

    /** The service's management interface: health and metrics, on a port of its own. */
    String managementUrl(String service) {
        return managementUrls.get(service);
    }

    /**
     * Starts the three packaged services and makes every RestAssured request of the test carry a
     * token with all three roles (the flows are about behaviour; access is the matrix tests' and
     * {@code SeedDeclarationIT}'s explicit tokens'). A request's own Authorization header replaces it.
     */
    RunningServices start(String kafkaBootstrapServers) throws IOException, InterruptedException {
        Files.createDirectories(logs);
        traces = new TraceCollector();
        RestAssured.config = RestAssured.config()
                .headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("Authorization"));
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", Tokens.bearer(Tokens.allRoles())).build();
        int budgetPort = freePort();
        int indicatorPort = freePort();
        int reviewPort = freePort();
        try {
            start("budget-service", budgetPort, "budget_e2e", kafkaBootstrapServers,
                    Map.of("INDICATOR_SERVICE_URL", "http://localhost:" + indicatorPort));
            start("indicator-service", indicatorPort, "indicator_e2e", kafkaBootstrapServers,
                    Map.of("BUDGET_SERVICE_URL", "http://localhost:" + budgetPort));
            start("review-service", reviewPort, "review_e2e", kafkaBootstrapServers,
                    Map.of("INDICATOR_SERVICE_URL", "http://localhost:" + indicatorPort,
                            "BUDGET_SERVICE_URL", "http://localhost:" + budgetPort));
            for (String service : urls.keySet()) {
                awaitReady(service);
            }
            return this;
        } catch (IOException | InterruptedException | RuntimeException e) {
            close(); // a service left running would share the *_e2e databases with the next test's services
            throw e;
        }
    }

    private void start(String service, int port, String database, String kafka, Map<String, String> extraEnv)
            throws IOException {
        Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (mvn package)");
        }
        ProcessBuilder builder = new ProcessBuilder(javaExecutable(), "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve(service + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("HTTP_PORT", String.valueOf(port));
        int managementPort = freePort();
        env.put("MANAGEMENT_PORT", String.valueOf(managementPort));
        env.put("DB_URL", "jdbc:postgresql://localhost:5432/" + database);
        // a packaged service runs in the prod profile: its credentials come only from the environment
        env.put("DB_USERNAME", System.getenv().getOrDefault("DB_USERNAME", "perftarget_app"));
        env.put("DB_PASSWORD", System.getenv().getOrDefault("DB_PASSWORD", "perftarget_app"));
        env.put("DB_OWNER_USERNAME", System.getenv().getOrDefault("DB_OWNER_USERNAME", "perftarget"));
        env.put("DB_OWNER_PASSWORD", System.getenv().getOrDefault("DB_OWNER_PASSWORD", "perftarget"));
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        env.put("LOG_JSON", "true"); // as in the cluster
        env.put("ACCESS_LOG", "true");
        env.put("OTLP_TRACES_ENDPOINT", traces.endpoint());
        env.put("OTLP_TRACES_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms"); // spans reach the collector within the test's patience
        // ... and so does the key that verifies bearer tokens: the test key, which also signs review-service's own
        env.put("JWT_PUBLIC_KEY_LOCATION", PUBLIC_KEY.toString());
        env.put("JWT_ISSUER", Tokens.ISSUER);
        env.put("SERVICE_TOKEN_SIGNING_KEY_LOCATION", PRIVATE_KEY.toString());
        env.put("OUTBOX_RELAY_INTERVAL", sweepInterval);
        // every test class starts from empty *_e2e databases: counts in one class never see another's data
        env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
        env.put("PRE_REVIEW_INTERVAL", sweepInterval);
        env.putAll(extraEnv);
        env.putAll(serviceEnvironments.getOrDefault(service, Map.of()));
        builders.put(service, builder);
        urls.put(service, "http://localhost:" + port);
        managementUrls.put(service, "http://localhost:" + managementPort);
        processes.put(service, builder.start());
    }

    /**
     * Starts one more instance of a running service, named {@code instance}, on the same databases and broker (its
     * own ports; it keeps the data), and waits until it is ready: two pods of one Deployment.
     */
    void addInstance(String service, String instance) throws IOException, InterruptedException {
        ProcessBuilder first = builders.get(service);
        ProcessBuilder builder = new ProcessBuilder(first.command()).redirectErrorStream(true)
                .redirectOutput(logs.resolve(instance + ".log").toFile());
        builder.environment().clear();
        builder.environment().putAll(first.environment());
        int port = freePort();
        int managementPort = freePort();
        builder.environment().put("HTTP_PORT", String.valueOf(port));
        builder.environment().put("MANAGEMENT_PORT", String.valueOf(managementPort));
        builder.environment().put("QUARKUS_FLYWAY_CLEAN_AT_START", "false"); // the first instance's data stays
        builders.put(instance, builder);
        urls.put(instance, "http://localhost:" + port);
        managementUrls.put(instance, "http://localhost:" + managementPort);
        processes.put(instance, builder.start());
        awaitReady(instance);
    }

    /** Stops one service: gracefully, or killed at once as in a crash. */
    void stop(String service, boolean crash) throws InterruptedException {
        Process process = processes.remove(service);
        if (crash) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Starts a stopped service again, as it was configured, and waits until it is ready. */
    void restart(String service) throws IOException, InterruptedException {
        ProcessBuilder builder = builders.get(service);
        builder.environment().put("QUARKUS_FLYWAY_CLEAN_AT_START", "false"); // a restart keeps its data
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(service + ".log").toFile()));
        processes.put(service, builder.start());
        awaitReady(service);
    }

    private void awaitReady(String service) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            if (status(managementUrl(service) + "/q/health/ready") == 200) {
                return;
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException(service + " did not become ready; see " + logs.resolve(service + ".log"));
    }

    static int status(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(2000);
            return connection.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    /** A port nothing listens on now, for a process the tests start. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaExecutable() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    @Override
    public void close() {
        RestAssured.requestSpecification = null;
        processes.values().forEach(Process::destroy);
        for (Process process : processes.values()) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (traces != null) {
            traces.close(); // after the services: they export what they still hold as they stop
        }
    }
}
