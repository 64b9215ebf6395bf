package org.samverka.plugin.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BalanceTest {

    private static final Portfolio.Programme PROGRAMME = new Portfolio.Programme(1, "lulea", "Innovasjon", null, LocalDate.of(2026, 1, 1), 36, 6,
            LocalDate.of(2026, 7, 1), LocalDate.of(2029, 1, 1), null, 1, Instant.EPOCH, Instant.EPOCH);

    private static Portfolio.Project project(String size, String status, List<Integer> goals, String... sectors) {
        return new Portfolio.Project(1, 1, "p", null, size, status, null, java.util.Arrays.stream(sectors).map(s -> new Portfolio.Partner("x", s))
                .toList(), null, false, goals, List.of(new Portfolio.Benefit("SERVICES", "m", null, null, null)), null, 1, Instant.EPOCH,
                Instant.EPOCH);
    }

    @Test
    void fiveProjectsAcrossThreeGoalsAndFourSectorsAreCountedRight() {
        Balance b = Balance.of(PROGRAMME, List.of(project("SMALL", "IN_PORTFOLIO", List.of(3, 11), "PUBLIC", "BUSINESS"),
                project("LARGE", "RUNNING", List.of(11), "ACADEMIA"), project("MEDIUM", "IN_PORTFOLIO", List.of(13), "CIVIL_SOCIETY", "PUBLIC"),
                project("SMALL", "IN_PORTFOLIO", List.of(3), "PUBLIC"), project("SMALL", "COMPLETED", List.of(13), "BUSINESS"),
                project("SMALL", "IDEA", List.of(1), "PUBLIC"), project("SMALL", "STOPPED", List.of(2), "PUBLIC")), LocalDate.of(2026, 9, 1));
        assertEquals(5, b.projects());
        assertEquals(Map.of(3, 2, 11, 2, 13, 2), b.byGoal());
        assertEquals(Map.of("PUBLIC", 3, "BUSINESS", 2, "ACADEMIA", 1, "CIVIL_SOCIETY", 1), b.bySector());
        assertEquals(1, b.byStatus().get("IDEA"));
        assertEquals(List.of(), b.warnings());
    }

    @Test
    void theWarningsSayWhatIsMissing() {
        assertEquals("EMPTY_AFTER_PORTFOLIO_PHASE", Balance.of(PROGRAMME, List.of(), LocalDate.of(2026, 8, 1)).warnings().get(0).code());
        assertTrue(Balance.of(PROGRAMME, List.of(), LocalDate.of(2026, 3, 1)).warnings().isEmpty(), "still in the portfolio phase");
        List<String> codes = Balance.of(PROGRAMME, List.of(project("SMALL", "RUNNING", List.of(3), "PUBLIC"),
                project("SMALL", "RUNNING", List.of(3), "PUBLIC")), LocalDate.of(2026, 9, 1)).warnings().stream().map(Balance.Warning::code).toList();
        assertEquals(List.of("SECTOR_WITHOUT_PARTNER", "SECTOR_WITHOUT_PARTNER", "SECTOR_WITHOUT_PARTNER", "ALL_SMALL"), codes);
        assertEquals("ALL_LARGE", Balance.of(PROGRAMME, List.of(project("LARGE", "RUNNING", List.of(), "PUBLIC", "BUSINESS", "ACADEMIA",
                "CIVIL_SOCIETY"), project("LARGE", "RUNNING", List.of(), "PUBLIC")), LocalDate.of(2026, 9, 1)).warnings().get(0).code());
    }
}
