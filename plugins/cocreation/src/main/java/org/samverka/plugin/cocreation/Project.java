package org.samverka.plugin.cocreation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A co-creation project of a municipality: its problem and frame, the step it is at, its checklist
 * (the municipality's, with what is done), the mandatory items open at the current step, and the
 * gaps in what it has learned.
 */
public record Project(long id, String municipalityId, Long arenaId, String title, String problem, Frame frame, Step step,
        List<Check> checklist, List<String> openMandatory, List<Gaps.Gap> gaps, long version, Instant createdAt, Instant updatedAt) {

    /**
     * The frame: scope, constraints, possibilities, who is affected, how success is seen, and the
     * "right problem?" sign-off — who confirmed it and when.
     */
    public record Frame(String scope, String constraints, String possibilities, String affected, String successCriteria,
            String rightProblemConfirmedBy, LocalDate rightProblemConfirmedOn) {
    }

    /** A checklist item with the project's state of it. */
    public record Check(Step step, String id, Map<String, String> text, boolean mandatory, boolean suggestion, boolean done,
            String doneBy, Instant doneAt) {
    }

    /** What a client sends; a new project starts at {@code FRAME}, and only a move changes its step. */
    public record Input(String title, String problem, Long arenaId, Frame frame) {
    }

    /** A move between steps: the real path, forward or back, with what was open and why it went on anyway. */
    public record Move(long id, Step from, Step to, String direction, String gating, List<String> openItems, boolean override,
            String reason, String movedBy, Instant movedAt) {
    }

    /** A move as a client asks for it: the step to go to, and a reason when it goes on past open mandatory items. */
    public record MoveInput(Step to, String reason) {
    }
}
