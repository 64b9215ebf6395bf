package org.samverka.plugin.workshop;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A prototype made in a workshop: what it is, the hypothesis it tests, for whom, the sprint
 * questions a test answers and the storyboard's steps; {@code summary} is the team's verdict
 * ({@code VALIDATED}, {@code INVALIDATED}, {@code INCONCLUSIVE}), once given.
 */
public record Prototype(long id, long workshopId, String municipalityId, String what, String hypothesis, String targetGroup,
        String phase, String persona, List<String> questions, List<String> steps, String summary, long version, Instant createdAt,
        Instant updatedAt) {

    static final java.util.Set<String> SUMMARIES = java.util.Set.of("VALIDATED", "INVALIDATED", "INCONCLUSIVE");

    /** What a client sends. */
    public record Input(String what, String hypothesis, String targetGroup, String phase, String persona, List<String> questions,
            List<String> steps, String summary) {
    }

    /**
     * One test with one person, pseudonymous: a code, not a name, and a profile of what the method
     * needs; their answer to each question ({@code YES}, {@code NO}, {@code MAYBE}) and reaction to
     * each step ({@code POSITIVE}, {@code NEGATIVE}, {@code NEUTRAL}), in order.
     */
    public record Session(long id, long prototypeId, String testerCode, String origin, String household, String occupation,
            String phase, String persona, boolean consent, LocalDate heldOn, String notes, List<String> answers,
            List<String> reactions, long version, Instant createdAt) {
    }

    /** A session as a client sends it. */
    public record SessionInput(String testerCode, String origin, String household, String occupation, String phase, String persona,
            Boolean consent, LocalDate heldOn, String notes, List<String> answers, List<String> reactions) {
    }
}
