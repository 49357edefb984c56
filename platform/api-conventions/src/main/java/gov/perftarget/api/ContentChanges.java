package gov.perftarget.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The difference between two versions of a document (two revisions' content, say): every field whose
 * value changed, named by its path in the API ({@code budget.basicExpenditure},
 * {@code keyTasks[2].plannedFunds}), with the old and the new value. Amounts compare by value (100.0
 * equals 100.00); an added or removed list element shows its fields with a null old or new value.
 * budget-service diffs its revisions with it, review-service what changed since a returned revision.
 */
public final class ContentChanges {

    /** Keeps amounts as written: a default node factory would turn 16000.00 into 1.6E+4. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .registerModule(new JavaTimeModule()) // times as ISO 8601, as the API writes them
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** One changed field. */
    public record Change(String field, String oldValue, String newValue) {
    }

    private ContentChanges() {
    }

    public static List<Change> between(Object older, Object newer) {
        Map<String, String> before = flatten(JSON.valueToTree(older));
        Map<String, String> after = flatten(JSON.valueToTree(newer));
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String field : fields) {
            String oldValue = before.get(field);
            String newValue = after.get(field);
            if (!same(oldValue, newValue)) {
                changes.add(new Change(field, oldValue, newValue));
            }
        }
        return changes;
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", node, fields);
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), fields);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), fields);
            }
        } else {
            fields.put(path, node.isNull() ? null : node.isBigDecimal() ? node.decimalValue().toPlainString() : node.asText());
        }
    }

    private static boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.equals(b)) {
            return true;
        }
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
