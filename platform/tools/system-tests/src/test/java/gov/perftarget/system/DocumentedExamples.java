package gov.perftarget.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The API documents' examples as one real run of the seed form's flow gives them: each call's request and answer,
 * recorded per service and operation into {@code <service>/src/main/resources/openapi-examples.json}, which the
 * document filter of api-conventions puts into the OpenAPI documents. Ids become fixed ones in the order they first
 * appear (the same id is the same example id in every document), times a fixed time, the department's code the
 * seed's. {@link #check} compares the run with the committed files; run with {@code -Dperftarget.examples.update}
 * it writes them instead.
 */
final class DocumentedExamples {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");

    private final Map<String, ObjectNode> services = new LinkedHashMap<>();
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final String departmentCode;

    DocumentedExamples(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    /** One call: its request body (null for none) and its answer's status and body. */
    void record(String service, String operationId, Object request, int status, String answer) throws IOException {
        ObjectNode operation = services.computeIfAbsent(service, s -> JSON.createObjectNode()).putObject(operationId);
        if (request != null) {
            operation.set("request", fixed(JSON.writeValueAsString(request instanceof String text ? JSON.readTree(text)
                    : JSON.valueToTree(request))));
        }
        operation.putObject("responses").set(String.valueOf(status), fixed(answer));
    }

    /** The recorded examples are those committed, or (updating) become them. */
    void check(Path root) throws IOException {
        boolean update = System.getProperty("perftarget.examples.update") != null;
        for (Map.Entry<String, ObjectNode> service : services.entrySet()) {
            Path file = root.resolve(service.getKey()).resolve("src/main/resources/openapi-examples.json");
            String recorded = JSON.writeValueAsString(service.getValue()) + "\n";
            if (update) {
                Files.writeString(file, recorded);
            } else {
                assertEquals(Files.exists(file) ? Files.readString(file) : "(no " + file + ")", recorded,
                        service.getKey() + ": the documented examples are not what the seed flow answers;"
                                + " run SeedDeclarationIT with -Dperftarget.examples.update to record them");
            }
        }
    }

    private JsonNode fixed(String body) throws IOException {
        String text = body.replace(departmentCode, "GZSTB");
        Matcher id = UUID.matcher(text);
        StringBuilder out = new StringBuilder();
        while (id.find()) {
            String placeholder = ids.computeIfAbsent(id.group(),
                    real -> String.format("6a9e2f4b-1c3d-4e5f-8a7b-%012x", 0x9c0d1e2f3a4bL + ids.size()));
            id.appendReplacement(out, placeholder);
        }
        id.appendTail(out);
        Matcher time = TIME.matcher(out.toString());
        StringBuilder timed = new StringBuilder();
        while (time.find()) {
            time.appendReplacement(timed, time.group(2).equals("Z") ? "2026-03-06T02:00:00Z" : "2026-03-06T10:00:00+08:00");
        }
        time.appendTail(timed);
        return JSON.readTree(timed.toString());
    }
}
