package gov.perftarget.system;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;

/**
 * The real Apache Kafka broker (KRaft, combined broker and controller) as a separate process that
 * a test can stop and start again on the same port and data: the way to take Kafka away from the
 * running services and give it back. It runs from the test's own class path, which holds Kafka.
 */
final class KafkaProcess implements AutoCloseable {

    private final Path home;
    private final int port;
    private final int controllerPort;
    private Process process;

    /** The super user of a secured broker: the brokers' own identity, and the one that grants the ACLs. */
    static final String ADMIN = "admin";

    private final Map<String, String> users;

    KafkaProcess(Path home) throws IOException {
        this(home, Map.of());
    }

    /**
     * A broker; with {@code users} (name → password), a secured one: clients connect with SASL (SCRAM-SHA-512) as
     * one of them, and may do only what ACLs allow ({@link #admin} grants them), as on the cluster's TLS listener.
     */
    KafkaProcess(Path home, Map<String, String> users) throws IOException {
        this.home = home;
        this.port = RunningServices.freePort();
        this.controllerPort = RunningServices.freePort();
        this.users = new LinkedHashMap<>(users);
        boolean secured = !users.isEmpty();
        if (secured) {
            this.users.put(ADMIN, ADMIN + "-secret");
        }
        Files.createDirectories(home);
        List<String> properties = new ArrayList<>(List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "controller.listener.names=CONTROLLER",
                "log.dirs=" + home.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0"));
        if (secured) {
            properties.addAll(List.of(
                    "listeners=SASL_PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=SASL_PLAINTEXT://127.0.0.1:" + port,
                    "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "inter.broker.listener.name=SASL_PLAINTEXT",
                    "sasl.enabled.mechanisms=SCRAM-SHA-512",
                    "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
                    "listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=" + jaas(ADMIN, this.users.get(ADMIN)),
                    "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                    // the controller's own listener stays plain on 127.0.0.1: the broker registers there as ANONYMOUS
                    "super.users=User:" + ADMIN + ";User:ANONYMOUS",
                    "allow.everyone.if.no.acl.found=false"));
        } else {
            properties.addAll(List.of(
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "inter.broker.listener.name=PLAINTEXT"));
        }
        Files.writeString(home.resolve("server.properties"), String.join("\n", properties) + "\n");
        List<String> format = new ArrayList<>(List.of("format", "-t",
                UUID.randomUUID().toString().replace("-", "").substring(0, 22), "-c",
                home.resolve("server.properties").toString()));
        // SCRAM credentials are part of the cluster's metadata from its first start
        this.users.forEach((name, password) -> format.addAll(List.of("--add-scram",
                "SCRAM-SHA-512=[name=" + name + ",password=" + password + "]")));
        run("kafka.tools.StorageTool", format.toArray(String[]::new));
    }

    /** The JAAS line a client logs in with as {@code user}: what the cluster's KafkaUser Secret holds. */
    static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** The client settings of {@code user} on this secured broker. */
    Map<String, Object> clientProperties(String user) {
        return Map.of("bootstrap.servers", bootstrapServers(), "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "SCRAM-SHA-512", "sasl.jaas.config", jaas(user, users.get(user)));
    }

    /** An admin client as the super user, for granting ACLs. */
    Admin admin() {
        return Admin.create(clientProperties(ADMIN));
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    void start() throws IOException, InterruptedException {
        process = java("kafka.Kafka", home.resolve("server.properties").toString())
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("kafka.log").toFile()))
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                Thread.sleep(1000); // the listener is up; let the controller settle
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited; see " + home.resolve("kafka.log"));
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("Kafka did not start; see " + home.resolve("kafka.log"));
    }

    void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            process = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private void run(String mainClass, String... args) throws IOException {
        try {
            Process tool = java(mainClass, args).redirectOutput(ProcessBuilder.Redirect.appendTo(
                    home.resolve("kafka.log").toFile())).start();
            if (!tool.waitFor(60, TimeUnit.SECONDS) || tool.exitValue() != 0) {
                throw new IllegalStateException(mainClass + " failed; see " + home.resolve("kafka.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static ProcessBuilder java(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

}
