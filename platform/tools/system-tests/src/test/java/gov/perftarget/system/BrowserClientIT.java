package gov.perftarget.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import gov.perftarget.testing.KafkaBroker;
import gov.perftarget.testing.SeedForm;
import gov.perftarget.testing.Tokens;

/**
 * The frontend team's way in, proven in a real browser: a static page served from an origin of its own (this
 * test's HTTP server) loads the published client package ({@code @perftarget/api-client}, the tarball
 * build-client.sh packs) with its one dependency, and calls the three packaged services cross-origin (CORS on for
 * that origin) with a reviewer's token; headless Chromium renders the seed declaration's review.
 */
class BrowserClientIT {

    private static RunningServices services;
    private static HttpServer page;
    private static Path root;

    @BeforeAll
    static void start() throws Exception {
        root = Path.of(System.getProperty("perftarget.repository.root", "../../.."));
        Path contracts = root.resolve("platform/tools/api-contracts");
        Path client = root.resolve("platform/tools/system-tests/target/browser-client");
        unpackClient(contracts, client);
        page = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        serve("/client/", client.resolve("package/dist"));
        serve("/openapi-fetch/", contracts.resolve("node_modules/openapi-fetch/dist"));
        page.createContext("/", exchange -> send(exchange, BrowserClientIT.class.getResourceAsStream(
                "/browser-client/index.html").readAllBytes(), "text/html; charset=utf-8"));
        page.start();
        Map<String, String> cors = Map.of("QUARKUS_HTTP_CORS_ENABLED", "true", "QUARKUS_HTTP_CORS_ORIGINS", origin());
        services = new RunningServices(root, "browser-client-logs")
                .environment("budget-service", cors).environment("indicator-service", cors).environment("review-service", cors)
                .start(KafkaBroker.bootstrapServers());
    }

    @AfterAll
    static void stop() {
        if (services != null) {
            services.close();
        }
        if (page != null) {
            page.stop(0);
        }
    }

    @Test
    void shouldRenderTheSeedDeclarationsReviewThroughThePublishedClientCrossOrigin() throws Exception {
        String declarationId = SeedClient.createSeedDeclaration(services, 2033);
        SeedClient.submit(services, declarationId);
        SeedClient.await(() -> "UNDER_REVIEW".equals(io.restassured.RestAssured.given()
                .get(services.url("budget-service") + "/api/v1/declarations/" + declarationId).path("status")),
                Duration.ofSeconds(60), "the pre-review, and the declaration under review");
        String fragment = "budget=" + encode(services.url("budget-service")) + "&indicator="
                + encode(services.url("indicator-service")) + "&review=" + encode(services.url("review-service"))
                + "&token=" + encode(Tokens.reviewer()) + "&declaration=" + declarationId + "&revision=1";

        String dom = HeadlessChromium.renderedDom(origin() + "/#" + fragment);
        // what the page rendered (the DOM also holds the script's own text)
        String rendered = dom.substring(dom.indexOf("<main id=\"review\">"), dom.indexOf("</main>"));

        assertTrue(!rendered.contains("id=\"failure\""), "the page could not read the services: " + rendered);
        assertTrue(rendered.contains("<h1 id=\"department\">" + SeedForm.DEPARTMENT_NAME + "</h1>"), rendered);
        assertTrue(rendered.contains("<span id=\"status\">UNDER_REVIEW</span>"), rendered);
        assertTrue(rendered.contains("<span id=\"indicators\">10</span>"), rendered);
        assertTrue(rendered.contains("<span id=\"grade\">GOOD</span>"), rendered);
        assertTrue(rendered.contains("<span id=\"queue\">1</span>"), rendered);
        assertTrue(rendered.contains("data-code=\"MISSING_SATISFACTION_INDICATOR\""), rendered);
    }

    /** The page's origin, which the services' CORS allows. */
    private static String origin() {
        return "http://localhost:" + page.getAddress().getPort();
    }

    /** The package as npm would install it: the tarball build-client.sh packed, unpacked. */
    private static void unpackClient(Path contracts, Path into) throws IOException, InterruptedException {
        Path tarball;
        try (Stream<Path> packed = Files.list(contracts.resolve("target"))) {
            tarball = packed.filter(file -> file.getFileName().toString().matches("perftarget-api-client-.*\\.tgz"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "no client package: platform/tools/api-contracts/build-client.sh packs it"));
        }
        Files.createDirectories(into);
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", into.toString()).inheritIO().start();
        if (!tar.waitFor(60, TimeUnit.SECONDS) || tar.exitValue() != 0) {
            throw new IllegalStateException("could not unpack " + tarball);
        }
    }

    private static void serve(String prefix, Path folder) {
        page.createContext(prefix, exchange -> {
            Path file = folder.resolve(exchange.getRequestURI().getPath().substring(prefix.length())).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            send(exchange, Files.readAllBytes(file), "text/javascript; charset=utf-8");
        });
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
