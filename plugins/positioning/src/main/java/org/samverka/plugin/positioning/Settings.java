package org.samverka.plugin.positioning;

import java.util.List;
import java.util.Map;

/**
 * A region's settings of the method: the criteria advantages are scored on, the levels of the
 * engagement staircase in order, after how many days on one level a person counts as stalled, and
 * the NPS's minimum n. Until the region sets them they are Samverka's suggestion (version 0).
 */
public record Settings(String regionId, List<Named> criteria, List<Named> levels, int stalledAfterDays, int minN, long version) {

    /** A criterion or a level: its id, its name in the languages given, and whether it is Samverka's suggestion. */
    public record Named(String id, Map<String, String> name, boolean suggestion) {
    }

    /** What a client sends: a suggested id without a name keeps Samverka's name. */
    public record Input(List<NamedInput> criteria, List<NamedInput> levels, Integer stalledAfterDays, Integer minN) {
    }

    /** A criterion or level as sent. */
    public record NamedInput(String id, Map<String, String> name) {
    }

    static final List<String> SUGGESTED_CRITERIA = List.of("UNIQUENESS", "RELEVANCE", "CREDIBILITY");
    static final List<String> SUGGESTED_LEVELS = List.of("AWARE", "INTERESTED", "ENGAGED", "AMBASSADOR", "CO_CREATOR");

    List<String> levelIds() {
        return levels.stream().map(Named::id).toList();
    }

    List<String> criterionIds() {
        return criteria.stream().map(Named::id).toList();
    }
}
