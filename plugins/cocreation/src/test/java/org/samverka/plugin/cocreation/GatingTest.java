package org.samverka.plugin.cocreation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GatingTest {

    private static MunicipalGuide guide(String gating) {
        List<MunicipalGuide.StepOf> steps = new ArrayList<>();
        for (Step step : Step.values()) {
            String id = step.name().toLowerCase();
            steps.add(new MunicipalGuide.StepOf(step, null, null, null, List.of(new Guide.CheckItem(id + "-must", Map.of("en", "must"), true,
                    true), new Guide.CheckItem(id + "-may", Map.of("en", "may"), false, true)), List.of()));
        }
        return new MunicipalGuide("bodo", gating, steps, 1);
    }

    @Test
    void requireStopsAMoveWithOpenMandatoryItemsUnlessAReasonOverridesIt() {
        var stopped = Gating.decide(guide("REQUIRE"), Set.of(), Step.FRAME, Step.INSIGHT, null);
        assertFalse(stopped.allowed());
        assertEquals(List.of("frame-must"), stopped.blocking().stream().map(Guide.CheckItem::id).toList());
        assertFalse(Gating.decide(guide("REQUIRE"), Set.of(), Step.FRAME, Step.INSIGHT, "too short").allowed());
        var overridden = Gating.decide(guide("REQUIRE"), Set.of(), Step.FRAME, Step.INSIGHT, "The council confirmed it orally");
        assertTrue(overridden.allowed());
        assertTrue(overridden.override());
    }

    @Test
    void skippingAheadLeavesEverySkippedStepsItemsOpen() {
        var skip = Gating.decide(guide("REQUIRE"), Set.of("frame-must"), Step.FRAME, Step.WORKSHOP, null);
        assertFalse(skip.allowed());
        assertEquals(List.of("insight-must"), skip.blocking().stream().map(Guide.CheckItem::id).toList());
        assertEquals(List.of("frame-may", "insight-must", "insight-may"), skip.open().stream().map(Guide.CheckItem::id).toList());
    }

    @Test
    void warnLetsTheMoveGoOnAndListsWhatWasOpen() {
        var warned = Gating.decide(guide("WARN"), Set.of(), Step.FRAME, Step.INSIGHT, null);
        assertTrue(warned.allowed());
        assertFalse(warned.override());
        assertEquals(2, warned.open().size());
    }

    @Test
    void movingBackIsAlwaysFreeAndAllDoneMovesOnWithNothingOpen() {
        assertTrue(Gating.decide(guide("REQUIRE"), Set.of(), Step.ANALYSIS, Step.FRAME, null).allowed());
        var done = Gating.decide(guide("REQUIRE"), Set.of("frame-must", "frame-may"), Step.FRAME, Step.INSIGHT, null);
        assertTrue(done.allowed());
        assertTrue(done.open().isEmpty());
    }
}
