package org.samverka.plugin.positioning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StaircaseTest {

    private static final List<String> LEVELS = List.of("AWARE", "INTERESTED", "ENGAGED", "AMBASSADOR", "CO_CREATOR");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private static Staircase.Step step(long person, String level, String since) {
        return new Staircase.Step(person, level, LocalDate.parse(since));
    }

    @Test
    void countsStandWhereEachPersonLastSteppedAndMovementsCountPerPeriod() {
        Staircase s = Staircase.of(LEVELS, List.of(step(1, "AWARE", "2025-03-01"), step(1, "INTERESTED", "2025-09-01"),
                step(1, "ENGAGED", "2026-02-01"), step(2, "ENGAGED", "2025-05-01"), step(2, "INTERESTED", "2026-04-01"),
                step(3, "CO_CREATOR", "2024-01-01")), TODAY, 365, false);
        assertEquals(Map.of("AWARE", 0, "INTERESTED", 1, "ENGAGED", 1, "AMBASSADOR", 0, "CO_CREATOR", 1), s.now());
        assertEquals(new Staircase.Movements(1, 0, Map.of("AWARE→INTERESTED", 1)), s.movements().get("2025"));
        assertEquals(1, s.movements().get("2026").up());
        assertEquals(1, s.movements().get("2026").down());
        assertEquals(Map.of("AWARE", 0, "INTERESTED", 1, "ENGAGED", 1, "AMBASSADOR", 0, "CO_CREATOR", 1), s.byPeriod().get("2025"));
    }

    @Test
    void someoneOnOneLevelLongerThanTheLimitIsStalledButNotAtTheTop() {
        Staircase s = Staircase.of(LEVELS, List.of(step(1, "INTERESTED", "2025-01-10"), step(1, "INTERESTED", "2025-06-01"),
                step(2, "ENGAGED", "2026-10-01"), step(3, "CO_CREATOR", "2020-01-01")), TODAY, 180, true);
        assertEquals(1, s.stalled().size());
        assertEquals(1, s.stalled().get(0).personId());
        assertEquals(LocalDate.parse("2025-01-10"), s.stalled().get(0).since(), "standing since the first step onto the level");
        assertEquals("2025-Q2", Staircase.period(LocalDate.parse("2025-06-01"), true));
    }

    @Test
    void aStepInTheFutureDoesNotCountYet() {
        Staircase s = Staircase.of(LEVELS, List.of(step(1, "AWARE", "2026-01-01"), step(1, "AMBASSADOR", "2027-01-01")), TODAY, 365, false);
        assertEquals(1, s.now().get("AWARE"));
        assertEquals(0, s.now().get("AMBASSADOR"));
    }
}
