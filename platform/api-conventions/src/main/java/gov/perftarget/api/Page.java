package gov.perftarget.api;

import java.util.List;

/**
 * One page of a list: the items, the zero-based page number, the page size and the total count
 * of items over all pages. Every list endpoint answers with this shape.
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
