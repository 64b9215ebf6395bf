package org.samverka.plugin.lifecycle;

import java.time.Instant;

/**
 * A resource, role or effort of a municipality in one phase.
 *
 * @param catalogueEntryId the entry of the region's capacity catalogue this item meets; null for
 *                         one of the municipality's own extra items
 */
public record CapacityItem(long id, String municipalityId, Phase phase, ItemKind kind, String title, String description,
        String responsibleOrganisation, String contact, ItemStatus status, String notes, boolean demo, long version,
        Instant createdAt, Instant updatedAt, Long catalogueEntryId) {
}
