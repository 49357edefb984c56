package gov.perftarget.api;

import java.util.List;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * One page of a list: the items, the zero-based page number, the page size and the total count
 * of items over all pages. Every list endpoint answers with this shape.
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** One page of a Panache query. */
    public static <T> Page<T> of(PanacheQuery<T> query, PageRequest paging) {
        return new Page<>(query.page(paging.page, paging.size).list(), paging.page, paging.size, query.count());
    }

    /** The same page with its items mapped, e.g. entities to responses. */
    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), page, size, total);
    }
}
