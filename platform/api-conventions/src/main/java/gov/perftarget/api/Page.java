package gov.perftarget.api;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * One page of a list: the items, the zero-based page number, the page size and the total count
 * of items over all pages. Every list endpoint answers with this shape. A total of 1,000 or more may
 * be up to two seconds old ({@link RecentTotals}); a smaller one is exact.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** What {@code total} means, for each page's OpenAPI schema. */
    public static final String TOTAL = "items over all pages; exact below 1,000, otherwise counted at most 2 s ago"
            + " (共计条数：1000 条以下精确，以上为 2 秒内的计数)";

    /**
     * One page of {@code entity} selected by {@code filters}, in the order the request asks for among
     * {@code sortable}; the total is shared by all pages and orders of the list ({@link RecentTotals}).
     * {@code find} is the entity's Panache {@code find(query, parameters)} as a lambda: a method reference
     * would not reach the static methods Panache generates in the entity (quarkusio/quarkus#8235).
     */
    public static <T> Page<T> of(Class<T> entity, Filters filters, PageRequest.Sortable<String> sortable,
            PageRequest paging, BiFunction<String, Map<String, Object>, PanacheQuery<T>> find) {
        PanacheQuery<T> query = find.apply(filters.query(paging.orderBy(sortable)), filters.parameters());
        List<T> items = query.page(paging.page, paging.size).list();
        return new Page<>(items, paging.page, paging.size,
                RecentTotals.SHARED.total(filters.listOf(entity), query::count));
    }

    /** The same page with its items mapped, e.g. entities to responses. */
    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
