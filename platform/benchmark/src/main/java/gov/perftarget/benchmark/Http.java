package gov.perftarget.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The services' HTTP API, asynchronously, each call's latency recorded under its name. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).version(HttpClient.Version.HTTP_1_1).build();
    private final OpenModel.Latencies latencies;
    /** The bearer token of every call (BENCH_TOKEN, made by benchmark.sh with deploy/local/token.sh). */
    private final String authorization = "Bearer " + System.getenv().getOrDefault("BENCH_TOKEN", "");

    Http(OpenModel.Latencies latencies) {
        this.latencies = latencies;
    }

    /** A call: its JSON answer, or a failed future on a status of 400 or more (counted as an error). */
    CompletableFuture<JsonNode> call(String name, String method, String url, Object body, long intendedNanos) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Authorization", authorization);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body)));
        }
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).handle((response, error) -> {
            boolean ok = error == null && response.statusCode() < 400;
            latencies.record(name, intendedNanos, ok);
            if (!ok) {
                throw new IllegalStateException(name + " failed: "
                        + (error != null ? error : response.statusCode() + " " + response.body()));
            }
            try {
                return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A plain GET outside any measurement (the benchmark's own checks): its JSON answer. */
    JsonNode get(String url) throws java.io.IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").header("Authorization", authorization).build();
        return JSON.readTree(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
