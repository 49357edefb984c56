package gov.perftarget.api;

import java.util.List;
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
     * One page of a Panache query over {@code entity} with {@code filters} (the filters and entity name
     * the list: a large total is counted once for all its pages and orders, see {@link RecentTotals}).
     */
    public static <T> Page<T> of(Class<?> entity, Filters filters, PanacheQuery<T> query, PageRequest paging) {
        List<T> items = query.page(paging.page, paging.size).list();
        return new Page<>(items, paging.page, paging.size,
                RecentTotals.SHARED.total(filters.listOf(entity), query::count));
    }

    /** The same page with its items mapped, e.g. entities to responses. */
    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
