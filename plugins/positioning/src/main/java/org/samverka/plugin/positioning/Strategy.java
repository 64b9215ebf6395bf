package org.samverka.plugin.positioning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Steps 1 and 2: the place's core values, its advantages with evidence and scores, and the positions chosen from them. */
final class Strategy {

    private Strategy() {
    }

    /** A core value: a foundation stone the stage stands on. */
    public record CoreValue(long id, String regionId, String name, String description, long version, Instant createdAt, Instant updatedAt) {
    }

    /** A value as sent. */
    public record ValueInput(String name, String description) {
    }

    /**
     * An advantage with its evidence, its scores per criterion (1–5), their mean ({@code null}
     * until scored) and its rank among the region's advantages (1 is best; unscored ones last).
     */
    public record Advantage(long id, String regionId, String title, String category, String description, List<Evidence> evidence,
            Map<String, Integer> scores, Double score, int rank, long version, Instant createdAt, Instant updatedAt) {
    }

    /** Evidence for an advantage and where it comes from. */
    public record Evidence(String text, String source) {
    }

    /** An advantage as sent. */
    public record AdvantageInput(String title, String category, String description, List<Evidence> evidence, Map<String, Integer> scores) {
    }

    /**
     * A position chosen from advantages, linked to core values and to the regional development
     * strategy's priorities, with rationale, audiences and priority (1 first); {@code score} is the
     * mean score of its advantages.
     */
    public record Position(long id, String regionId, String title, List<Long> advantageIds, List<Long> valueIds, List<String> strategyPriorities,
            String rationale, List<String> audiences, int priority, Double score, long version, Instant createdAt, Instant updatedAt) {
    }

    /** A position as sent. */
    public record PositionInput(String title, List<Long> advantageIds, List<Long> valueIds, List<String> strategyPriorities, String rationale,
            List<String> audiences, Integer priority) {
    }

    static final List<String> CATEGORIES = List.of("NATURE", "INDUSTRY", "KNOWLEDGE", "CULTURE", "LIFESTYLE", "LOCATION", "PEOPLE", "OTHER");
}
