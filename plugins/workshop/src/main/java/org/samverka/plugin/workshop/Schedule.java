package org.samverka.plugin.workshop;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.samverka.api.module.LocalizedText;

/**
 * The agenda computed: each block's start and end (blocks follow each other from the day's start),
 * and warnings where the plan does not fit: a day that runs past its end, a block shorter or longer
 * than its method's range, more or fewer participants than a method is made for. Warnings, never
 * errors: a facilitator may mean it. Pure logic, no storage.
 */
public record Schedule(List<ScheduledDay> days, List<Warning> warnings, Map<String, Integer> minutesByStage, int breakMinutes,
        List<LocalizedText> materials) {

    /** A day with its blocks placed; {@code overrunMinutes} past its end (0 when it fits). */
    public record ScheduledDay(int day, LocalDate date, LocalTime start, LocalTime end, List<ScheduledBlock> blocks,
            LocalTime endsAt, int overrunMinutes) {
    }

    /** A block placed in its day: a method (with its name) or a break. */
    public record ScheduledBlock(int block, String kind, String methodId, LocalizedText name, String stage, int minutes,
            LocalTime start, LocalTime end, String note) {
    }

    /**
     * What does not fit: {@code DAY_OVERRUN}, {@code MINUTES_OUTSIDE_RANGE} or
     * {@code GROUP_SIZE}, with the day and block (1-based; block 0 for the whole day).
     */
    public record Warning(String code, int day, int block, String detail) {
    }

    static final String METHOD = "METHOD";
    static final String BREAK = "BREAK";

    static Schedule of(List<WorkshopInput.Day> days, int participants, Function<String, Optional<Method>> methods,
            LocalizedText breakName) {
        List<ScheduledDay> scheduled = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Map<String, Integer> byStage = new LinkedHashMap<>();
        Set<LocalizedText> materials = new LinkedHashSet<>();
        Set<String> groupWarned = new LinkedHashSet<>();
        int breaks = 0;
        for (int d = 0; d < days.size(); d++) {
            WorkshopInput.Day day = days.get(d);
            List<ScheduledBlock> blocks = new ArrayList<>();
            int offset = 0;
            for (int b = 0; b < day.blocks().size(); b++) {
                WorkshopInput.Block block = day.blocks().get(b);
                int minutes = block.minutes();
                LocalTime start = day.start().plusMinutes(offset);
                LocalTime end = start.plusMinutes(minutes);
                offset += minutes;
                if (block.methodId() == null) {
                    breaks += minutes;
                    blocks.add(new ScheduledBlock(b + 1, BREAK, null, breakName, null, minutes, start, end, block.note()));
                    continue;
                }
                Method method = methods.apply(block.methodId()).orElseThrow();
                blocks.add(new ScheduledBlock(b + 1, METHOD, method.id(), method.name(), method.stage(), minutes, start, end,
                        block.note()));
                byStage.merge(method.stage(), minutes, Integer::sum);
                if (method.materials() != null) {
                    materials.add(method.materials());
                }
                if (!method.fitsMinutes(minutes)) {
                    warnings.add(new Warning("MINUTES_OUTSIDE_RANGE", d + 1, b + 1, method.name().en() + " is planned for " + minutes
                            + " minutes; it takes " + method.minMinutes() + " to " + method.maxMinutes() + "."));
                }
                if (participants > 0 && !method.fitsGroup(participants) && groupWarned.add(method.id())) {
                    warnings.add(new Warning("GROUP_SIZE", d + 1, b + 1, method.name().en() + " is made for " + method.minPeople()
                            + " to " + method.maxPeople() + " people; " + participants + " take part."));
                }
            }
            int length = day.start().until(day.end(), java.time.temporal.ChronoUnit.MINUTES) < 0 ? 0
                    : (int) day.start().until(day.end(), java.time.temporal.ChronoUnit.MINUTES);
            int overrun = Math.max(0, offset - length);
            if (overrun > 0) {
                warnings.add(new Warning("DAY_OVERRUN", d + 1, 0, "Day " + (d + 1) + " runs " + overrun + " minutes past its end at "
                        + day.end() + "."));
            }
            scheduled.add(new ScheduledDay(d + 1, day.date(), day.start(), day.end(), List.copyOf(blocks),
                    day.start().plusMinutes(offset), overrun));
        }
        return new Schedule(List.copyOf(scheduled), List.copyOf(warnings), byStage, breaks, List.copyOf(materials));
    }
}
