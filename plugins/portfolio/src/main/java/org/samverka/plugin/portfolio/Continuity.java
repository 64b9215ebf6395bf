package org.samverka.plugin.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Carrying on alone: risks, groups and meeting places, roles in place, people trained, readiness, and what projects learned. */
final class Continuity {

    private Continuity() {
    }

    /** Risk categories; the first two are the ones the source names. */
    static final List<String> RISK_CATEGORIES = List.of("LEADERSHIP_CULTURE", "PEOPLE_CHANGING_ROLES", "CAPACITY", "FUNDING", "OTHER");
    static final List<String> RISK_STATUSES = List.of("OPEN", "MITIGATED", "CLOSED");
    static final List<String> CIRCLE_KINDS = List.of("GROUP", "MEETING_PLACE");

    /** A risk of the programme or of one of its projects; likelihood and impact 1 (low) to 3 (high). */
    public record Risk(long id, long programmeId, Long projectId, String text, String category, int likelihood, int impact,
            String mitigation, String status, long version, Instant createdAt, Instant updatedAt) {
    }

    /** A risk as sent. */
    public record RiskInput(Long projectId, String text, String category, Integer likelihood, Integer impact, String mitigation,
            String status) {
    }

    /** A group or meeting place that meets over time, with its meetings. */
    public record Circle(long id, long programmeId, String name, String kind, String purpose, List<Meeting> meetings, long version,
            Instant createdAt, Instant updatedAt) {
    }

    /** A circle as sent. */
    public record CircleInput(String name, String kind, String purpose) {
    }

    /** A meeting: when, how many came, whether the programme lead was there. */
    public record Meeting(long id, LocalDate heldOn, int attendees, boolean leadPresent) {
    }

    /** A meeting as sent. */
    public record MeetingInput(LocalDate heldOn, Integer attendees, Boolean leadPresent) {
    }

    /** Roles in place and people trained, as sent (the programme's version guards them). */
    public record CapacityInput(List<Role> roles, Integer peopleTrained) {
    }

    /** A role the municipality needs to carry on, and who fills it (null: not yet). */
    public record Role(String name, String filledBy) {
    }

    /** Roles and people trained, with the programme's version. */
    public record Capacity(List<Role> roles, int peopleTrained, long version) {
    }

    /** What a completed or stopped project learned, whether the work lives on, and whether the municipality shares it in the region's library. */
    public record ClosureInput(String learned, Boolean livesOn, Boolean shared) {
    }
}
