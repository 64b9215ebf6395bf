package org.samverka.plugin.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverka.api.module.LocalizedText;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;

/** The .ics read back by ical4j: valid, with the zone's rules, the right local times and one event per block or day. */
class IcsTest {

    private final MethodLibrary library = new MethodLibrary();

    private Workshop sprint(String zone) {
        var days = WorkshopValidation.onWeekdaysFrom(LocalDate.parse("2027-03-22"), library.template("design-sprint").orElseThrow().days());
        Schedule s = Schedule.of(days, 0, library::method, new LocalizedText("Break", "Paus", "Pause"));
        return new Workshop(7, "haparanda", null, List.of(), "Sprint: välkomna, nya invånare", null, "WELCOME", null, null,
                "Stadshuset, Haparanda", zone, null, null, List.of(), s.days(), s.warnings(), s.minutesByStage(), s.breakMinutes(),
                s.materials(), 1, Instant.now(), Instant.now());
    }

    private Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    @Test
    void oneEventPerBlockWithTheLocalTimesAcrossTheSwitchToSummerTime() throws Exception {
        String ics = Ics.of(sprint("Europe/Stockholm"), false, "sv", Instant.parse("2027-01-01T10:00:00Z"));
        assertTrue(ics.contains("\r\n"), "lines end with CRLF");
        Calendar calendar = parse(ics);
        VTimeZone zone = (VTimeZone) calendar.getComponent(Component.VTIMEZONE).orElseThrow();
        assertEquals("Europe/Stockholm", zone.getTimeZoneId().getValue());
        assertEquals(ZoneOffset.ofHours(1), zone.getApplicableObservance(LocalDateTime.parse("2027-03-26T10:00").atZone(ZoneOffset.UTC))
                .getTimeZoneOffsetTo().getOffset(), "winter time before the last Sunday of March");
        assertEquals(ZoneOffset.ofHours(2), zone.getApplicableObservance(LocalDateTime.parse("2027-03-29T10:00").atZone(ZoneOffset.UTC))
                .getTimeZoneOffsetTo().getOffset(), "summer time after it");

        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        long blocks = sprint("Europe/Stockholm").days().stream().flatMap(d -> d.blocks().stream()).filter(b -> b.methodId() != null).count();
        assertEquals(blocks, events.size(), "breaks are left out");
        VEvent first = events.get(0);
        assertEquals("Incheckning – Sprint: välkomna, nya invånare", first.getSummary().getValue());
        assertEquals("20270322T090000", first.getDateTimeStart().getValue());
        assertEquals("Europe/Stockholm", first.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertEquals(ZoneId.of("Europe/Stockholm"), ZoneId.of(first.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()));
    }

    @Test
    void oneEventPerDayAndLongLinesAreFolded() throws Exception {
        String ics = Ics.of(sprint("Europe/Oslo"), true, "nb", Instant.now());
        Calendar calendar = parse(ics);
        assertEquals(5, calendar.getComponents(Component.VEVENT).size());
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, "folded: " + line);
        }
        assertTrue(Ics.text("a,b;c\\d\ne").equals("a\\,b\\;c\\\\d\\ne"));
    }
}
