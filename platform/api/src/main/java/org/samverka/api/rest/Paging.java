package org.samverka.api.rest;

/**
 * Which part of a long list a client asked for: {@code ?offset=0&limit=50}. Every listing of the
 * platform and its plugins checks it the same way.
 *
 * @param offset how many entries to skip, 0 or more
 * @param limit how many to return at most, 1 to {@link #MAX_LIMIT}
 */
public record Paging(int offset, int limit) {

    /** The most entries one page may hold. */
    public static final int MAX_LIMIT = 500;

    /** @throws ApiProblem 400 naming {@code offset} or {@code limit} when they are out of range */
    public static Paging of(int offset, int limit) {
        var check = new Validation();
        Paging paging = of(offset, limit, check);
        check.throwIfInvalid();
        return paging;
    }

    /**
     * Checks the paging beside a resource's other query values, so that one 400 names every bad
     * one; use the result only after {@link Validation#throwIfInvalid()}.
     */
    public static Paging of(int offset, int limit, Validation check) {
        check.check(offset >= 0, "offset", "must be 0 or more");
        check.check(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT);
        return new Paging(offset, limit);
    }

    /** The SQL that ends an ordered {@code SELECT} for this page: the entries in it, or none. */
    public String sql() {
        return " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY";
    }

    /**
     * The SQL that ends an ordered {@code SELECT} for this page and one entry more, which tells
     * whether the list goes on after it; for {@link Page#ofOneMore}.
     */
    public String sqlWithOneMore() {
        return " OFFSET " + offset + " ROWS FETCH NEXT " + (limit + 1) + " ROWS ONLY";
    }
}
