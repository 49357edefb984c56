package gov.perftarget.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The hostile-input suite of one service, generated from the OpenAPI document the service serves: every
 * operation is called with a catalogue of bad values in each path, query and header parameter and in
 * each field of its example body (wrong types, control characters, lone surrogates, the extremes of
 * numbers and dates, huge and deeply nested bodies, malformed headers, missing or wrong content types),
 * and with parallel duplicates. Every answer must be below 500, a refusal must be
 * {@code application/problem+json}, and a refused request must change nothing: the audit trail, which
 * records every change with its caller, gains no record of this caller.
 */
public final class HostileInputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "__hostile__";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    /** Bad values of a path or query parameter, written as they go on the wire (percent-encoded). */
    static final List<String> PARAMETER_VALUES = List.of("%00", "a%00b", "%01", "%7F", "%ED%A0%80", "%C0%AF",
            "-1", "0", "2147483647", "2147483648", "-2147483649", "9223372036854775808", "1.5", "1e-400", "1e400", "NaN",
            "null", "true", "%5B%5D", "%7B%7D", "x".repeat(5000), "%F0%9F%98%80", "2026-13-45",
            "%2B999999999-12-31T23%3A59%3A59Z", "-999999999-01-01T00%3A00%3A00Z", "0000-01-01T00%3A00%3A00Z",
            "..%2F..%2Fetc%2Fpasswd", "%27%20OR%201%3D1%20--", "%3Cscript%3E", "00000000-0000-0000-0000-000000000000");

    /** Bad values of a body field, as raw JSON. */
    static final List<String> FIELD_VALUES = List.of("null", "\"\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\u0001\"",
            "\"\\u007f\"", "\"\\ud800\"", "\"\\udc00x\"", "\"" + "长".repeat(20000) + "\"", "1.5", "-1", "0",
            "2147483648", "-9223372036854775809", "1e400", "-1e400", "1e-1100", "\"1e-1100\"", "\"1e1100\"",
            "0.000000000000000000000001", "-0.01", "99999999999999999999999999999999999999", "true", "[]", "{}",
            "\"NaN\"", "\"2026-13-45\"", "\"+999999999-12-31T23:59:59Z\"", "[" + "1,".repeat(2000) + "1]");

    /** Whole bodies no operation can take. */
    static final List<String> BODIES = List.of("", "null", "[]", "{", "\"text\"", "123", "{\"a\":\u0000}",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "{\"x\":\"" + "a".repeat(3_000_000) + "\"}");

    /** Bad values of headers every operation may get. */
    static final Map<String, List<String>> HEADER_VALUES = Map.of(
            "Accept-Language", List.of(";", ",,,", "en;q=", "en;q=1e400", "zh;q=NaN", "x".repeat(4000), "*;q=-1"),
            "If-Match", List.of("\"abc\"", "W/\"1\"", "*", "\"-1\"", "\"99999999999999999999\"", ";", "\"\""),
            "Idempotency-Key", List.of("x".repeat(300), " ", "\t"),
            "Accept", List.of(";", "application/xml", "*/*;q=abc", "text/html"),
            "Cookie", List.of("a=" + "x".repeat(20_000)));

    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", ";", "application/json; charset=nope",
            "multipart/form-data; boundary=x");

    private final String token;
    private final String actor;
    private final Map<String, String> fixtures = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private int requests;
    /** This caller's audit records as last counted; -1 after a request that may have added some. */
    private long knownAuditRecords = -1;

    /**
     * @param token the bearer token every request carries (one with every role, so that requests reach
     *              validation rather than stop at authorization)
     * @param actor the token's subject: the audit trail's records of this caller are counted
     */
    public HostileInputs(String token, String actor) {
        this.token = token;
        this.actor = actor;
    }

    /** A real value for a path parameter or body field of this name (an id of the test's fixture). */
    public HostileInputs fixture(String name, Object value) {
        fixtures.put(name, String.valueOf(value));
        return this;
    }

    /** Runs the suite; fails with every wrong answer. */
    public void verify() throws Exception {
        JsonNode document = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext();) {
                Map.Entry<String, JsonNode> method = methods.next();
                // an operation without an id is a test's stand-in, not the service's API
                if (METHODS.contains(method.getKey()) && method.getValue().has("operationId")) {
                    operation(document, method.getKey(), path.getKey(), method.getValue());
                }
            }
        }
        overLongBody();
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " wrong answers of " + requests + " hostile requests:\n"
                    + String.join("\n", failures.subList(0, Math.min(60, failures.size()))));
        }
    }

    private void operation(JsonNode document, String method, String template, JsonNode operation) throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(resolve(document, p)));
        Map<String, String> pathValues = new LinkedHashMap<>();
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asText())) {
                String name = parameter.path("name").asText();
                pathValues.put(name, fixtures.getOrDefault(name, defaultValue(document, parameter.path("schema"))));
            }
        }
        String body = exampleBody(operation);
        String name = method.toUpperCase() + " " + template;

        for (JsonNode parameter : parameters) {
            String in = parameter.path("in").asText();
            String parameterName = parameter.path("name").asText();
            if ("path".equals(in) || "query".equals(in)) {
                for (String value : PARAMETER_VALUES) {
                    Map<String, String> path = new LinkedHashMap<>(pathValues);
                    String query = "";
                    if ("path".equals(in)) {
                        path.put(parameterName, value);
                    } else {
                        query = "?" + parameterName + "=" + value;
                    }
                    send(name + " " + in + " " + parameterName + "=" + abbreviate(value), method, fill(template, path) + query,
                            body, "application/json", Map.of());
                }
            }
        }
        String url = fill(template, pathValues);
        for (Map.Entry<String, List<String>> header : HEADER_VALUES.entrySet()) {
            for (String value : header.getValue()) {
                send(name + " header " + header.getKey() + "=" + abbreviate(value), method, url, body, "application/json",
                        Map.of(header.getKey(), value));
            }
        }
        if (body == null) {
            return;
        }
        for (String whole : BODIES) {
            send(name + " body " + abbreviate(whole), method, url, whole, "application/json", Map.of());
        }
        for (String type : CONTENT_TYPES) {
            send(name + " content type " + type, method, url, body, type, Map.of());
        }
        send(name + " no content type", method, url, body, null, Map.of());
        for (String field : fieldPaths(JSON.readTree(body), "")) {
            for (String value : FIELD_VALUES) {
                send(name + " field " + field + "=" + abbreviate(value), method, url, mutate(body, field, value),
                        "application/json", Map.of());
            }
        }
        parallelDuplicates(name, method, url, body);
    }

    /**
     * A body announced longer than the service takes: refused with a problem as soon as the headers are read
     * (sent by hand, as a client library would send the whole body first).
     */
    private void overLongBody() throws IOException {
        URI base = URI.create(RestAssured.baseURI);
        try (Socket socket = new Socket(base.getHost(), RestAssured.port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /api/v1/over-long HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + token + "\r\nContent-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n{")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = answer(socket);
            requests++;
            if (!answer.startsWith("HTTP/1.1 413") || !answer.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json")
                    || !answer.contains("request-too-large")) {
                failures.add("a body announced at 1 GB: " + abbreviate(answer));
            }
        }
    }

    /** What the server answered until it closed the connection or fell silent for the socket's timeout. */
    private static String answer(Socket socket) throws IOException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = socket.getInputStream().read(buffer)) >= 0;) {
                read.write(buffer, 0, n);
            }
        } catch (java.net.SocketTimeoutException silent) {
            // judged by what came
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    /** Ten identical requests at once, with one Idempotency-Key: none may fail with a 5xx. */
    private void parallelDuplicates(String name, String method, String url, String body) throws Exception {
        String key = "hostile-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(pool.submit(() -> request(body, "application/json", Map.of("Idempotency-Key", key))
                        .request(method, url)));
            }
            for (Future<Response> answer : answers) {
                requests++;
                Response response = answer.get();
                if (response.statusCode() >= 500) {
                    failures.add(name + " parallel duplicates: " + response.statusCode() + " " + abbreviate(response.asString()));
                }
            }
        } finally {
            pool.shutdownNow();
            knownAuditRecords = -1; // the duplicates may have created something
        }
    }

    private void send(String what, String method, String url, String body, String contentType, Map<String, String> headers) {
        long before = knownAuditRecords >= 0 ? knownAuditRecords : auditRecords();
        Response response;
        try {
            response = request(body, contentType, headers).request(method, url);
        } catch (Exception e) { // Groovy passes on the client's checked exceptions unwrapped
            knownAuditRecords = -1;
            failures.add(what + ": the request failed on the client: " + e);
            return;
        }
        requests++;
        int status = response.statusCode();
        // the count after one request is the count before the next, unless that one changed something
        knownAuditRecords = status >= 400 ? before : -1;
        if (status >= 500) {
            failures.add(what + ": " + status + " " + abbreviate(response.asString()));
        } else if (status >= 400) {
            String type = response.contentType();
            if (type == null || !type.startsWith("application/problem+json")) {
                failures.add(what + ": " + status + " without a problem (" + type + ")");
            }
            long after = auditRecords();
            knownAuditRecords = after;
            if (after != before) {
                failures.add(what + ": refused with " + status + " but the audit trail gained " + (after - before) + " records");
            }
        }
    }

    private RequestSpecification request(String body, String contentType, Map<String, String> headers) {
        RequestSpecification request = given().urlEncodingEnabled(false)
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .header("Authorization", "Bearer " + token);
        headers.forEach(request::header);
        if (body != null) {
            if (contentType != null) {
                request.contentType(contentType);
            }
            request.body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return request;
    }

    /** How many audit records this caller has caused so far. */
    private long auditRecords() {
        return given().header("Authorization", "Bearer " + token).queryParam("actor", actor).queryParam("size", 1)
                .get("/api/v1/audit-records").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private String exampleBody(JsonNode operation) throws Exception {
        JsonNode content = operation.path("requestBody").path("content").path("application/json");
        if (content.isMissingNode()) {
            return null;
        }
        JsonNode example = content.path("example");
        if (example.isMissingNode()) {
            Iterator<JsonNode> examples = content.path("examples").elements();
            example = examples.hasNext() ? examples.next().path("value") : JSON.createObjectNode();
        }
        JsonNode body = example.deepCopy();
        applyFixtures(body);
        return JSON.writeValueAsString(body);
    }

    private void applyFixtures(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(field -> {
                if (fixtures.containsKey(field) && object.get(field).isValueNode()) {
                    object.put(field, fixtures.get(field));
                }
            });
            object.elements().forEachRemaining(this::applyFixtures);
        } else if (node instanceof ArrayNode array) {
            array.forEach(this::applyFixtures);
        }
    }

    /** The paths of every field of the example ({@code budget.basicExpenditure}, {@code keyTasks[0].name}). */
    static List<String> fieldPaths(JsonNode node, String prefix) {
        List<String> paths = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(field -> {
                String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
                paths.add(path);
                paths.addAll(fieldPaths(field.getValue(), path));
            });
        } else if (node instanceof ArrayNode array && !array.isEmpty()) {
            paths.addAll(fieldPaths(array.get(0), prefix + "[0]"));
        }
        return paths;
    }

    /** The body with the field at {@code path} replaced by the raw JSON {@code value}. */
    static String mutate(String body, String path, String value) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode parent = root;
            String[] steps = path.split("\\.");
            for (int i = 0; i < steps.length; i++) {
                String step = steps[i];
                boolean last = i == steps.length - 1;
                String field = step.endsWith("[0]") ? step.substring(0, step.length() - 3) : step;
                if (last && !step.endsWith("[0]")) {
                    ((ObjectNode) parent).put(field, MARK);
                } else if (last) {
                    ((ArrayNode) parent.get(field)).set(0, JSON.getNodeFactory().textNode(MARK));
                } else {
                    parent = step.endsWith("[0]") ? parent.get(field).get(0) : parent.get(field);
                }
            }
            return JSON.writeValueAsString(root).replace("\"" + MARK + "\"", value);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot change " + path + " of " + body, e);
        }
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode ref = node.path("$ref");
        if (ref.isTextual()) {
            JsonNode target = document;
            for (String step : ref.asText().substring(2).split("/")) {
                target = target.path(step);
            }
            return target;
        }
        return node;
    }

    private static String defaultValue(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        String type = resolved.path("type").asText();
        if ("integer".equals(type)) {
            return "1";
        }
        if ("string".equals(type) && !resolved.has("format") && !resolved.has("pattern")) {
            return "x";
        }
        return UUID.randomUUID().toString();
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path;
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "null" : text.replace('\n', ' ');
        return oneLine.length() > 80 ? oneLine.substring(0, 80) + "…(" + oneLine.length() + ")" : oneLine;
    }
}
