package org.samverka.plugin.positioning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Step 4: messages per position with their audience, channel and activity; and the advocacy agenda. */
final class Communication {

    private Communication() {
    }

    /** A message: PLANNED, ONGOING or DONE. */
    public record Message(long id, String regionId, Long positionId, String text, String audience, String channel, String activity,
            LocalDate activityOn, String status, long version, Instant createdAt, Instant updatedAt) {
    }

    /** A message as sent. */
    public record MessageInput(Long positionId, String text, String audience, String channel, String activity, LocalDate activityOn,
            String status) {
    }

    /**
     * An issue of the advocacy agenda: the decision level and the decision-makers targeted, the
     * channels (the region's Brussels and Stockholm offices, European networks), coalitions, status
     * (OPEN, IN_PROGRESS, ACHIEVED, DROPPED) and follow-up — reportable to the regional board.
     */
    public record Issue(long id, String regionId, String title, String decisionLevel, String decisionMakers, String channels,
            String coalitions, String status, String followUp, long version, Instant createdAt, Instant updatedAt) {
    }

    /** An issue as sent. */
    public record IssueInput(String title, String decisionLevel, String decisionMakers, String channels, String coalitions, String status,
            String followUp) {
    }

    static final List<String> MESSAGE_STATUSES = List.of("PLANNED", "ONGOING", "DONE");
    static final List<String> ISSUE_STATUSES = List.of("OPEN", "IN_PROGRESS", "ACHIEVED", "DROPPED");
}
