package gov.perftarget.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak (the {@code keycloak-quarkus-dist} from Maven Central, unpacked by this module's build into
 * {@code target/keycloak}) in development mode, as its own process, with the platform's realm
 * ({@code deploy/keycloak/perftarget-realm.json}) imported at start. No Docker: {@code bin/kc.sh} on this JVM.
 */
final class KeycloakProcess implements AutoCloseable {

    static final String REALM = "perftarget";
    private static final String ADMIN_PASSWORD = "admin-" + UUID.randomUUID();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;
    /** review-service's client secret, given to the realm import and to review-service. */
    final String reviewServiceSecret = "review-" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Process process;

    KeycloakProcess(Path moduleTarget, Path realmFile, Path log) throws IOException, InterruptedException {
        Path home;
        try (Stream<Path> unpacked = Files.list(moduleTarget.resolve("keycloak"))) {
            home = unpacked.filter(path -> path.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no Keycloak under " + moduleTarget.resolve("keycloak")
                            + ": the build unpacks it (mvn verify -pl platform/tools/system-tests)"));
        }
        Path data = home.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> old = Files.walk(data)) { // a fresh realm every run: the import skips an existing one
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(data.resolve("import"));
        Files.copy(realmFile, data.resolve("import").resolve(realmFile.getFileName()));
        port = RunningServices.freePort();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
                "--http-port=" + port, "--http-management-port=" + RunningServices.freePort())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // the realm file's placeholders
        builder.environment().put("REVIEW_SERVICE_CLIENT_SECRET", reviewServiceSecret);
        builder.environment().put("PERFTARGET_WEB_URL", "http://localhost:8080");
        process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (RunningServices.status(issuer() + "/.well-known/openid-configuration") != 200) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException("Keycloak did not start; see " + log);
            }
            Thread.sleep(500);
        }
    }

    /** The realm's issuer: the {@code iss} of its tokens ({@code JWT_ISSUER}). */
    String issuer() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    /** The realm's signing keys, a JWK set ({@code JWT_PUBLIC_KEY_LOCATION}). */
    String jwks() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    /** The token endpoint ({@code SERVICE_CLIENT_TOKEN_URL}). */
    String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /**
     * Lets the realm's frontend client take a user's password directly (the resource owner grant, off in the shipped
     * realm, where users log in through the browser): the test's way to a user's token.
     */
    void allowPasswordLogins() throws IOException, InterruptedException {
        String clients = "/admin/realms/" + REALM + "/clients";
        JsonNode web = admin("GET", clients + "?clientId=perftarget-web", null).get(0);
        ((ObjectNode) web).put("directAccessGrantsEnabled", true);
        admin("PUT", clients + "/" + web.get("id").asText(), web);
    }

    /**
     * Creates a user with the realm roles and, for a declarant, its department (the {@code department} attribute);
     * returns its id, the {@code sub} of its tokens.
     */
    String createUser(String username, String password, List<String> roles, String department)
            throws IOException, InterruptedException {
        ObjectNode user = JSON.createObjectNode().put("username", username).put("enabled", true)
                .put("email", username + "@example.gov.cn").put("emailVerified", true)
                .put("firstName", username).put("lastName", "测试");
        if (department != null) {
            user.putObject("attributes").putArray("department").add(department);
        }
        user.putArray("credentials").addObject().put("type", "password").put("value", password).put("temporary", false);
        String users = "/admin/realms/" + REALM + "/users";
        admin("POST", users, user);
        String id = admin("GET", users + "?exact=true&username=" + username, null).get(0).get("id").asText();
        var mappings = JSON.createArrayNode();
        for (String role : roles) {
            mappings.add(admin("GET", "/admin/realms/" + REALM + "/roles/" + role, null));
        }
        admin("POST", users + "/" + id + "/role-mappings/realm", mappings);
        return id;
    }

    /** A user's access token from the realm (password grant through the frontend client), as an Authorization value. */
    String bearer(String username, String password) throws IOException, InterruptedException {
        return "Bearer " + token(tokenUrl(), Map.of("grant_type", "password", "client_id", "perftarget-web",
                "username", username, "password", password));
    }

    /** The administrator's token and when it was taken: one for a burst of admin calls (the master realm's live 60 s). */
    private String adminToken;
    private Instant adminTokenTaken = Instant.MIN;

    private JsonNode admin(String method, String path, JsonNode body) throws IOException, InterruptedException {
        if (Instant.now().isAfter(adminTokenTaken.plusSeconds(30))) {
            adminTokenTaken = Instant.now();
            adminToken = token("http://localhost:" + port + "/realms/master/protocol/openid-connect/token",
                    Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", ADMIN_PASSWORD));
        }
        String token = adminToken;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isBlank() ? null : JSON.readTree(response.body());
    }

    private String token(String url, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token from " + url + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).get("access_token").asText();
    }

    @Override
    public void close() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

}
