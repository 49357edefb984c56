package gov.perftarget.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Deadline-day load against the running services (deploy/local/benchmark.sh starts them):
 * <ol>
 * <li><b>deadline day</b>: N departments create, fill and submit their declarations at a constant
 * arrival rate; latency per call type, submit → review result (the {@code declaration-pre-reviewed}
 * event), and the time until all N are reviewed, after a warm-up at the same rate that is reported apart;</li>
 * <li><b>reading</b>: reviewers open declarations and reviews and list the waiting ones at a fixed rate;</li>
 * <li><b>capacity</b>: the submission rate raised step by step (the configured rates, then by a quarter per step up
 * to {@code BENCH_CAPACITY_CEILING}) until p99 passes 1 s or errors appear;</li>
 * <li><b>large forms</b>: 50 key tasks and 300 indicators, one form at a time, and their files through HTTP
 * ({@link LargeForms});</li>
 * <li><b>this machine's limits</b>: pgbench with a submission's inserts, Kafka producer throughput.</li>
 * </ol>
 * It prints the table and writes {@code results/latest.json} and {@code RESULTS.md}.
 */
public final class Benchmark {

    private final Map<String, String> env = System.getenv();
    private final String budget = setting("BUDGET_URL", "http://localhost:8081");
    private final String indicator = setting("INDICATOR_URL", "http://localhost:8082");
    private final String review = setting("REVIEW_URL", "http://localhost:8083");
    private final String kafka = setting("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");
    private final Path root = Path.of(setting("PERFTARGET_ROOT", ".")).toAbsolutePath().normalize();
    private final Forms forms;
    private final String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
    private final Map<String, Object> results = new LinkedHashMap<>();
    private final Long kafkaPid = pidOf("kafka");
    /** The scratch database of pgbench, also where the checkpoint counts are read (they are the cluster's). */
    private final String benchDatabase = setting("BENCH_DATABASE", "perftarget_bench");

    private Benchmark() throws java.io.IOException {
        forms = new Forms(root.resolve("deploy/local/seed/gz-stb-declaration.json"));
    }

    public static void main(String[] args) throws Exception {
        new Benchmark().runAll();
        System.exit(0); // the HTTP client's threads are not daemons
    }

