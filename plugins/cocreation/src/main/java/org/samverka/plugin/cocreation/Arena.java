package org.samverka.plugin.cocreation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.samverka.api.module.LocalizedText;

/**
 * A long-lived participation space ("Ny by") with the projects it holds and its participation
 * reach: how many took part and how, which groups, and which of the guide's groups are missing.
 */
public record Arena(long id, String municipalityId, String name, String description, List<ProjectRef> projects, Reach reach, long version,
        Instant createdAt, Instant updatedAt) {

    /** A project the arena holds. */
    public record ProjectRef(long id, String title, Step step) {
    }

    /** Who took part: people in all, per way of taking part, per group; and the groups not reached. */
    public record Reach(int people, Map<String, Integer> byHow, List<GroupReach> groups, List<String> missing) {
    }

    /** A group's participation. */
    public record GroupReach(String group, LocalizedText name, int people, Map<String, Integer> byHow) {
    }

    /** What a client sends. */
    public record Input(String name, String description) {
    }

    /** One occasion of participation: when, how, which group, how many, for which project. */
    public record Participation(long id, long arenaId, Long projectId, LocalDate heldOn, String how, String group, int people, String note,
            Instant createdAt) {
    }

    /** A participation as a client sends it. */
    public record ParticipationInput(Long projectId, LocalDate heldOn, String how, String group, Integer people, String note) {
    }

    static final List<String> HOWS = List.of("INTERVIEW", "WORKSHOP", "SURVEY", "MEETING");
}
