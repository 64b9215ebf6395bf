package org.samverka.plugin.cocreation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What is missing in a project's chain from insight to decision: an idea with no need behind it,
 * a need with no insight, a testable idea with no idea, a test with no testable idea, a decision
 * with no test; a workshop held with no user interview recorded; no actor closest to the need
 * involved. Pure logic.
 */
final class Gaps {

    /** A gap: its code, the entry it is about (if one), and a sentence in English (pages word it in their reader's language). */
    public record Gap(String code, Long entryId, String detail) {
    }

    private Gaps() {
    }

    static List<Gap> of(List<Entry> entries, Step step) {
        Map<Long, Entry> byId = entries.stream().collect(Collectors.toMap(Entry::id, Function.identity()));
        List<Gap> gaps = new ArrayList<>();
        unlinked(gaps, entries, byId, EntryKind.NEED, EntryKind.INSIGHT, "NEED_WITHOUT_INSIGHT", "has no insight behind it");
        unlinked(gaps, entries, byId, EntryKind.IDEA, EntryKind.NEED, "IDEA_WITHOUT_NEED", "answers no need");
        unlinked(gaps, entries, byId, EntryKind.TESTABLE_IDEA, EntryKind.IDEA, "TESTABLE_IDEA_WITHOUT_IDEA", "comes from no idea");
        unlinked(gaps, entries, byId, EntryKind.TEST, EntryKind.TESTABLE_IDEA, "TEST_WITHOUT_TESTABLE_IDEA", "tests no testable idea");
        unlinked(gaps, entries, byId, EntryKind.DECISION, EntryKind.TEST, "DECISION_WITHOUT_TEST", "rests on no test");
        boolean workshopHeld = step.ordinal() > Step.WORKSHOP.ordinal()
                || entries.stream().anyMatch(e -> e.kind() == EntryKind.INSIGHT && "WORKSHOP".equals(e.text("source")));
        boolean interviewed = entries.stream().anyMatch(e -> e.kind() == EntryKind.INSIGHT && "INTERVIEW".equals(e.text("source")));
        if (workshopHeld && !interviewed) {
            gaps.add(new Gap("WORKSHOP_WITHOUT_INTERVIEW", null, "A workshop was held, but no user interview is recorded."));
        }
        if (entries.stream().noneMatch(e -> e.kind() == EntryKind.ACTOR && "CLOSEST_TO_NEED".equals(e.text("role")))) {
            gaps.add(new Gap("NO_ACTOR_CLOSEST_TO_NEED", null, "No actor closest to the need takes part."));
        }
        return gaps;
    }

    private static void unlinked(List<Gap> gaps, List<Entry> entries, Map<Long, Entry> byId, EntryKind kind, EntryKind needed,
            String code, String what) {
        for (Entry e : entries) {
            if (e.kind() == kind && e.links().stream().map(byId::get).noneMatch(l -> l != null && l.kind() == needed)) {
                gaps.add(new Gap(code, e.id(), kind.name().toLowerCase().replace('_', ' ') + " " + e.id() + " " + what + "."));
            }
        }
    }
}
