package org.samverka.plugin.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReadinessTest {

    private static long nextId = 1;

    /** Five expectations in Welcome, one in each other phase. */
    private static final List<CatalogueEntry> CATALOGUE = catalogue();

    private static List<CatalogueEntry> catalogue() {
        List<CatalogueEntry> entries = new ArrayList<>();
        long id = 100;
        for (Phase phase : Phase.values()) {
            for (int i = 0; i < (phase == Phase.WELCOME ? 5 : 1); i++) {
                entries.add(entry(id++, phase, phase + " " + i, false, null, null));
            }
        }
        return entries;
    }

    private static CatalogueEntry entry(long id, Phase phase, String title, boolean regionLevel, ItemStatus status,
            List<String> reliedOnBy) {
        return new CatalogueEntry(id, "norrbotten", phase, title, null, null, null, regionLevel, status, reliedOnBy, 1,
                Instant.EPOCH, Instant.EPOCH);
    }

    private static List<Long> welcomeEntries() {
        return CATALOGUE.stream().filter(e -> e.phase() == Phase.WELCOME).map(CatalogueEntry::id).toList();
    }

    private static CapacityItem item(String municipality, Phase phase, ItemStatus status, String title, Long entry) {
        return new CapacityItem(nextId++, municipality, phase, ItemKind.ROLE, title, null, null, null, status, null, false, 1,
                Instant.EPOCH, Instant.EPOCH, entry);
    }

    private static Readiness.Assessment assess(String municipality, List<CapacityItem> items) {
        return Readiness.assess(municipality, items, List.of(), CATALOGUE, Readiness.DEFAULT_THRESHOLD);
    }

    private static Readiness.PhaseAssessment phase(Readiness.Assessment a, Phase p) {
        return a.phases().stream().filter(x -> x.phase() == p).findFirst().orElseThrow();
    }

    @Test
    void naming_a_white_spot_beside_four_items_in_place_scores_higher_than_one_item_in_place() {
        List<Long> welcome = welcomeEntries();
        List<CapacityItem> kiruna = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            kiruna.add(item("kiruna", Phase.WELCOME, ItemStatus.IN_PLACE, "In place " + i, welcome.get(i)));
        }
        kiruna.add(item("kiruna", Phase.WELCOME, ItemStatus.MISSING, "Honest gap", welcome.get(4)));
        var boden = List.of(item("boden", Phase.WELCOME, ItemStatus.IN_PLACE, "The one thing", welcome.get(0)));

        assertEquals(80, phase(assess("kiruna", kiruna), Phase.WELCOME).score());
        assertEquals(20, phase(assess("boden", boden), Phase.WELCOME).score());
        assertEquals(List.of("WELCOME 4"), assess("kiruna", kiruna).whiteSpots().stream()
                .filter(w -> w.phase() == Phase.WELCOME).map(Readiness.WhiteSpot::title).toList(),
                "the honest gap is a white spot: the expectation it was recorded for is not covered");
    }

    @Test
    void a_municipality_with_nothing_recorded_has_six_phases_not_mapped_and_no_score() {
        var a = assess("boden", List.of());
        assertEquals(List.of(Phase.values()), a.notMapped());
        assertTrue(a.phases().stream().allMatch(p -> p.state() == Readiness.PhaseState.NOT_MAPPED && p.score() == null));
        assertNull(a.overallReadiness());
        assertNull(a.weakestPhase());
        assertEquals(0, a.phasesBelowThreshold());
        assertEquals(List.of(), a.whiteSpots(), "not mapped is listed apart, not as white spots");
    }

    @Test
    void a_phases_score_is_its_coverage_of_the_catalogue_with_the_best_status_per_entry() {
        List<Long> welcome = welcomeEntries();
        var a = assess("lulea", List.of(item("lulea", Phase.WELCOME, ItemStatus.PLANNED, "Café planned", welcome.get(0)),
                item("lulea", Phase.WELCOME, ItemStatus.PARTIAL, "Café on Fridays", welcome.get(0)),
                item("lulea", Phase.WELCOME, ItemStatus.PLANNED, "Welcome meeting", welcome.get(1))));
        var w = phase(a, Phase.WELCOME);
        assertEquals(15, w.score()); // (0.5 + 0.25 + 0 + 0 + 0) / 5 = 0.15
        assertEquals(5, w.expected());
        assertEquals(ItemStatus.PARTIAL, w.expectations().get(0).status());
        assertEquals(2, w.expectations().get(0).itemIds().size());
        assertNull(w.expectations().get(2).status());
        assertEquals(3, a.whiteSpots().stream().filter(s -> s.entryId() != null).count(), "three expectations not covered");
    }

    @Test
    void extra_items_are_counted_apart_and_never_lower_the_score() {
        Long inventory = CATALOGUE.stream().filter(e -> e.phase() == Phase.INVENTORY).findFirst().orElseThrow().id();
        var covered = item("lulea", Phase.INVENTORY, ItemStatus.IN_PLACE, "Labour survey", inventory);
        var alone = assess("lulea", List.of(covered));
        var withExtras = assess("lulea", List.of(covered, item("lulea", Phase.INVENTORY, ItemStatus.MISSING, "Sauna map", null),
                item("lulea", Phase.INVENTORY, ItemStatus.PLANNED, "Snow survey", null)));
        assertEquals(100, phase(alone, Phase.INVENTORY).score());
        assertEquals(100, phase(withExtras, Phase.INVENTORY).score());
        assertEquals(2, phase(withExtras, Phase.INVENTORY).extraItems().size());
        assertEquals(List.of("Sauna map"), withExtras.whiteSpots().stream().filter(s -> s.itemId() != null)
                .map(Readiness.WhiteSpot::title).toList());
        assertEquals("Saknas: Sauna map", withExtras.whiteSpots().get(0).explanation().get("sv"));
    }

    @Test
    void overall_readiness_is_the_mean_of_scored_phases_beside_the_weakest_and_the_count_under_the_threshold() {
        List<CapacityItem> items = new ArrayList<>();
        for (CatalogueEntry e : CATALOGUE) {
            if (e.phase() == Phase.ATTRACT || e.phase() == Phase.RECRUIT) {
                items.add(item("lulea", e.phase(), ItemStatus.IN_PLACE, e.title(), e.id()));
            }
            if (e.phase() == Phase.WELCOME) {
                items.add(item("lulea", e.phase(), ItemStatus.PLANNED, e.title(), e.id()));
            }
        }
        var a = assess("lulea", items);
        assertEquals(75, a.overallReadiness()); // (100 + 100 + 25) / 3
        assertEquals(Phase.WELCOME, a.weakestPhase().phase());
        assertEquals(25, a.weakestPhase().score());
        assertEquals(1, a.phasesBelowThreshold());
        assertEquals(List.of(Phase.INVENTORY, Phase.INTRODUCE, Phase.ROOT), a.notMapped());
        assertEquals(0, Readiness.assess("lulea", items, List.of(), CATALOGUE, 0).phasesBelowThreshold());
    }

    @Test
    void a_region_level_resource_counts_for_the_municipalities_that_rely_on_it() {
        var eures = entry(900, Phase.RECRUIT, "EURES", true, ItemStatus.IN_PLACE, List.of("kiruna"));
        var catalogue = List.of(eures, entry(901, Phase.RECRUIT, "Partner jobs", false, null, null));
        var kiruna = Readiness.assess("kiruna", List.of(item("kiruna", Phase.RECRUIT, ItemStatus.MISSING, "Partner jobs", 901L)),
                List.of(), catalogue, 50);
        var boden = Readiness.assess("boden", List.of(item("boden", Phase.RECRUIT, ItemStatus.MISSING, "Partner jobs", 901L)),
                List.of(), catalogue, 50);
        assertEquals(50, phase(kiruna, Phase.RECRUIT).score());
        assertEquals(0, phase(boden, Phase.RECRUIT).score());
        assertFalse(phase(kiruna, Phase.RECRUIT).whiteSpot(), "the region's EURES link is in place for Kiruna");
    }

    @Test
    void a_phase_the_catalogue_expects_nothing_in_has_no_score() {
        var catalogue = List.of(entry(1, Phase.ROOT, "Mentors", false, null, null));
        var a = Readiness.assess("lulea", List.of(item("lulea", Phase.ATTRACT, ItemStatus.IN_PLACE, "Story", null)), List.of(),
                catalogue, 50);
        assertEquals(Readiness.PhaseState.NO_CATALOGUE, phase(a, Phase.ATTRACT).state());
        assertNull(phase(a, Phase.ATTRACT).score());
        assertNull(a.overallReadiness());
    }

    @Test
    void openAndOverdueActionsAreCountedPerPhase() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        var overdue = new CapacityAction(1, "lulea", Phase.ROOT, List.of(), "Mentors", null, today.minusDays(1),
                ActionStatus.OPEN, Readiness.isOverdue(today.minusDays(1), ActionStatus.OPEN, today), null, 1, Instant.EPOCH, Instant.EPOCH);
        var done = new CapacityAction(2, "lulea", Phase.ROOT, List.of(), "Club", null, today.minusDays(9),
                ActionStatus.DONE, Readiness.isOverdue(today.minusDays(9), ActionStatus.DONE, today), null, 1, Instant.EPOCH, Instant.EPOCH);
        var a = Readiness.assess("lulea", List.of(), List.of(overdue, done), CATALOGUE, 50);
        assertEquals(1, phase(a, Phase.ROOT).openActions());
        assertEquals(1, phase(a, Phase.ROOT).overdueActions());
        assertFalse(done.overdue());
    }
}
