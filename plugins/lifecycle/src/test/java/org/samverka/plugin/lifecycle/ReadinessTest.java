package org.samverka.plugin.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReadinessTest {

    private static long nextId = 1;

    private static CapacityItem item(Phase phase, ItemStatus status, String title) {
        return new CapacityItem(nextId++, "lulea", phase, ItemKind.ROLE, title, null, null, null, status, null, false, 1,
                Instant.EPOCH, Instant.EPOCH);
    }

    private static Readiness.PhaseAssessment phase(Readiness.Assessment a, Phase p) {
        return a.phases().stream().filter(x -> x.phase() == p).findFirst().orElseThrow();
    }

    @Test
    void aPhaseScoresTheMeanWeightOfItsItems() {
        var a = Readiness.assess("lulea", List.of(item(Phase.ATTRACT, ItemStatus.IN_PLACE, "Story"),
                item(Phase.ATTRACT, ItemStatus.PARTIAL, "Campaign"), item(Phase.ATTRACT, ItemStatus.PLANNED, "Fair"),
                item(Phase.ATTRACT, ItemStatus.MISSING, "Ambassadors")), List.of());
        assertEquals(44, phase(a, Phase.ATTRACT).score()); // (1 + .5 + .25 + 0) / 4 = 0.4375
        assertEquals(4, phase(a, Phase.ATTRACT).reasons().size());
        assertEquals(0.25, phase(a, Phase.ATTRACT).reasons().get(2).weight());
    }

    @Test
    void anEmptyMunicipalityIsAllWhiteSpotsAndScoresNothing() {
        var a = Readiness.assess("lulea", List.of(), List.of());
        assertEquals(0, a.overallReadiness());
        assertEquals(6, a.whiteSpots().size());
        assertTrue(a.phases().stream().allMatch(Readiness.PhaseAssessment::whiteSpot));
    }

    @Test
    void assessmentReportsAWhiteSpotWhenNoItemIsInPlaceAndForEveryMissingItem() {
        var a = Readiness.assess("lulea", List.of(item(Phase.INVENTORY, ItemStatus.IN_PLACE, "Labour survey"),
                item(Phase.WELCOME, ItemStatus.PLANNED, "Language café"),
                item(Phase.WELCOME, ItemStatus.MISSING, "Spouse job programme")), List.of());
        assertFalse(phase(a, Phase.INVENTORY).whiteSpot());
        assertTrue(phase(a, Phase.WELCOME).whiteSpot());
        assertEquals(List.of("Spouse job programme"), a.whiteSpots().stream().filter(w -> w.itemId() != null)
                .map(Readiness.WhiteSpot::title).toList());
        assertEquals(5 + 1, a.whiteSpots().size());
        assertEquals("Saknas: Spouse job programme", a.whiteSpots().get(a.whiteSpots().size() - 2).explanation().sv());
    }

    @Test
    void overallReadinessIsTheMeanOfTheSixPhases() {
        var items = new java.util.ArrayList<CapacityItem>();
        for (Phase p : Phase.values()) {
            items.add(item(p, p.ordinal() < 3 ? ItemStatus.IN_PLACE : ItemStatus.PARTIAL, p.name()));
        }
        assertEquals(75, Readiness.assess("lulea", items, List.of()).overallReadiness());
    }

    @Test
    void openAndOverdueActionsAreCountedPerPhase() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        var overdue = new CapacityAction(1, "lulea", Phase.ROOT, List.of(), "Mentors", null, today.minusDays(1),
                ActionStatus.OPEN, Readiness.isOverdue(today.minusDays(1), ActionStatus.OPEN, today), null, 1, Instant.EPOCH, Instant.EPOCH);
        var done = new CapacityAction(2, "lulea", Phase.ROOT, List.of(), "Club", null, today.minusDays(9),
                ActionStatus.DONE, Readiness.isOverdue(today.minusDays(9), ActionStatus.DONE, today), null, 1, Instant.EPOCH, Instant.EPOCH);
        var a = Readiness.assess("lulea", List.of(), List.of(overdue, done));
        assertEquals(1, phase(a, Phase.ROOT).openActions());
        assertEquals(1, phase(a, Phase.ROOT).overdueActions());
        assertFalse(done.overdue());
    }
}
