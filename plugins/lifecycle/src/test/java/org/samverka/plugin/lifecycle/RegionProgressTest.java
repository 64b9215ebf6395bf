package org.samverka.plugin.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.samverka.api.tenant.Municipality;

class RegionProgressTest {

    private static final List<Municipality> THREE = StatisticsCsvTest.NORRBOTTEN;
    private static final PopulationTarget TARGET = new PopulationTarget("norrbotten", 25000, 30000, 2024, 2030,
            TargetMeasure.NET_CHANGE, null, 1, Instant.EPOCH);

    @Test
    void theRegionsNetIsTheSumOfItsMunicipalitiesNetChanges() {
        List<PopulationYear> figures = List.of(year("lulea", 2024, 800, 700, 3100, 3000), year("kiruna", 2024, 250, 200,
                1500, 1200), year("overtornea", 2024, 20, 60, 110, 100));
        RegionProgress progress = RegionProgress.of("norrbotten", TARGET, THREE, Set.of("lulea"), figures);
        int sum = figures.stream().mapToInt(PopulationYear::netChange).sum();
        assertEquals(200 + 350 - 30, sum);
        assertEquals(sum, progress.counted());
        assertTrue(progress.complete());
        assertEquals(3, progress.municipalitiesReported());
        assertEquals(2024, progress.lastYear());
        assertEquals(1, progress.yearsCounted());
        assertEquals(6, progress.yearsLeft());
        assertEquals(sum, progress.pacePerYear());
        assertEquals((int) Math.ceil((25000 - sum) / 6.0), progress.paceNeededLow());
        assertEquals((int) Math.ceil((30000 - sum) / 6.0), progress.paceNeededHigh());
        assertTrue(progress.municipalities().get(0).usesModule());
    }

    @Test
    void aMoveFromLuleaToKirunaChangesTheRegionsNetByNothing() {
        List<PopulationYear> before = List.of(year("lulea", 2024, 800, 700, 3100, 3000), year("kiruna", 2024, 250, 200,
                1500, 1200));
        List<PopulationYear> after = List.of(year("lulea", 2024, 800, 700, 3100, 3001),
                year("kiruna", 2024, 250, 200, 1501, 1200));
        List<Municipality> two = THREE.subList(0, 2);
        assertEquals(RegionProgress.of("norrbotten", TARGET, two, Set.of(), before).counted(),
                RegionProgress.of("norrbotten", TARGET, two, Set.of(), after).counted());
    }

    @Test
    void saysWhoHasNotReportedAYearOthersHave() {
        List<PopulationYear> figures = new ArrayList<>(List.of(year("lulea", 2024, 800, 700, 3100, 3000),
                year("lulea", 2025, 800, 700, 3100, 3000), year("kiruna", 2024, 250, 200, 1500, 1200)));
        figures.add(year("kiruna", 2023, 1, 0, 0, 0)); // before the base year: not counted
        RegionProgress progress = RegionProgress.of("norrbotten", TARGET, THREE, Set.of(), figures);
        assertFalse(progress.complete());
        assertEquals(List.of("kiruna", "overtornea"), progress.notReported().stream().sorted().toList());
        assertEquals(1, progress.municipalitiesReported());
        assertEquals(List.of(2025), progress.municipalities().get(1).missingYears());
        assertEquals(200 + 200 + 350, progress.counted());
        assertEquals(2, progress.yearsCounted());
    }

    @Test
    void netMigrationLeavesBirthsAndDeathsOut() {
        PopulationTarget migration = new PopulationTarget("norrbotten", 100, 200, 2024, 2030, TargetMeasure.NET_MIGRATION,
                null, 1, Instant.EPOCH);
        RegionProgress progress = RegionProgress.of("norrbotten", migration, THREE.subList(0, 1), Set.of(),
                List.of(year("lulea", 2024, 800, 700, 3100, 3000)));
        assertEquals(100, progress.counted());
    }

    @Test
    void beforeAnyFigureNothingIsCountedAndEveryYearIsLeft() {
        RegionProgress progress = RegionProgress.of("norrbotten", TARGET, THREE, Set.of(), List.of());
        assertEquals(0, progress.counted());
        assertNull(progress.lastYear());
        assertNull(progress.pacePerYear());
        assertEquals(7, progress.yearsLeft());
        assertFalse(progress.complete());
        assertEquals(3, progress.notReported().size());
    }

    /** Moves in and out are put in "from the rest of the country"; the county split is left out. */
    static PopulationYear year(String municipalityId, int year, int born, int died, int movedIn, int movedOut) {
        var in = new PopulationYear.Input(year, null, born, died, null, movedIn, 0, null, movedOut, 0, null, null);
        return new PopulationYear(municipalityId, year, null, born, died, null, movedIn, 0, null, movedOut, 0, null,
                in.netMigration(), in.netChange(), null, 1, Instant.EPOCH);
    }
}
