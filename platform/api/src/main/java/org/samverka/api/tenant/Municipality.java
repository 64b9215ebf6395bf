package org.samverka.api.tenant;

import java.time.Instant;

/**
 * A municipality (Swedish "kommun", Norwegian "kommune").
 *
 * @param id readable slug, e.g. {@code lulea}
 * @param regionId the owning region's id
 * @param code official code: SCB kommunkod ({@code 2580} for Luleå) or kommunenummer ({@code 1804} for Bodø)
 * @param name official name, e.g. "Luleå"
 * @param version optimistic-locking version, exposed as the ETag
 */
public record Municipality(String id, String regionId, String code, String name, long version,
        Instant createdAt, Instant updatedAt) {
}
