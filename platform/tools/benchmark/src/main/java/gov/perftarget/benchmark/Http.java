package gov.perftarget.benchmark;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The services' HTTP API, asynchronously, each call's latency recorded under its name. One Vert.x
 * client (Netty, two event loops, kept-alive connections) serves the whole benchmark: the JDK's client
 * cost about 1.3 ms of CPU per call, a core at the reading rate, on the machine it measures.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Connections per service; calls beyond them wait in the client, timed from their intended start. */
    private static final int CONNECTIONS_PER_SERVICE = Integer.parseInt(
            System.getenv().getOrDefault("BENCH_CONNECTIONS", "512"));
    private static final HttpClient CLIENT = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2))
            .createHttpClient(new HttpClientOptions().setKeepAlive(true).setConnectTimeout(5_000),
                    new PoolOptions().setHttp1MaxSize(CONNECTIONS_PER_SERVICE));

    /** The bearer token of every call (BENCH_TOKEN, made by benchmark.sh with deploy/local/token.sh). */
    private static final String AUTHORIZATION = "Bearer " + System.getenv().getOrDefault("BENCH_TOKEN", "");

    private final OpenModel.Latencies latencies;

    Http(OpenModel.Latencies latencies) {
        this.latencies = latencies;
    }

    /** A call: its JSON answer, or a failed future on a status of 400 or more (counted as an error). */
    CompletableFuture<JsonNode> call(String name, String method, String url, Object body, long intendedNanos) {
        return send(method, url, body).whenComplete((answer, error) ->
                latencies.record(name, intendedNanos, error == null && answer.status() < 400))
                .thenApply(answer -> answer.json(name));
    }

    /** A plain GET outside any measurement (the benchmark's own checks): its JSON answer. */
    static JsonNode get(String url) throws InterruptedException {
        try {
            return send("GET", url, null).get().json("GET " + url);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static CompletableFuture<Answer> send(String method, String url, Object body) {
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.valueOf(method)).setAbsoluteURI(url)
                .setTimeout(30_000).putHeader("Accept", "application/json").putHeader("Authorization", AUTHORIZATION);
        String payload = body == null ? null : body instanceof String s ? s : write(body);
        if (payload != null) {
            request.putHeader("Content-Type", "application/json");
        }
        return CLIENT.request(request)
                .compose(sent -> payload == null ? sent.send() : sent.send(payload))
                .compose(response -> response.body().map(text -> new Answer(response.statusCode(), text.toString())))
                .toCompletionStage().toCompletableFuture();
    }

    static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Answer(int status, String body) {

        /** The body as JSON; a status of 400 or more fails the call. */
        JsonNode json(String call) {
            if (status >= 400) {
                throw new IllegalStateException(call + " failed: " + status + " " + body);
            }
            try {
                return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
