package org.samverka.plugin.lifecycle;

import java.time.Instant;

import org.samverka.api.rest.Validation;

/**
 * A region's own settings of the method. {@code threshold} is where a phase counts as under the
 * threshold; until the region sets one it is Samverka's suggestion, {@link Readiness#DEFAULT_THRESHOLD},
 * {@code thresholdOrigin} says which, and the version is 0.
 */
public record RegionSettings(String regionId, int threshold, Origin thresholdOrigin, long version, Instant updatedAt) {

    /** Where a setting comes from. */
    public enum Origin {
        /** Samverka's suggestion: the region has not set it. */
        SAMVERKA_SUGGESTION,
        /** Set by the region. */
        REGION
    }

    static RegionSettings suggested(String regionId) {
        return new RegionSettings(regionId, Readiness.DEFAULT_THRESHOLD, Origin.SAMVERKA_SUGGESTION, 0, null);
    }

    /** The settings as a client sends them. */
    public record Input(Integer threshold) {

        Input validated() {
            var check = new Validation();
            check.required("threshold", threshold);
            check.check(threshold == null || (threshold >= 0 && threshold <= 100), "threshold", "must be between 0 and 100");
            check.throwIfInvalid();
            return this;
        }
    }
}
