package org.samverka.plugin.positioning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Step 3's meeting places: arenas, their occurrences with hosts and participants, and the commitments made there. */
final class CoAction {

    private CoAction() {
    }

    /** An arena; {@code referenceData}: one of the region's known meeting places the region started with. */
    public record Arena(long id, String regionId, String name, String description, boolean referenceData, List<Occurrence> occurrences,
            long version, Instant createdAt, Instant updatedAt) {
    }

    /** An arena as sent. */
    public record ArenaInput(String name, String description) {
    }

    /** An occurrence: the year, theme and dates, who hosted it (värdskap) and who took part. */
    public record Occurrence(long id, long arenaId, int year, String theme, LocalDate startsOn, LocalDate endsOn, List<Long> hostIds,
            List<Long> participantIds, long version, Instant createdAt, Instant updatedAt) {
    }

    /** An occurrence as sent. */
    public record OccurrenceInput(Integer year, String theme, LocalDate startsOn, LocalDate endsOn, List<Long> hostIds, List<Long> participantIds) {
    }

    /** A commitment made at an occurrence and its follow-up: PROMISED, DELIVERED or DROPPED. */
    public record Commitment(long id, String regionId, long occurrenceId, long personId, String text, LocalDate dueOn, String status,
            LocalDate deliveredOn, String followUp, long version, Instant createdAt, Instant updatedAt) {
    }

    /** A commitment as sent. */
    public record CommitmentInput(Long occurrenceId, Long personId, String text, LocalDate dueOn, String status, LocalDate deliveredOn,
            String followUp) {
    }

    /** From conversation to co-action, counted: commitments per status and the share delivered. */
    public record FollowUp(int promised, int delivered, int dropped, Double deliveredShare) {
    }

    static final List<String> STATUSES = List.of("PROMISED", "DELIVERED", "DROPPED");
}
