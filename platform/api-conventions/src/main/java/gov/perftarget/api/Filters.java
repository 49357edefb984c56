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

    /** The query: the conditions, then the ordering (which must make the order stable). */
    String query(String orderBy) {
        return (conditions.isEmpty() ? "" : String.join(" and ", conditions) + " ") + orderBy;
    }

    Map<String, Object> parameters() {
        return parameters;
    }

    /** Which list of {@code entity} these filters select, whatever its page and order: equal filters, equal keys. */
    Object listOf(Class<?> entity) {
        return List.of(entity.getName(), List.copyOf(conditions), Map.copyOf(parameters));
    }

    private static String parameterName(String field) {
        return field.replace('.', '_');
    }
}
