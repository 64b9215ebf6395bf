package org.samverka.plugin.lifecycle;

import java.time.Instant;

import org.samverka.api.rest.Validation;

/** How many people moved into a municipality in a year. */
public record InMovers(String municipalityId, int year, int count, long version, Instant updatedAt) {

    /** A yearly count as a client sends it. */
    public record Input(Integer year, Integer count) {

        Input validated() {
            var check = new Validation();
            check.required("year", year);
            check.required("count", count);
            check.check(year == null || (year >= 1900 && year <= 2200), "year", "must be a year");
            check.check(count == null || count >= 0, "count", "must be 0 or more");
            check.throwIfInvalid();
            return this;
        }
    }
}
