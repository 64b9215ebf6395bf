package org.samverka.plugin.workshop;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * A workshop's agenda as iCalendar (RFC 5545): one event per block (breaks left out) or one per
 * day, in the workshop's own time zone, with a {@code VTIMEZONE} written from Java's time-zone
 * rules so that a calendar program shows the right local times. Written here rather than with a
 * library: the format is a few dozen lines of text, and a library for it would bring its own
 * time-zone database into the plugin; the tests parse the result with ical4j.
 */
final class Ics {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Ics() {
    }

    static String of(Workshop workshop, boolean perDay, String language, Instant now) {
        ZoneId zone = ZoneId.of(workshop.timeZone());
        List<String> lines = new ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Samverka//Workshop toolkit//EN",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH"));
        lines.addAll(timeZone(zone));
        for (Schedule.ScheduledDay day : workshop.days()) {
            if (perDay) {
                lines.addAll(event(workshop, "d" + day.day(), day.date().atTime(day.start()), day.date().atTime(day.endsAt()),
                        workshop.title() + " (" + day.day() + "/" + workshop.days().size() + ")", dayDescription(day, language), now));
                continue;
            }
            for (Schedule.ScheduledBlock block : day.blocks()) {
                if (Schedule.BREAK.equals(block.kind())) {
                    continue;
                }
                lines.addAll(event(workshop, "d" + day.day() + "b" + block.block(), day.date().atTime(block.start()),
                        day.date().atTime(block.end()), block.name().getOrDefault(language, block.name().en()) + " – " + workshop.title(),
                        block.note(), now));
            }
        }
        lines.add("END:VCALENDAR");
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(fold(line)).append("\r\n"));
        return out.toString();
    }

    private static String dayDescription(Schedule.ScheduledDay day, String language) {
        StringBuilder text = new StringBuilder();
        for (Schedule.ScheduledBlock block : day.blocks()) {
            text.append(block.start()).append('–').append(block.end()).append(' ')
                    .append(block.name().getOrDefault(language, block.name().en())).append('\n');
        }
        return text.toString().strip();
    }

    private static List<String> event(Workshop workshop, String part, LocalDateTime start, LocalDateTime end, String summary,
            String description, Instant now) {
        String tz = ";TZID=" + workshop.timeZone() + ":";
        List<String> lines = new ArrayList<>(List.of("BEGIN:VEVENT",
                "UID:samverka-workshop-" + workshop.municipalityId() + "-" + workshop.id() + "-" + part + "@samverka",
                "DTSTAMP:" + UTC.format(now), "DTSTART" + tz + LOCAL.format(start), "DTEND" + tz + LOCAL.format(end),
                "SUMMARY:" + text(summary)));
        if (workshop.location() != null) {
            lines.add("LOCATION:" + text(workshop.location()));
        }
        if (description != null && !description.isBlank()) {
            lines.add("DESCRIPTION:" + text(description));
        }
        lines.add("END:VEVENT");
        return lines;
    }

    /** The zone's current rules: daylight saving as yearly rules, or one fixed offset. */
    static List<String> timeZone(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<String> lines = new ArrayList<>(List.of("BEGIN:VTIMEZONE", "TZID:" + zone.getId()));
        List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
        if (yearly.isEmpty()) {
            ZoneOffset offset = rules.getOffset(Instant.now());
            lines.addAll(List.of("BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:" + offset(offset),
                    "TZOFFSETTO:" + offset(offset), "END:STANDARD"));
        } else {
            for (ZoneOffsetTransitionRule rule : yearly) {
                boolean daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
                String kind = daylight ? "DAYLIGHT" : "STANDARD";
                LocalDateTime first = rule.createTransition(1970).getDateTimeBefore();
                lines.addAll(List.of("BEGIN:" + kind, "DTSTART:" + LOCAL.format(first), "RRULE:" + rrule(rule),
                        "TZOFFSETFROM:" + offset(rule.getOffsetBefore()), "TZOFFSETTO:" + offset(rule.getOffsetAfter()), "END:" + kind));
            }
        }
        lines.add("END:VTIMEZONE");
        return lines;
    }

    private static String rrule(ZoneOffsetTransitionRule rule) {
        String month = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        if (rule.getDayOfWeek() == null) {
            return month + ";BYMONTHDAY=" + rule.getDayOfMonthIndicator();
        }
        int indicator = rule.getDayOfMonthIndicator();
        int week = indicator < 0 || indicator > rule.getMonth().minLength() - 7 ? -1 : (indicator - 1) / 7 + 1;
        return month + ";BYDAY=" + week + rule.getDayOfWeek().name().substring(0, 2);
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", minutes / 60, minutes % 60);
    }

    /** TEXT escaping of RFC 5545, 3.3.11. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character. */
    static String fold(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length();) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** 200 {@code text/calendar} as a download: one event per block ({@code per} "block") or per day ("day"); 400 for another {@code per}. */
    static jakarta.ws.rs.core.Response response(Workshop workshop, String per, String language) {
        if (!per.equals("block") && !per.equals("day")) {
            throw org.samverka.api.rest.ApiProblem.invalid("per", "must be 'block' or 'day'");
        }
        return jakarta.ws.rs.core.Response.ok(of(workshop, per.equals("day"), language, Instant.now()), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"workshop-" + workshop.id() + ".ics\"")
                .header("Content-Language", language).build();
    }
}
