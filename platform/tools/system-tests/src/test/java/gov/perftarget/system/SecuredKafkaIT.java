package gov.perftarget.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.MappingIterator;

import gov.perftarget.testing.Eventually;
import gov.perftarget.testing.SeedForm;
import gov.perftarget.testing.Tokens;
import io.restassured.http.ContentType;

/**
 * The packaged services on a secured broker, as on the cluster's listener: each connects with SASL (SCRAM-SHA-512)
 * as its own user, and may do only what the ACLs of its KafkaUser in {@code deploy/k8s/base/kafka/users.yaml}
 * allow; the topics are those of {@code topics.yaml}, created by the admin (the services create none). The
 * submission's events cross all three services; a wrong password and a topic outside a user's ACLs are refused.
 */
class SecuredKafkaIT {

    private static final List<String> SERVICES = List.of("budget-service", "indicator-service", "review-service");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static KafkaProcess kafka;
    private static RunningServices services;

    @BeforeAll
    static void start() throws Exception {
        Path root = Path.of(System.getProperty("perftarget.repository.root", "../../..")).toAbsolutePath().normalize();
        Map<String, String> passwords = new LinkedHashMap<>();
        SERVICES.forEach(service -> passwords.put(service, service + "-" + UUID.randomUUID()));
        kafka = new KafkaProcess(root.resolve("platform/tools/system-tests/target/secured-kafka-" + System.nanoTime()),
                passwords);
        kafka.start();
        Path manifests = root.resolve("deploy/k8s/base/kafka");
        try (Admin admin = kafka.admin()) {
            List<NewTopic> topics = new ArrayList<>();
            for (JsonNode topic : resources(manifests.resolve("topics.yaml"), "KafkaTopic")) {
                topics.add(new NewTopic(topic.at("/metadata/name").asText(), topic.at("/spec/partitions").asInt(3),
                        (short) 1));
            }
            admin.createTopics(topics).all().get();
            admin.createAcls(acls(resources(manifests.resolve("users.yaml"), "KafkaUser"))).all().get();
        }
        services = new RunningServices(root, "secured-kafka-logs");
        for (String service : SERVICES) {
            services.environment(service, Map.of("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT",
                    "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                    "KAFKA_SASL_JAAS_CONFIG", KafkaProcess.jaas(service, passwords.get(service))));
        }
        services.start(kafka.bootstrapServers());
    }

    @AfterAll
    static void stop() throws Exception {
        RunningServices.stopWithBroker(services, kafka);
    }

    @Test
    void shouldCarryASubmissionThroughTheBrokerWithEachServiceAsItsOwnUser() throws InterruptedException {
        String budget = services.url("budget-service");
        String code = "SASL" + UUID.randomUUID().toString().substring(0, 8);
        String declarant = Tokens.bearer(Tokens.declarant(code));
        String departmentId = given().header("Authorization", Tokens.bearer(Tokens.admin())).contentType(ContentType.JSON)
                .body(SeedForm.department(code)).post(budget + "/api/v1/departments").then().statusCode(201)
                .extract().path("id");
        String declarationId = given().header("Authorization", declarant).contentType(ContentType.JSON)
                .body(SeedForm.declaration(departmentId, 2023).toString()).post(budget + "/api/v1/declarations")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", declarant).contentType(ContentType.JSON)
                .body(Map.of("indicators", SeedForm.indicators()))
                .put(services.url("indicator-service") + "/api/v1/declarations/" + declarationId + "/indicators")
                .then().statusCode(200);

        SeedClient.submission(services, declarationId, declarant).then().statusCode(201);

        // declaration-submitted (budget → indicator, review), declaration-pre-reviewed (review → budget)
        Eventually.await(() -> "UNDER_REVIEW".equals(given().header("Authorization", declarant)
                .get(budget + "/api/v1/declarations/" + declarationId).then().statusCode(200).extract().path("status")),
                "pre-review through the secured broker");
        // the lag checks read their groups' offsets as their own users
        for (String service : SERVICES) {
            given().get(services.managementUrl(service) + "/q/health/group/events").then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseAWrongPasswordAndATopicOutsideTheUsersAcls() {
        Map<String, Object> wrongPassword = new HashMap<>(kafka.clientProperties("budget-service"));
        wrongPassword.put("sasl.jaas.config", KafkaProcess.jaas("budget-service", "not-the-password"));
        try (KafkaConsumer<String, String> consumer = consumer(wrongPassword)) {
            Exception refused = assertThrows(Exception.class,
                    () -> consumer.partitionsFor("declaration-submitted", Duration.ofSeconds(10)));
            assertInstanceOf(SaslAuthenticationException.class, refused);
        }
        // budget-service publishes declaration-submitted; it may not read it
        Map<String, Object> budgetService = new HashMap<>(kafka.clientProperties("budget-service"));
        budgetService.put(ConsumerConfig.GROUP_ID_CONFIG, "budget-service");
        try (KafkaConsumer<String, String> consumer = consumer(budgetService)) {
            consumer.subscribe(List.of("declaration-submitted"));
            assertThrows(TopicAuthorizationException.class, () -> {
                for (int i = 0; i < 20; i++) {
                    consumer.poll(Duration.ofMillis(500));
                }
            });
        }
    }

    private static KafkaConsumer<String, String> consumer(Map<String, Object> properties) {
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }

    /** The objects of one kind in a manifest file. */
    private static List<JsonNode> resources(Path file, String kind) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(Files.readString(file))) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && kind.equals(document.path("kind").asText())) {
                    found.add(document);
                }
            }
        }
        return found;
    }

    /** Each KafkaUser's simple-authorization ACLs, as Strimzi's User Operator grants them. */
    private static List<AclBinding> acls(List<JsonNode> users) {
        List<AclBinding> bindings = new ArrayList<>();
        for (JsonNode user : users) {
            String principal = "User:" + user.at("/metadata/name").asText();
            for (JsonNode acl : user.at("/spec/authorization/acls")) {
                JsonNode resource = acl.path("resource");
                ResourcePattern pattern = new ResourcePattern(ResourceType.fromString(resource.path("type").asText()),
                        resource.path("name").asText(),
                        // Strimzi says prefix where Kafka says PREFIXED
                        resource.path("patternType").asText("literal").equals("prefix") ? PatternType.PREFIXED
                                : PatternType.LITERAL);
                for (JsonNode operation : acl.path("operations")) {
                    bindings.add(new AclBinding(pattern, new AccessControlEntry(principal, "*",
                            AclOperation.fromString(operation.asText()), AclPermissionType.ALLOW)));
                }
            }
        }
        return bindings;
    }
}
