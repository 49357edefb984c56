package gov.perftarget.api;

import static gov.perftarget.api.Messages.MESSAGES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * 分页与排序: the paging and sorting parameters every list endpoint takes, the same everywhere
 * ({@code @Valid @BeanParam PageRequest paging}). {@code sort} names fields of the list's items,
 * comma-separated, each optionally prefixed by {@code -} for descending.
 */
public class PageRequest {

    /** The last page a list serves: page × size stays within what a query's offset can hold. */
    public static final int MAX_PAGE = 10_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "{validation.page-must-not-be-negative}")
    @Max(value = MAX_PAGE, message = "{validation.page-must-be-at-most-10000000}")
    @Parameter(description = "页码 (page number), from 0", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "{validation.size-must-be-at-least-1}")
    @Max(value = 100, message = "{validation.size-must-be-at-most-100}")
    @Parameter(description = "每页条数 (page size), 1 to 100", example = "20")
    public int size;

    @QueryParam("sort")
    @Pattern(regexp = "-?[A-Za-z]+(,-?[A-Za-z]+)*",
            message = "{validation.sort-must-be-comma-separated-field-names-each-optionally-prefixed-by-f}")
    @Parameter(description = "排序 (sort order): comma-separated fields, each optionally prefixed by - for descending; "
            + "the fields a list sorts by are named in its description; ties are broken by id", example = "-fiscalYear")
    public String sort;

    public PageRequest() {
    }

    public PageRequest(int page, int size, String sort) {
        this.page = page;
        this.size = size;
        this.sort = sort;
    }

    /** One field to sort by. */
    public record SortKey(String field, boolean descending) {
    }

    /**
     * The fields a list sorts by, each the name clients use mapped to what it sorts on (a JPQL path
     * or an in-memory comparator key), and the order used when the client gives none.
     */
    public record Sortable<V>(Map<String, V> fields, String defaultSort) {

        /** The JPQL fields of a list, in the order they are given. */
        @SafeVarargs
        public static Sortable<String> jpql(String defaultSort, Map.Entry<String, String>... fields) {
            Map<String, String> map = new LinkedHashMap<>();
            for (Map.Entry<String, String> field : fields) {
                map.put(field.getKey(), field.getValue());
            }
            return new Sortable<>(map, defaultSort);
        }
    }

    /**
     * The requested sort keys, or the list's default; 400 naming {@code sort} and the allowed fields
     * when a field is not one the list sorts by.
     */
    public List<SortKey> sortKeys(Sortable<?> sortable) {
        String requested = sort == null || sort.isBlank() ? sortable.defaultSort() : sort;
        List<SortKey> keys = new ArrayList<>();
        for (String part : requested.split(",")) {
            String trimmed = part.trim();
            boolean descending = trimmed.startsWith("-");
            String field = descending ? trimmed.substring(1) : trimmed;
            if (!sortable.fields().containsKey(field)) {
                throw ApiException.badRequest("sort",
                        MESSAGES.text("sort.unknown-field", field, sortable.fields().keySet()));
            }
            keys.add(new SortKey(field, descending));
        }
        return keys;
    }

    /** The {@code order by} clause for a Panache query, ending with {@code id} so that pages never overlap. */
    public String orderBy(Sortable<String> sortable) {
        return "order by " + sortKeys(sortable).stream()
                .map(key -> sortable.fields().get(key.field()) + (key.descending() ? " desc" : ""))
                .collect(Collectors.joining(", ")) + ", id";
    }

    /** The comparator for a list sorted in memory; ties are broken by {@code tieBreak}. */
    public <T> Comparator<T> comparator(Sortable<Comparator<T>> sortable, Comparator<T> tieBreak) {
        Comparator<T> order = null;
        for (SortKey key : sortKeys(sortable)) {
            Comparator<T> next = sortable.fields().get(key.field());
            next = key.descending() ? next.reversed() : next;
            order = order == null ? next : order.thenComparing(next);
        }
        return order == null ? tieBreak : order.thenComparing(tieBreak);
    }

    /** One page of an already sorted list held in memory. */
    public <T> Page<T> page(List<T> sorted) {
        int from = (int) Math.min((long) page * size, sorted.size());
        return new Page<>(sorted.subList(from, Math.min(from + size, sorted.size())), page, size, sorted.size());
    }
}
