package org.samverka.plugin.positioning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An actor of co-action: a person ("it is not organisations that co-act but individuals"), with
 * organisation, sector and decision level, optionally the municipality they belong to, and their
 * level on the engagement staircase over time. Kept only for the region's positioning work.
 */
public record Person(long id, String regionId, String municipalityId, String name, String organisation, String sector, String decisionLevel,
        String level, List<LevelStep> levels, long version, Instant createdAt, Instant updatedAt) {

    /** Why a person is recorded, as the API and pages state it. */
    static final String PURPOSE = "To plan and follow up co-action in the region's positioning work: arenas, commitments, hosting "
            + "and engagement. Only name, organisation, sector, decision level and municipality are kept.";

    static final List<String> SECTORS = List.of("POLITICS", "PUBLIC", "BUSINESS", "CIVIL_SOCIETY", "CITIZENS", "ACADEMIA", "VISITORS");
    static final List<String> DECISION_LEVELS = List.of("LOCAL", "REGIONAL", "NATIONAL", "INTERNATIONAL");

    /** A level from a date on. */
    public record LevelStep(long id, String level, LocalDate since) {
    }

    /** A person as sent. */
    public record Input(String name, String organisation, String sector, String decisionLevel, String municipalityId) {
    }

    /** A new level as sent. */
    public record LevelInput(String level, LocalDate since) {
    }

    /** The people of a region with the purpose they are kept for. */
    public record Listing(String purpose, List<Person> items) {
    }
}
