package gov.perftarget.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;

/**
 * An OTLP receiver (HTTP, protobuf) on a free port, standing in for the cluster's collector: the services run
 * as separate processes, so only what they export shows their spans together.
 */
final class TraceCollector implements AutoCloseable {

    /** A received span: the exporting service ({@code service.name}), its name and kind, and its ids in hex. */
    record ExportedSpan(String service, String name, String kind, String traceId, String spanId, String parentSpanId) {
    }

    private final HttpServer server;
    private final List<ExportedSpan> spans = new CopyOnWriteArrayList<>();
    /** Exports the collector could not read (shown when a test misses spans). */
    private final List<String> refusals = new CopyOnWriteArrayList<>();

    TraceCollector() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                receive(ExportTraceServiceRequest.parseFrom(body));
                byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
                exchange.getResponseBody().write(answer);
            } catch (IOException | RuntimeException | LinkageError e) {
                refusals.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + ": " + e
                        + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    /** Where the services send their spans ({@code OTLP_TRACES_ENDPOINT}, protocol http/protobuf). */
    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    /** The requests that were not OTLP trace exports, and why. */
    List<String> refusals() {
        return refusals;
    }

    /** How many spans arrived, of any trace. */
    int received() {
        return spans.size();
    }

    /** The spans of one trace received so far. */
    List<ExportedSpan> trace(String traceId) {
        return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
    }

    private void receive(ExportTraceServiceRequest request) {
        HexFormat hex = HexFormat.of();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = resource.getResource().getAttributesList().stream()
                    .filter(attribute -> attribute.getKey().equals("service.name"))
                    .map(attribute -> attribute.getValue().getStringValue()).findFirst().orElse("?");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                scope.getSpansList().forEach(span -> spans.add(new ExportedSpan(service, span.getName(),
                        span.getKind().name(), hex.formatHex(span.getTraceId().toByteArray()),
                        hex.formatHex(span.getSpanId().toByteArray()), hex.formatHex(span.getParentSpanId().toByteArray()))));
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
