package gov.perftarget.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * This machine's own limits, measured in the same run: how many submissions per second PostgreSQL
 * takes when it only does the inserts a submission causes (pgbench, custom script), and how many
 * events of our size per second one Kafka producer with our settings (acks=all, idempotent) sends.
 */
final class MachineLimits {

    private MachineLimits() {
    }

    /**
     * pgbench in a scratch database: per transaction, what one submission writes across the three
     * services' databases (revision + outbox in budget, ten frozen indicators in indicator, review +
     * applied event + outbox in review), with payloads of our size. Returns transactions per second.
     */
    static double pgbenchSubmissionsPerSecond(String pgbench, String database, int seconds, int payloadBytes)
            throws Exception {
        Path dir = Files.createTempDirectory("pgbench");
        String payload = "x".repeat(payloadBytes);
        Files.writeString(dir.resolve("setup.sql"), """
                DROP TABLE IF EXISTS bench_revision, bench_outbox, bench_indicator, bench_review, bench_processed;
                CREATE TABLE bench_revision (id uuid PRIMARY KEY, content jsonb NOT NULL);
                CREATE TABLE bench_outbox (id uuid PRIMARY KEY, payload text NOT NULL, occurred_at timestamptz NOT NULL, published_at timestamptz);
                CREATE TABLE bench_indicator (id uuid PRIMARY KEY, declaration_id uuid NOT NULL, revision int NOT NULL, name text, measures jsonb);
                CREATE TABLE bench_review (id uuid PRIMARY KEY, submission jsonb NOT NULL, status text NOT NULL);
                CREATE TABLE bench_processed (event_id text PRIMARY KEY, processed_at timestamptz NOT NULL);
                """, StandardCharsets.UTF_8);
        StringBuilder script = new StringBuilder("BEGIN;\n")
                .append("INSERT INTO bench_revision VALUES (gen_random_uuid(), jsonb_build_object('c', '" + payload + "'));\n")
                .append("INSERT INTO bench_outbox VALUES (gen_random_uuid(), '" + payload + "', now(), NULL);\n")
                .append("COMMIT;\nBEGIN;\n");
        for (int i = 0; i < 10; i++) {
            script.append("INSERT INTO bench_indicator VALUES (gen_random_uuid(), gen_random_uuid(), 1, 'indicator', '[{\"m\": 1}, {\"m\": 2}]');\n");
        }
        script.append("INSERT INTO bench_processed VALUES (gen_random_uuid()::text, now());\nCOMMIT;\nBEGIN;\n")
                .append("INSERT INTO bench_review VALUES (gen_random_uuid(), jsonb_build_object('c', '" + payload + "'), 'PENDING');\n")
                .append("INSERT INTO bench_processed VALUES (gen_random_uuid()::text, now());\n")
                .append("INSERT INTO bench_outbox VALUES (gen_random_uuid(), 'pre-reviewed', now(), NULL);\nCOMMIT;\n");
        Files.writeString(dir.resolve("submission.sql"), script, StandardCharsets.UTF_8);
        run(List.of("psql", "-q", "-v", "ON_ERROR_STOP=1", "-f", dir.resolve("setup.sql").toString(), database));
        String output = run(List.of(pgbench, "-n", "-c", "4", "-j", "2", "-T", String.valueOf(seconds), "-f",
                dir.resolve("submission.sql").toString(), database));
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("no tps in pgbench's output: " + output);
        }
        return Double.parseDouble(tps.group(1));
    }

    /** Events of {@code size} bytes per second through one producer with the outbox relay's settings. */
    static double kafkaEventsPerSecond(String bootstrap, int size, int count) throws Exception {
        String topic = "benchmark-producer-limit";
        Properties admin = new Properties();
        admin.put("bootstrap.servers", bootstrap);
        try (Admin client = Admin.create(admin)) {
            if (!client.listTopics().names().get().contains(topic)) {
                client.createTopics(List.of(new NewTopic(topic, 6, (short) 1))).all().get();
            }
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        String value = "x".repeat(size);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            producer.send(new ProducerRecord<>(topic, "warm-up", value)).get();
            long start = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(producer.send(new ProducerRecord<>(topic, java.util.UUID.randomUUID().toString(), value)));
            }
            for (Future<?> future : sent) {
                future.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * The checkpoints PostgreSQL has begun so far (timed or requested, pg_stat_bgwriter), or -1 when it
     * cannot be read. After a checkpoint begins, the first change of every page writes the whole page to
     * the WAL: on a write-heavy load that is a burst of work, and what a scenario met is worth knowing.
     */
    static long postgresCheckpoints(String database) {
        try {
            return Long.parseLong(run(List.of("psql", "-Atc",
                    "SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter", database)).trim());
        } catch (Exception e) {
            return -1;
        }
    }

    private static String run(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putIfAbsent("PGHOST", "localhost");
        builder.environment().putIfAbsent("PGUSER", "perftarget");
        builder.environment().putIfAbsent("PGPASSWORD", "perftarget");
        // large values compressed as the services' connections compress them (api-conventions' configuration)
        builder.environment().putIfAbsent("PGOPTIONS", "-c default_toast_compression=lz4");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
