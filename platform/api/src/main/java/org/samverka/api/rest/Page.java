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
}
