package org.samverka.plugin.lifecycle;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a region expects each of its municipalities to have in one phase: one line of the
 * capacity catalogue, against which every municipality's readiness is scored.
 *
 * @param example     the key of the example shipped with Samverka this entry still is, else null
 *                    (the region's own words)
 * @param note        for an example, who says it belongs here, in the reader's language; else null
 * @param regionLevel a resource the region provides once (EURES), whose {@code regionStatus} counts
 *                    for the municipalities that rely on it
 * @param reliedOnBy  the municipalities that rely on a region-level resource; null for all of them
 */
public record CatalogueEntry(long id, String regionId, Phase phase, String title, String description, String example,
        String note, boolean regionLevel, ItemStatus regionStatus, List<String> reliedOnBy, long version, Instant createdAt,
        Instant updatedAt) {

    /** Examples the region's source documents name; every other example is Samverka's suggestion. */
    static final Set<String> NAMED_IN_SOURCES = Set.of("in-mover-service", "eures");

    /** The entry as stored: an example's texts are read in the reader's language. */
    record Stored(long id, String regionId, Phase phase, String exampleKey, String title, String description,
            boolean regionLevel, ItemStatus regionStatus, List<String> reliedOnBy, long version, Instant createdAt,
            Instant updatedAt) {

        CatalogueEntry in(String language) {
            if (exampleKey == null) {
                return new CatalogueEntry(id, regionId, phase, title, description, null, null, regionLevel, regionStatus,
                        reliedOnBy, version, createdAt, updatedAt);
            }
            String prefix = "catalogue." + exampleKey + ".";
            String note = NAMED_IN_SOURCES.contains(exampleKey) ? "catalogue.note.named" : "catalogue.note.suggestion";
            return new CatalogueEntry(id, regionId, phase, label(prefix + "title", language),
                    label(prefix + "description", language), exampleKey, label(note, language), regionLevel, regionStatus,
                    reliedOnBy, version, createdAt, updatedAt);
        }

        /** Whether this region-level resource counts for the municipality. */
        boolean reliedOnBy(String municipalityId) {
            return regionLevel && regionStatus != null && (reliedOnBy == null || reliedOnBy.contains(municipalityId));
        }

        private static String label(String key, String language) {
            return LifecycleLabels.LABELS.text(key).in(Locale.forLanguageTag(language));
        }
    }
}
