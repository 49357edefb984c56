package gov.perftarget.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional filters of a list endpoint as a Panache query: each filter given adds a condition,
 * each one left out adds nothing.
 */
public final class Filters {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds {@code field = :field} when the value is given. */
    public Filters equal(String field, Object value) {
        return where(field + " = :" + parameterName(field), parameterName(field), value);
    }

    /** Adds a condition that uses the named parameter, when the value is given. */
    public Filters where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /**
     * Adds "any of the fields holds the text" (case-insensitive) when the text is given; {@code %} and {@code _} in it
     * are literal characters, not patterns.
     */
    public Filters contains(String parameter, String text, String... fields) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String pattern = "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
        List<String> any = new ArrayList<>();
        for (String field : fields) {
            any.add("lower(" + field + ") like :" + parameter + " escape '!'");
        }
        return where("(" + String.join(" or ", any) + ")", parameter, pattern);
    }

    /** The query: the conditions, then the ordering (which must make the order stable). */
    String query(String orderBy) {
        return (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + orderBy;
    }

    /** The conditions alone, for a query of one's own (a count by group); empty when no filter is given. */
    public String conditions() {
        return String.join(" and ", conditions);
    }

    public Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    /** Which list of {@code entity} these filters select, whatever its page and order: equal filters, equal keys. */
    Object listOf(Class<?> entity) {
        return List.of(entity.getName(), List.copyOf(conditions), Map.copyOf(parameters));
    }

    private static String parameterName(String field) {
        return field.replace('.', '_');
    }
}
