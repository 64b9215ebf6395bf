package org.samverka.plugin.cocreation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GapsTest {

    private static Entry entry(long id, EntryKind kind, Map<String, Object> fields, Long... links) {
        return new Entry(id, 1, kind, fields, List.of(links), 1, Instant.EPOCH, Instant.EPOCH);
    }

    private static List<String> codes(List<Entry> entries, Step step) {
        return Gaps.of(entries, step).stream().map(g -> g.code() + (g.entryId() == null ? "" : ":" + g.entryId())).toList();
    }

    @Test
    void aFullChainWithAnActorClosestToTheNeedHasNoGaps() {
        List<Entry> chain = List.of(entry(1, EntryKind.ACTOR, Map.of("role", "CLOSEST_TO_NEED")),
                entry(2, EntryKind.INSIGHT, Map.of("source", "INTERVIEW")), entry(3, EntryKind.NEED, Map.of(), 2L),
                entry(4, EntryKind.IDEA, Map.of(), 3L), entry(5, EntryKind.TESTABLE_IDEA, Map.of(), 4L),
                entry(6, EntryKind.TEST, Map.of(), 5L), entry(7, EntryKind.DECISION, Map.of(), 6L));
        assertEquals(List.of(), codes(chain, Step.PROTOTYPE));
    }

    @Test
    void eachBrokenLinkIsNamedWithItsEntry() {
        List<Entry> broken = List.of(entry(1, EntryKind.ACTOR, Map.of("role", "CLOSEST_TO_NEED")),
                entry(2, EntryKind.INSIGHT, Map.of("source", "INTERVIEW")), entry(3, EntryKind.NEED, Map.of()),
                entry(4, EntryKind.IDEA, Map.of(), 2L), entry(5, EntryKind.DECISION, Map.of()));
        assertEquals(List.of("NEED_WITHOUT_INSIGHT:3", "IDEA_WITHOUT_NEED:4", "DECISION_WITHOUT_TEST:5"), codes(broken, Step.ANALYSIS));
    }

    @Test
    void aWorkshopWithNoInterviewAndNoActorClosestToTheNeedAreFlagged() {
        List<Entry> workshopOnly = List.of(entry(1, EntryKind.INSIGHT, Map.of("source", "WORKSHOP")));
        assertEquals(List.of("WORKSHOP_WITHOUT_INTERVIEW", "NO_ACTOR_CLOSEST_TO_NEED"), codes(workshopOnly, Step.WORKSHOP));
        assertEquals(List.of("WORKSHOP_WITHOUT_INTERVIEW", "NO_ACTOR_CLOSEST_TO_NEED"), codes(List.of(), Step.ANALYSIS),
                "past the workshop step, a workshop was held");
        assertEquals(List.of("NO_ACTOR_CLOSEST_TO_NEED"), codes(List.of(), Step.INSIGHT));
    }
}
