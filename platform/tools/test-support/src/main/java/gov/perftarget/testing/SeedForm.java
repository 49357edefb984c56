package gov.perftarget.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The seed form (Guangzhou Municipal Science and Technology Bureau, {@code deploy/local/seed/}) as
 * the request bodies of the services' APIs. Money stays a decimal string throughout.
 */
public final class SeedForm {

    public static final String DEPARTMENT_NAME = "广州市科学技术局";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode FORM = load();

    private SeedForm() {
    }

    /** The structured reading of the form, as in the file. */
    public static JsonNode form() {
        return FORM;
    }

    /** A department request with the form's name and a code of the caller's choosing. */
    public static Map<String, Object> department(String code) {
        Map<String, Object> department = new LinkedHashMap<>();
        department.put("code", code);
        department.put("name", FORM.at("/department/name").asText());
        department.put("subordinateUnitCount", FORM.at("/department/subordinateUnitCount").asInt());
        return department;
    }

    /** The declaration request of the form for the given department and fiscal year. */
    public static ObjectNode declaration(String departmentId, int fiscalYear) {
        ObjectNode declaration = JSON.createObjectNode();
        declaration.put("departmentId", departmentId);
        declaration.put("fiscalYear", fiscalYear);
        declaration.set("budget", FORM.get("budget").deepCopy());
        declaration.set("overallTarget", FORM.get("overallTarget"));
        declaration.set("keyTasks", FORM.get("keyTasks").deepCopy());
        declaration.set("otherTasks", FORM.get("otherTasks"));
        return declaration;
    }

    /** The form's ten indicators as an indicator-service request: categories, name, both target texts. */
    public static List<Map<String, Object>> indicators() {
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (JsonNode indicator : FORM.get("indicators")) {
            Map<String, Object> request = new LinkedHashMap<>();
            for (String field : List.of("level1Category", "level2Category", "name", "periodTarget", "annualTarget")) {
                request.put(field, indicator.get(field).asText());
            }
            indicators.add(request);
        }
        return indicators;
    }

    /** The seed form's text as its PDF's text extraction gave it (gz-stb-declaration.txt). */
    public static String text() {
        try (InputStream in = SeedForm.class.getResourceAsStream("/seed/gz-stb-declaration.txt")) {
            if (in == null) {
                throw new IllegalStateException("seed/gz-stb-declaration.txt is not on the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode load() {
        try (InputStream in = SeedForm.class.getResourceAsStream("/seed/gz-stb-declaration.json")) {
            if (in == null) {
                throw new IllegalStateException("seed/gz-stb-declaration.json is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
