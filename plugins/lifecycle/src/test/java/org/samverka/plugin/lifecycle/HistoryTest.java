package org.samverka.plugin.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samverka.api.storage.ExpectedVersion;

/**
 * Snapshots on Derby with the plugin's migrations, over several days of a clock the test turns:
 * one per day at most, only when the assessment changed, and read back as they stood.
 */
class HistoryTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path directory;

    private final TurnedClock clock = new TurnedClock();
    private LifecycleSchema schema;
    private History history;
    private ItemStore items;
    private long inMoverService;

    @BeforeEach
    void migrate() throws Exception {
        schema = new TestDatabase(directory).schema();
        history = new History(schema.db(), clock, Runnable::run);
        items = new ItemStore(schema, TestDatabase.TENANTS, history);
        inMoverService = schema.db().transaction(tx -> CatalogueStore.all(tx, "norrbotten")).stream()
                .filter(e -> "in-mover-service".equals(e.exampleKey())).findFirst().orElseThrow().id();
        clock.day = MONDAY;
    }

    @Test
    void aChangeKeepsOneSnapshotADayAndTheMatrixReadsBackAsItStood() {
        CapacityItem lots = items.create("kiruna", item(ItemStatus.PLANNED));
        assertEquals(1, snapshots());
        long mondays = history.asOf(List.of("kiruna"), MONDAY).get("kiruna").id();
        items.replace("kiruna", lots.id(), ExpectedVersion.exactly(1), item(ItemStatus.PARTIAL));
        assertEquals(1, snapshots(), "the last state of a day replaces the day's earlier one");
        assertEquals(mondays, history.asOf(List.of("kiruna"), MONDAY).get("kiruna").id(),
                "in place: a reader never finds the day without its snapshot");
        assertEquals(25, introduce(history.asOf(List.of("kiruna"), MONDAY).get("kiruna")), "partial: ½ of 2 entries");

        clock.day = MONDAY.plusDays(1);
        items.replace("kiruna", lots.id(), ExpectedVersion.exactly(2), item(ItemStatus.IN_PLACE));
        assertEquals(2, snapshots());

        assertEquals(Map.of(), history.asOf(List.of("kiruna"), MONDAY.minusDays(1)), "nothing was recorded before Monday");
        assertEquals(25, introduce(history.asOf(List.of("kiruna"), MONDAY).get("kiruna")), "partial: ½ of 2 entries");
        assertEquals(50, introduce(history.asOf(List.of("kiruna"), MONDAY.plusDays(1)).get("kiruna")));
        assertEquals(50, introduce(history.asOf(List.of("kiruna"), MONDAY.plusYears(1)).get("kiruna")));
    }

    @Test
    void aWriteThatChangesNoScoreKeepsNoSnapshot() {
        CapacityItem lots = items.create("kiruna", item(ItemStatus.IN_PLACE));
        clock.day = MONDAY.plusDays(1);
        items.replace("kiruna", lots.id(), ExpectedVersion.exactly(1), new CapacityItemInput(Phase.INTRODUCE, ItemKind.ROLE,
                "Inflyttarlots", "Now with a description", null, null, ItemStatus.IN_PLACE, null, inMoverService));
        assertEquals(1, snapshots());
        assertEquals(0, history.record("norrbotten", List.of("kiruna", "lulea")),
                "a snapshot on demand writes nothing for an unchanged municipality or one with nothing recorded");
    }

    @Test
    void aChangeUndoneTheSameDayLeavesTheDayAsTheDayBefore() {
        CapacityItem lots = items.create("kiruna", item(ItemStatus.IN_PLACE));
        clock.day = MONDAY.plusDays(1);
        items.replace("kiruna", lots.id(), ExpectedVersion.exactly(1), item(ItemStatus.MISSING));
        assertEquals(2, snapshots());
        items.replace("kiruna", lots.id(), ExpectedVersion.exactly(2), item(ItemStatus.IN_PLACE));
        assertEquals(1, snapshots());
    }

    @Test
    void aPeriodStartsFromTheSnapshotInEffectWhenItBegan() {
        CapacityItem lots = items.create("kiruna", item(ItemStatus.PLANNED));
        clock.day = MONDAY.plusDays(10);
        items.replace("kiruna", lots.id(), ExpectedVersion.exactly(1), item(ItemStatus.PARTIAL));
        clock.day = MONDAY.plusDays(20);
        items.delete("kiruna", lots.id(), ExpectedVersion.exactly(2));

        List<History.Snapshot> period = history.between(List.of("kiruna"), MONDAY.plusDays(5), MONDAY.plusDays(30))
                .get("kiruna");
        assertEquals(List.of(MONDAY, MONDAY.plusDays(10), MONDAY.plusDays(20)), period.stream().map(History.Snapshot::date).toList());
        var trend = AssessmentHistory.of("kiruna", new AssessmentHistory.Period(MONDAY.plusDays(5), MONDAY.plusDays(30)), 50, period);
        var introduce = trend.phases().get(Phase.INTRODUCE.ordinal());
        assertEquals(13, introduce.trend().first(), "planned: ¼ of 2 entries");
        assertNull(introduce.trend().last(), "with its only item deleted, the phase is not mapped: no score, not 0");
        assertEquals(Readiness.PhaseState.NOT_MAPPED, introduce.points().get(2).state());
        assertNull(introduce.trend().change());

        assertEquals(List.of(MONDAY, MONDAY.plusDays(10)), history.between(List.of("kiruna"), MONDAY.plusDays(10), MONDAY.plusDays(15))
                .get("kiruna").stream().map(History.Snapshot::date).toList());
        assertEquals(3, history.between(List.of("kiruna"), null, MONDAY.plusDays(30)).get("kiruna").size());
    }

    @Test
    void theMatrixReadFromTheSnapshotsIsTheMatrixComputedFromTheItems() {
        List<String> towns = List.of("kiruna", "lulea", "boden", "pitea");
        List<org.samverka.api.tenant.Municipality> municipalities = towns.stream()
                .map(t -> TestDatabase.TENANTS.municipality(t).orElseThrow()).toList();
        ItemStatus[] statuses = ItemStatus.values();
        for (int t = 0; t < 3; t++) { // Piteå records nothing
            for (int i = 0; i < 12; i++) {
                items.create(towns.get(t), new CapacityItemInput(Phase.values()[(i + t) % 6], ItemKind.EFFORT, "Item " + i, null,
                        null, null, statuses[(i * 3 + t) % statuses.length], null, null));
            }
            items.create(towns.get(t), item(statuses[t]));
        }
        Assessments assessments = new Assessments(schema, history);
        List<RegionMatrix.Row> computed = assessments.computed("norrbotten", municipalities, "en", 60);
        assertEquals(computed, assessments.matrix("norrbotten", municipalities, "en", 60), "computed, as after a start");
        List<RegionMatrix.Row> read = assessments.matrix("norrbotten", municipalities, "en", 60);
        assertEquals(computed, read, "read from the snapshots the first matrix had taken");
        assertTrue(towns.stream().allMatch(t -> history.settled("norrbotten", t)), "every municipality's snapshot holds its assessment");
        assertFalse(history.settled("vasterbotten", "kiruna"),
                "moved to another region, a municipality is scored against that region's catalogue before it is read");
        assertNull(read.get(3).overallReadiness(), "nothing recorded: six phases not mapped");
        assertEquals(6, read.get(3).notMapped().size());
    }

    @Test
    void writersAtOnceLeaveTheLastSnapshotHoldingTheLastState() throws Exception {
        var kiruna = TestDatabase.TENANTS.municipality("kiruna").orElseThrow();
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(8);
        List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
        for (int w = 0; w < 8; w++) {
            ItemStatus status = ItemStatus.values()[w % ItemStatus.values().length];
            Phase phase = Phase.values()[w % 6];
            done.add(writers.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    items.create("kiruna", new CapacityItemInput(phase, ItemKind.EFFORT, "Item", null, null, null, status,
                            null, null));
                }
            }));
        }
        for (var d : done) {
            d.get();
        }
        writers.shutdown();
        List<RegionMatrix.Row> computed = new Assessments(schema, history).computed("norrbotten", List.of(kiruna), "en", 50);
        assertEquals(computed.get(0).cells(), history.asOf(List.of("kiruna"), MONDAY).get("kiruna").cells(),
                "whoever took the last snapshot read every change");
        assertEquals(1, snapshots(), "one snapshot for the day");
    }

    @Test
    void demoDataIsKeptMarkedAsExampleData() {
        items.createAll("lulea", List.of(item(ItemStatus.IN_PLACE)), true);
        History.Snapshot kept = history.asOf(List.of("lulea"), MONDAY).get("lulea");
        assertTrue(kept.exampleData());
        assertFalse(history.asOf(List.of("lulea", "kiruna"), MONDAY).containsKey("kiruna"));
    }

    private CapacityItemInput item(ItemStatus status) {
        return new CapacityItemInput(Phase.INTRODUCE, ItemKind.ROLE, "Inflyttarlots", null, null, null, status, null,
                inMoverService);
    }

    private static Integer introduce(History.Snapshot s) {
        return s.cells().get(Phase.INTRODUCE.ordinal()).score();
    }

    private long snapshots() {
        return schema.db().transaction(tx -> tx.number("SELECT COUNT(*) FROM ASSESSMENT_SNAPSHOT"));
    }

    /** A clock at noon UTC of the day the test sets. */
    private static final class TurnedClock extends Clock {
        LocalDate day;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
        }
    }
}
