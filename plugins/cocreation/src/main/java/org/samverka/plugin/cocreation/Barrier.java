package org.samverka.plugin.cocreation;

import java.time.Instant;
import java.util.List;

/**
 * A barrier to co-creation in the municipality, or an enabler, at system or user level (the seed's
 * two levels), in a category (Samverka's suggested list, so that a region can see what recurs),
 * linked to the projects where it appeared.
 */
public record Barrier(long id, String municipalityId, String kind, String level, String category, String text, List<Long> projectIds,
        long version, Instant createdAt, Instant updatedAt) {

    static final List<String> KINDS = List.of("BARRIER", "ENABLER");
    static final List<String> LEVELS = List.of("SYSTEM", "USER");
    static final List<String> CATEGORIES = List.of("TIME", "MANDATE", "COMPETENCE", "CULTURE", "RESOURCES", "RULES", "TRUST", "REACH",
            "COORDINATION", "TECHNOLOGY", "OTHER");

    /** What a client sends. */
    public record Input(String kind, String level, String category, String text, List<Long> projectIds) {
    }
}
