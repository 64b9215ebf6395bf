package org.samverka.api.tenant;

import java.time.Instant;

/**
 * A region (Swedish "region", Norwegian "fylke") that owns municipalities.
 *
 * @param id readable slug, e.g. {@code norrbotten}
 * @param code official code, e.g. the county code {@code 25}
 * @param name official name, e.g. "Region Norrbotten"
 * @param country ISO 3166-1 alpha-2 country code, {@code SE} or {@code NO}
 * @param version optimistic-locking version, exposed as the ETag
 */
public record Region(String id, String code, String name, String country, long version,
        Instant createdAt, Instant updatedAt) {
}