    private void runAll() throws Exception {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String service : List.of("budget-service", "indicator-service", "review-service")) {
            pids.put(service, java.util.Objects.requireNonNull(pidOf(service), "no pid file of " + service));
        }
        results.put("startupSeconds", startupSeconds(pids.keySet()));
        results.put("backlogAtStart", drainBacklog(Integer.parseInt(setting("BENCH_DRAIN_SECONDS", "600")), "of an earlier run"));
        // each scenario on a machine that is not still working off the one before: the machine's own
        // limits and the reading first, while it is quiet; deadline day's backlog then only meets capacity
        measureLimits();
        reading(prepareReading(Integer.parseInt(setting("BENCH_READ_DECLARATIONS", "300"))),
                Double.parseDouble(setting("BENCH_READ_RATE", "500")), Integer.parseInt(setting("BENCH_READ_WARMUP_SECONDS", "5")),
                Integer.parseInt(setting("BENCH_READ_SECONDS", "30")), pids);
        deadlineDay(Integer.parseInt(setting("BENCH_DECLARATIONS", "5000")),
                Integer.parseInt(setting("BENCH_DEADLINE_WARMUP", "1000")),
                Double.parseDouble(setting("BENCH_SUBMIT_RATE", "50")), pids);
        capacity(setting("BENCH_CAPACITY_RATES", "10,20,30,50,75,100"),
                Integer.parseInt(setting("BENCH_STEP_SECONDS", "10")), Double.parseDouble(setting("BENCH_CAPACITY_CEILING", "500")));
        drainBacklog(Integer.parseInt(setting("BENCH_DRAIN_SECONDS", "600")), "of the capacity steps");
        System.out.println("[bench] large forms, one after another");
        results.put("largeForms", new LargeForms(budget, indicator, review, forms, run).measure(
                Integer.parseInt(setting("BENCH_LARGE_FORMS", "30")), Integer.parseInt(setting("BENCH_LARGE_TASKS", "50")),
                Integer.parseInt(setting("BENCH_LARGE_INDICATORS", "300")), Integer.parseInt(setting("BENCH_LARGE_FILE_ROUNDS", "20"))));
        ratiosToLimits();
        Report.write(root, results);
    }

    /** A backlog that has not moved for this long is stuck (its events were dead-lettered, say), not slow. */
    private static final Duration STUCK_AFTER = Duration.ofMinutes(1);

    /**
     * Waits until no declaration is left submitted but not yet reviewed (an earlier run's, or one of the
     * services was down): such a backlog would compete with this run for the same two cores. It stops
     * waiting once the backlog is {@link #STUCK_AFTER stuck}.
     * @return the submissions still waiting when the wait ended (0 when the platform was quiet)
     */
    private long drainBacklog(int maxSeconds, String whose) throws Exception {
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long backlog = -1;
        long unchangedSince = System.nanoTime();
        while (true) {
            long before = backlog;
            backlog = Http.get(budget + "/api/v1/declarations?status=SUBMITTED&size=1").path("total").asLong(-1);
            if (backlog != before) {
                unchangedSince = System.nanoTime();
            }
            boolean stuck = System.nanoTime() - unchangedSince > STUCK_AFTER.toNanos();
            if (backlog == 0 || stuck || System.nanoTime() > deadline) {
                break;
            }
            System.out.printf("[bench] waiting for %d submissions %s to be reviewed first%n", backlog, whose);
            Thread.sleep(10_000);
        }
        return backlog;
    }

    /** A process's id, as deploy/local (run.sh, kafka.sh) recorded it in .local/run; null when it is not known. */
    private Long pidOf(String process) {
        try {
            return Long.parseLong(Files.readString(root.resolve(".local/run/" + process + ".pid")).trim());
        } catch (java.io.IOException | NumberFormatException e) {
            return null;
        }
    }

    // ---- 1. deadline day ----------------------------------------------------------------------

    /**
     * Deadline day: first {@code warmup} departments at the same rate whose figures are reported apart and
     * not measured against the goals, then the N that are. The services have met the write path only in
     * the reading's 300 gentle submissions: at deadline day's rate they compiled about 1,500 methods each in
     * its first 20 s (C1, counted with -XX:+PrintCompilation), and its first 10-15 s showed 5-10 times the
     * steady wait for a review. A deadline comes to a platform that has been running for weeks; the start
     * of a service is measured as its startup time.
     */
    private void deadlineDay(int n, int warmup, double rate, Map<String, Long> pids) throws Exception {
        Map<String, Object> warmupFigures = null;
        if (warmup > 0) {
            System.out.printf("[bench] deadline day: warm-up, %d declarations at %.0f submissions/s (reported apart)%n", warmup, rate);
            warmupFigures = deadlineLoad(warmup, rate, pids);
        }
        System.out.printf("[bench] deadline day: %d declarations at %.0f submissions/s%n", n, rate);
        Map<String, Object> scenario = deadlineLoad(n, rate, pids);
        scenario.put("warmup", warmupFigures);
        results.put("deadlineDay", scenario);
    }

    /** N departments at a constant rate; returns once all are reviewed (or BENCH_REVIEW_WAIT_SECONDS passed). */
    private Map<String, Object> deadlineLoad(int n, double rate, Map<String, Long> pids) throws Exception {
        OpenModel.Latencies latencies = new OpenModel.Latencies();
        Http http = new Http(latencies);
        Map<String, Long> submitted = new ConcurrentHashMap<>();
        Map<String, Long> reviewed = new ConcurrentHashMap<>();
        AtomicBoolean listening = new AtomicBoolean(true);
        Thread listener = preReviewListener(reviewed, listening);
        long checkpointsBefore = MachineLimits.postgresCheckpoints(benchDatabase);
        long start = System.nanoTime();
        try (ProcessSampler sampler = new ProcessSampler(pids, kafkaPid)) {
            OpenModel.run(rate, n, intended -> submission(http, intended, submitted));
            long loadEnd = System.nanoTime();
            // the goal is all reviewed within 120 s: wait that long after the load and a little more, then count
            long deadline = start + Duration.ofSeconds(Long.parseLong(setting("BENCH_REVIEW_WAIT_SECONDS", "200"))).toNanos();
            while (!reviewed.keySet().containsAll(submitted.keySet()) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            listening.set(false);
            listener.join();
            Histogram toReview = new Histogram(3);
            long lastReview = start;
            for (Map.Entry<String, Long> entry : submitted.entrySet()) {
                Long at = reviewed.get(entry.getKey());
                if (at != null) {
                    toReview.recordValue(Math.max(1, (at - entry.getValue()) / 1_000));
                    lastReview = Math.max(lastReview, at);
                }
            }
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("declarations", n);
            scenario.put("submitRatePerSecond", rate);
            scenario.put("submitted", submitted.size());
            scenario.put("reviewed", toReview.getTotalCount());
            scenario.put("loadSeconds", seconds(loadEnd - start));
            scenario.put("allReviewedSeconds", seconds(lastReview - start));
            scenario.put("calls", Report.calls(latencies));
            scenario.put("submitToReview", Report.percentiles(toReview));
            scenario.put("usage", sampler.usage());
            scenario.put("machine", sampler.machine());
            scenario.put("postgresCheckpoints", checkpointsSince(checkpointsBefore));
            return scenario;
        }
    }

    /** One department's day: create it, its declaration, its indicators, then submit. */
    private CompletableFuture<?> submission(Http http, long intended, Map<String, Long> submitted) {
        int i = departments.getAndIncrement();
        String code = "B" + run + "-" + i;
        return http.call("create department", "POST", budget + "/api/v1/departments", forms.department(code, i), intended)
                .thenCompose(department -> {
                    long next = System.nanoTime();
                    return http.call("create declaration", "POST", budget + "/api/v1/declarations",
                            forms.declaration(department.get("id").asText(), 2024, i), next);
                })
                .thenCompose(declaration -> {
                    String id = declaration.get("id").asText();
                    long next = System.nanoTime();
                    return http.call("put indicators", "PUT", indicator + "/api/v1/declarations/" + id + "/indicators",
                            forms.indicators(i), next).thenApply(indicators -> Map.entry(id, indicators.get("version").asInt()));
                })
                .thenCompose(written -> {
                    long next = System.nanoTime();
                    String id = written.getKey();
                    // the submission names the indicator set the department just wrote
                    return http.call("submit", "POST", budget + "/api/v1/declarations/" + id + "/submit",
                            Map.of("indicatorSetVersion", written.getValue()), next)
                            .thenApply(ignored -> submitted.put(id, System.nanoTime()));
                });
    }

    private final AtomicInteger departments = new AtomicInteger();

    private Thread preReviewListener(Map<String, Long> reviewed, AtomicBoolean listening) throws InterruptedException {
        Properties config = new Properties();
        config.put("bootstrap.servers", kafka);
        config.put("key.deserializer", StringDeserializer.class.getName());
        config.put("value.deserializer", StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor("declaration-pre-reviewed", Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // fix the start before the load begins
        Thread thread = new Thread(() -> {
            try (consumer) {
                while (listening.get()) {
                    for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                        reviewed.putIfAbsent(record.key(), System.nanoTime());
                    }
                }
            }
        }, "pre-reviewed-listener");
        thread.start();
        return thread;
    }

    // ---- 2. reading ---------------------------------------------------------------------------

    /**
     * Declarations for the reviewers to read, submitted at a gentle rate and all reviewed before the
     * reading starts, so that it measures reading and not a backlog of pre-reviews.
     */
    private List<String> prepareReading(int count) throws Exception {
        System.out.printf("[bench] reading: preparing %d reviewed declarations%n", count);
        Map<String, Long> submitted = new ConcurrentHashMap<>();
        Http http = new Http(new OpenModel.Latencies());
        OpenModel.run(Math.min(20, count), count, intended -> submission(http, intended, submitted));
        drainBacklog(180, "to read");
        return new ArrayList<>(submitted.keySet());
    }

    /**
     * The reviewers' reading at a fixed rate. The first {@code warmupSeconds} of it are not measured: the
     * services meet these read paths for the first time there (their classes load, the JIT compiles them), and
     * the goal is about the reading of a running platform; the cost of a service's start is reported as
     * its startup time.
     */
    private void reading(List<String> declarations, double rate, int warmupSeconds, int seconds, Map<String, Long> pids)
            throws Exception {
        System.out.printf("[bench] reading: %.0f requests/s, %d s warm-up (not measured), then %d s%n", rate,
                warmupSeconds, seconds);
        AtomicInteger requests = new AtomicInteger();
        OpenModel.run(rate, (long) (rate * warmupSeconds), readingRequest(new Http(new OpenModel.Latencies()), declarations, requests));
        OpenModel.Latencies latencies = new OpenModel.Latencies();
        Http http = new Http(latencies);
        long checkpointsBefore = MachineLimits.postgresCheckpoints(benchDatabase);
        try (ProcessSampler sampler = new ProcessSampler(pids, kafkaPid)) {
            OpenModel.run(rate, (long) (rate * seconds), readingRequest(http, declarations, requests));
            Map<String, Object> scenario = new LinkedHashMap<>();
            scenario.put("ratePerSecond", rate);
            scenario.put("warmupSeconds", warmupSeconds);
            scenario.put("seconds", seconds);
            scenario.put("calls", Report.calls(latencies));
            scenario.put("usage", sampler.usage());
            scenario.put("machine", sampler.machine());
            scenario.put("postgresCheckpoints", checkpointsSince(checkpointsBefore));
            results.put("reading", scenario);
        }
    }

    /** The i-th request of the reading: 80 % open a declaration, 10 % a review, 10 % list the waiting reviews. */
    private LongFunction<CompletableFuture<?>> readingRequest(Http http, List<String> declarations,
            AtomicInteger requests) {
        return intended -> {
            int i = requests.getAndIncrement();
            // spread over all declarations, not in submission order
            String id = declarations.get((int) ((i * 7919L) % declarations.size()));
            return switch (i % 10) {
                case 8 -> http.call("get review", "GET",
                        review + "/api/v1/declarations/" + id + "/revisions/1/review", null, intended);
                case 9 -> http.call("list waiting reviews", "GET",
                        review + "/api/v1/reviews?status=PRE_REVIEWED&fiscalYear=2024&page=" + (i % 20) + "&size=20",
                        null, intended);
                default -> http.call("get declaration", "GET", budget + "/api/v1/declarations/" + id, null, intended);
            };
        };
    }

    // ---- 3. capacity --------------------------------------------------------------------------

    /**
     * The configured rates first, then on by a quarter each step until a step fails (p99 over 1 s or errors) or
     * {@code ceiling} is reached: the highest rate held is the machine's, not the list's last entry.
     */
    private void capacity(String rates, int stepSeconds, double ceiling) throws Exception {
        List<Map<String, Object>> steps = new ArrayList<>();
        double held = 0;
        boolean passed = false;
        java.util.Deque<Double> planned = new java.util.ArrayDeque<>();
        for (String step : rates.split(",")) {
            planned.add(Double.parseDouble(step.trim()));
        }
        while (!planned.isEmpty()) {
            double rate = planned.poll();
            if (planned.isEmpty() && rate * 1.25 <= ceiling) {
                planned.add((double) Math.round(rate * 1.25)); // the list held: raise the rate until a limit is passed
            }
            System.out.printf("[bench] capacity: %.0f submissions/s for %d s%n", rate, stepSeconds);
            OpenModel.Latencies latencies = new OpenModel.Latencies();
            Http http = new Http(latencies);
            long start = System.nanoTime();
            OpenModel.run(rate, (long) (rate * stepSeconds), intended -> submission(http, intended, new ConcurrentHashMap<>()));
            Map<String, Histogram> histograms = latencies.histograms();
            long errors = histograms.keySet().stream().mapToLong(latencies::errors).sum();
            double p99 = histograms.get("submit") == null ? Double.MAX_VALUE
                    : histograms.get("submit").getValueAtPercentile(99) / 1000.0;
            boolean ok = errors == 0 && p99 <= 1000;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("ratePerSecond", rate);
            result.put("submitP99Ms", p99);
            result.put("errors", errors);
            result.put("seconds", seconds(System.nanoTime() - start));
            result.put("held", ok);
            steps.add(result);
            if (!ok) {
                passed = true;
                break;
            }
            held = rate;
        }
        Map<String, Object> scenario = new LinkedHashMap<>();
        scenario.put("steps", steps);
        scenario.put("highestRateHeld", held);
        // false: the ceiling was held, so the machine's limit lies higher still
        scenario.put("limitPassed", passed);
        results.put("capacity", scenario);
    }

    // ---- 4. the machine's own limits ------------------------------------------------------------

    private void measureLimits() throws Exception {
        System.out.println("[bench] this machine's limits: pgbench and the Kafka producer");
        int eventSize = forms.eventSize();
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("eventBytes", eventSize);
        limits.put("pgbenchSubmissionsPerSecond", round(MachineLimits.pgbenchSubmissionsPerSecond(
                setting("PGBENCH", "pgbench"), benchDatabase, 15, eventSize)));
        limits.put("kafkaProducerEventsPerSecond", round(MachineLimits.kafkaEventsPerSecond(kafka, eventSize, 20_000)));
        results.put("machineLimits", limits);
    }

    /** Deadline day's and capacity's throughput as a share of the limits {@link #measureLimits} found. */
    private void ratiosToLimits() {
        @SuppressWarnings("unchecked")
        Map<String, Object> limits = (Map<String, Object>) results.get("machineLimits");
        double pgbench = ((Number) limits.get("pgbenchSubmissionsPerSecond")).doubleValue();
        double kafkaRate = ((Number) limits.get("kafkaProducerEventsPerSecond")).doubleValue();
        @SuppressWarnings("unchecked")
        Map<String, Object> deadline = (Map<String, Object>) results.get("deadlineDay");
        double achieved = ((Number) deadline.get("reviewed")).doubleValue()
                / Math.max(1e-9, ((Number) deadline.get("allReviewedSeconds")).doubleValue());
        limits.put("platformReviewedPerSecond", round(achieved));
        limits.put("ratioToPgbench", round(achieved / pgbench));
        limits.put("ratioToKafkaProducer", round(achieved / kafkaRate));
        @SuppressWarnings("unchecked")
        double held = ((Number) ((Map<String, Object>) results.get("capacity")).get("highestRateHeld")).doubleValue();
        limits.put("capacityRatioToPgbench", round(held / pgbench));
    }

    private Map<String, Double> startupSeconds(Iterable<String> services) throws java.io.IOException {
        Map<String, Double> startup = new LinkedHashMap<>();
        Pattern started = Pattern.compile("started in ([0-9.]+)s");
        for (String service : services) {
            Matcher matcher = started.matcher(Files.readString(root.resolve(".local/logs/" + service + ".log")));
            double last = -1;
            while (matcher.find()) {
                last = Double.parseDouble(matcher.group(1));
            }
            startup.put(service, last);
        }
        return startup;
    }

    /** PostgreSQL's checkpoints begun since {@code before} (-1 when either count is unknown). */
    private long checkpointsSince(long before) {
        long now = MachineLimits.postgresCheckpoints(benchDatabase);
        return before < 0 || now < 0 ? -1 : now - before;
    }

    private String setting(String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static double seconds(long nanos) {
        return round(nanos / 1e9);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    static String now() {
        return OffsetDateTime.now(ZoneOffset.UTC).toString();
    }
}
