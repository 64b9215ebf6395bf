package org.samverka.plugin.workshop;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A workshop as a client sends it. On {@code POST}, {@code template} (and {@code startDate}) may
 * stand in for {@code days}: the template's agenda on consecutive weekdays from that date. A
 * region's joint workshop names the participating {@code municipalities}, all of the region.
 * {@code focusItemId}: a capacity item of the municipality's lifecycle map the workshop is about.
 */
public record WorkshopInput(String title, String goal, String focusPhase, String location, String timeZone, String facilitator,
        String decider, List<Participant> participants, List<Day> days, String template, LocalDate startDate,
        List<String> municipalities, Long focusItemId) {

    /**
     * Someone taking part: only what the method needs. {@code sector}: PUBLIC, BUSINESS, ACADEMIA,
     * CIVIL_SOCIETY or RESIDENT; {@code consent}: whether they agreed to their name being kept.
     * {@code nameRemoved}: the municipality's retention period has removed the name, and the
     * participant stays without it.
     */
    public record Participant(String name, String organisation, String sector, Boolean consent, Boolean nameRemoved) {
    }

    /** One day of the agenda: when it runs and its blocks in order. */
    public record Day(LocalDate date, LocalTime start, LocalTime end, List<Block> blocks) {
    }

    /** A block: a method of the library for some minutes, or a break ({@code methodId} left out). */
    public record Block(String methodId, Integer minutes, String note) {
    }
}
