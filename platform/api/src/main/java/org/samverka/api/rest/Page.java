package org.samverka.api.rest;

import java.util.List;

/**
 * One page of a list, as every listing answers: the entries, where the page starts, how long
 * it may be, and how many entries there are in all.
 */
public record Page<T>(List<T> items, int offset, int limit, long total) {

    public static <T> Page<T> of(List<T> items, Paging paging, long total) {
        return new Page<>(List.copyOf(items), paging.offset(), paging.limit(), total);
    }

    /** Counts every entry that matches, when a page could not tell; a query in the same transaction. */
    @FunctionalInterface
    public interface Total<E extends Exception> {
        long count() throws E;
    }

    /**
     * A page from the entries read with {@link Paging#sqlWithOneMore()}: up to one more than the
     * limit. When fewer than that came back, the list ends on this page and its total is known
     * without counting, which spares most listings their second query (a municipality's list
     * usually fits on one page); otherwise {@code total} counts.
     */
    public static <T, E extends Exception> Page<T> ofOneMore(List<T> read, Paging paging, Total<E> total) throws E {
        if (read.size() <= paging.limit() && (!read.isEmpty() || paging.offset() == 0)) {
            return of(read, paging, (long) paging.offset() + read.size());
        }
        return of(read.subList(0, Math.min(read.size(), paging.limit())), paging, total.count());
    }
}
