package org.samverka.plugin.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverka.api.module.LocalizedText;

class ScheduleTest {

    private final MethodLibrary library = new MethodLibrary();
    private final LocalizedText pause = new LocalizedText("Break", "Paus", "Pause");

    private WorkshopInput.Day day(String start, String end, WorkshopInput.Block... blocks) {
        return new WorkshopInput.Day(LocalDate.parse("2027-01-11"), LocalTime.parse(start), LocalTime.parse(end), List.of(blocks));
    }

    private static WorkshopInput.Block block(String method, int minutes) {
        return new WorkshopInput.Block(method, minutes, null);
    }

    @Test
    void blocksFollowEachOtherFromTheDaysStart() {
        Schedule s = Schedule.of(List.of(day("09:00", "12:00", block("check-in", 15), block(null, 15), block("map", 90))), 6,
                library::method, pause);
        var blocks = s.days().get(0).blocks();
        assertEquals(LocalTime.parse("09:15"), blocks.get(1).start());
        assertEquals(LocalTime.parse("09:30"), blocks.get(2).start());
        assertEquals(LocalTime.parse("11:00"), blocks.get(2).end());
        assertEquals("BREAK", blocks.get(1).kind());
        assertEquals(LocalTime.parse("11:00"), s.days().get(0).endsAt());
        assertEquals(List.of(), s.warnings());
        assertEquals(90, s.minutesByStage().get("DEFINE"));
        assertEquals(15, s.breakMinutes());
    }

    @Test
    void aDayThatRunsPastItsEndIsAWarningNotAnError() {
        Schedule s = Schedule.of(List.of(day("09:00", "10:00", block("map", 90))), 0, library::method, pause);
        assertEquals(30, s.days().get(0).overrunMinutes());
        assertEquals("DAY_OVERRUN", s.warnings().get(0).code());
        assertEquals(1, s.warnings().get(0).day());
    }

    @Test
    void minutesOutsideTheMethodsRangeAndTheWrongGroupSizeAreWarned() {
        Schedule s = Schedule.of(List.of(day("09:00", "17:00", block("crazy-8s", 45), block("supervote", 10), block("supervote", 10))),
                8, library::method, pause);
        var codes = s.warnings().stream().map(w -> w.code() + "@" + w.day() + "." + w.block()).toList();
        assertEquals(List.of("MINUTES_OUTSIDE_RANGE@1.1", "GROUP_SIZE@1.2"), codes, "a method's group size is warned once");
        assertTrue(s.warnings().get(0).detail().contains("8 to 20"));
    }

    @Test
    void movingABlockToAnotherDayMovesBothSchedules() {
        var first = day("09:00", "17:00", block("map", 90), block("sketch", 120));
        var second = day("09:00", "17:00", block("decide", 120));
        var moved = List.of(day("09:00", "17:00", block("map", 90)), day("09:00", "17:00", block("sketch", 120), block("decide", 120)));
        Schedule before = Schedule.of(List.of(first, second), 0, library::method, pause);
        Schedule after = Schedule.of(moved, 0, library::method, pause);
        assertEquals(LocalTime.parse("09:00"), before.days().get(1).blocks().get(0).start());
        assertEquals(LocalTime.parse("10:30"), before.days().get(0).endsAt().minusMinutes(120));
        assertEquals(LocalTime.parse("10:30"), after.days().get(0).endsAt());
        assertEquals(LocalTime.parse("11:00"), after.days().get(1).blocks().get(1).start());
    }

    @Test
    void aTemplateLandsOnWeekdays() {
        var days = WorkshopValidation.onWeekdaysFrom(LocalDate.parse("2027-01-14"), library.template("design-sprint").orElseThrow().days());
        assertEquals(List.of("2027-01-14", "2027-01-15", "2027-01-18", "2027-01-19", "2027-01-20"),
                days.stream().map(d -> d.date().toString()).toList(), "Thursday, Friday, then Monday to Wednesday");
    }
}
