package org.samverka.plugin.lifecycle;

import java.time.Instant;

import org.samverka.api.rest.Validation;

/**
 * A region's target: between {@code low} and {@code high} new residents, counted as {@code measure},
 * over the years {@code baseYear} to {@code targetYear}, both included.
 */
public record PopulationTarget(String regionId, int low, int high, int baseYear, int targetYear, TargetMeasure measure,
        String source, long version, Instant updatedAt) {

    /** A target as a client sends it. */
    public record Input(Integer low, Integer high, Integer baseYear, Integer targetYear, TargetMeasure measure,
            String source) {

        Input validated() {
            var check = new Validation();
            check.required("low", low);
            check.required("high", high);
            check.required("baseYear", baseYear);
            check.required("targetYear", targetYear);
            check.check(low == null || low >= 0, "low", "must be 0 or more");
            check.check(low == null || high == null || high >= low, "high", "must be at least low");
            check.check(baseYear == null || (baseYear >= 1900 && baseYear <= 2200), "baseYear", "must be a year");
            check.check(baseYear == null || targetYear == null || targetYear >= baseYear, "targetYear",
                    "must not come before baseYear");
            String cleanSource = check.optionalText("source", source, 500);
            check.throwIfInvalid();
            return new Input(low, high, baseYear, targetYear, measure == null ? TargetMeasure.NET_CHANGE : measure,
                    cleanSource);
        }
    }
}
