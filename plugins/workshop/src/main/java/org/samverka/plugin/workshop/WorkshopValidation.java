package org.samverka.plugin.workshop;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.samverka.api.rest.Validation;

/** Checks a workshop as sent, naming every bad field at once; a template stands in for the days on creation. */
final class WorkshopValidation {

    /** The lifecycle's phases, as a workshop's focus (the lifecycle plugin need not be there). */
    static final Set<String> PHASES = Set.of("INVENTORY", "ATTRACT", "RECRUIT", "INTRODUCE", "WELCOME", "ROOT");
    static final Set<String> SECTORS = Set.of("PUBLIC", "BUSINESS", "ACADEMIA", "CIVIL_SOCIETY", "RESIDENT");
    static final String DEFAULT_TIME_ZONE = "Europe/Stockholm";
    static final int MAX_DAYS = 30;
    static final int MAX_BLOCKS = 60;
    static final int MAX_PARTICIPANTS = 300;

    private WorkshopValidation() {
    }

    /**
     * @param regionMunicipalities the ids of the region's municipalities, for a region's joint
     *        workshop; {@code null} for a municipality's own
     */
    static WorkshopStore.Validated check(WorkshopInput in, Library library, boolean creating, Set<String> regionMunicipalities) {
        var check = new Validation();
        String title = check.requiredText("title", in.title(), 200);
        String goal = check.optionalText("goal", in.goal(), 2000);
        String focus = check.optionalText("focusPhase", in.focusPhase(), 20);
        check.check(focus == null || PHASES.contains(focus), "focusPhase", "must be one of " + PHASES);
        String location = check.optionalText("location", in.location(), 200);
        String zone = in.timeZone() == null || in.timeZone().isBlank() ? DEFAULT_TIME_ZONE : in.timeZone().strip();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            check.check(false, "timeZone", "must be a time zone such as Europe/Stockholm or Europe/Oslo");
        }
        String facilitator = check.optionalText("facilitator", in.facilitator(), 200);
        String decider = check.optionalText("decider", in.decider(), 200);
        List<WorkshopInput.Participant> participants = participants(check, in.participants());
        List<WorkshopInput.Day> days = in.days();
        if (in.template() != null) {
            check.check(creating, "template", "is used only when a workshop is created");
            check.check(in.days() == null || in.days().isEmpty(), "days", "is left out when a template gives the days");
            check.check(in.startDate() != null, "startDate", "is required with a template");
            var template = library.template(in.template());
            check.check(template.isPresent(), "template", "names no template of the region's library; GET /api/v1/regions/{regionId}/workshop/templates lists them");
            if (template.isPresent() && in.startDate() != null) {
                days = onWeekdaysFrom(in.startDate(), template.get().days());
            }
        } else {
            check.check(in.startDate() == null, "startDate", "goes with a template only");
            days = days(check, in.days(), library);
        }
        List<String> municipalities = municipalities(check, in.municipalities(), regionMunicipalities);
        check.throwIfInvalid();
        return new WorkshopStore.Validated(title, goal, focus, location, zone, facilitator, decider, participants, days, municipalities,
                in.focusItemId());
    }

    private static List<String> municipalities(Validation check, List<String> in, Set<String> ofRegion) {
        List<String> named = in == null ? List.of() : in;
        if (ofRegion == null) {
            check.check(named.isEmpty(), "municipalities", "is for a region's joint workshop; a municipality's own workshop leaves it out");
            return List.of();
        }
        check.check(!named.isEmpty(), "municipalities", "name the region's municipalities taking part, at least one");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            String id = named.get(i);
            check.check(id != null && ofRegion.contains(id), "municipalities[" + i + "]", "is not a municipality of this region");
            check.check(id == null || !out.contains(id), "municipalities[" + i + "]", "is named twice");
            if (id != null && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static List<WorkshopInput.Participant> participants(Validation check, List<WorkshopInput.Participant> in) {
        List<WorkshopInput.Participant> out = new ArrayList<>();
        if (in == null) {
            return out;
        }
        check.check(in.size() <= MAX_PARTICIPANTS, "participants", "at most " + MAX_PARTICIPANTS);
        for (int i = 0; i < in.size() && i < MAX_PARTICIPANTS; i++) {
            WorkshopInput.Participant p = in.get(i);
            String field = "participants[" + i + "]";
            if (p == null) {
                check.check(false, field, "is empty");
                continue;
            }
            boolean removed = Boolean.TRUE.equals(p.nameRemoved());
            String name = removed ? check.optionalText(field + ".name", p.name(), 200) : check.requiredText(field + ".name", p.name(), 200);
            check.check(!removed || blank(name), field + ".name", "is left out while nameRemoved is true (send false to name them again)");
            String organisation = check.optionalText(field + ".organisation", p.organisation(), 200);
            check.check(p.sector() == null || SECTORS.contains(p.sector()), field + ".sector", "must be one of " + SECTORS);
            out.add(new WorkshopInput.Participant(removed ? null : name, organisation, p.sector(), Boolean.TRUE.equals(p.consent()),
                    removed));
        }
        return out;
    }

    private static List<WorkshopInput.Day> days(Validation check, List<WorkshopInput.Day> in, Library library) {
        List<WorkshopInput.Day> out = new ArrayList<>();
        if (in == null || in.isEmpty()) {
            check.check(false, "days", "at least one day, or a template");
            return out;
        }
        check.check(in.size() <= MAX_DAYS, "days", "at most " + MAX_DAYS);
        for (int d = 0; d < in.size() && d < MAX_DAYS; d++) {
            WorkshopInput.Day day = in.get(d);
            String field = "days[" + d + "]";
            if (day == null) {
                check.check(false, field, "is empty");
                continue;
            }
            check.required(field + ".date", day.date());
            check.date(field + ".date", day.date());
            check.required(field + ".start", day.start());
            check.required(field + ".end", day.end());
            check.check(day.start() == null || day.end() == null || day.start().isBefore(day.end()), field + ".end",
                    "must be after the start, on the same day");
            List<WorkshopInput.Block> blocks = day.blocks() == null ? List.of() : day.blocks();
            check.check(blocks.size() <= MAX_BLOCKS, field + ".blocks", "at most " + MAX_BLOCKS);
            int total = 0;
            List<WorkshopInput.Block> checked = new ArrayList<>();
            for (int b = 0; b < blocks.size() && b < MAX_BLOCKS; b++) {
                WorkshopInput.Block block = blocks.get(b);
                String f = field + ".blocks[" + b + "]";
                if (block == null) {
                    check.check(false, f, "is empty");
                    continue;
                }
                check.check(block.methodId() == null || library.method(block.methodId()).isPresent(), f + ".methodId",
                        "names no method of the region's library (leave it out for a break)");
                check.check(block.minutes() != null && block.minutes() >= 1 && block.minutes() <= 720, f + ".minutes",
                        "must be 1 to 720");
                String note = check.optionalText(f + ".note", block.note(), 500);
                total += block.minutes() == null ? 0 : Math.max(0, block.minutes());
                checked.add(new WorkshopInput.Block(block.methodId(), block.minutes(), note));
            }
            if (day.start() != null) {
                check.check(day.start().until(java.time.LocalTime.MAX, ChronoUnit.MINUTES) >= total, field + ".blocks",
                        "cannot run past midnight");
            }
            out.add(new WorkshopInput.Day(day.date(), day.start(), day.end(), checked));
        }
        return out;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A template's days on consecutive weekdays from the first date (a sprint runs Monday to Friday). */
    static List<WorkshopInput.Day> onWeekdaysFrom(LocalDate first, List<WorkshopInput.Day> templateDays) {
        List<WorkshopInput.Day> days = new ArrayList<>();
        LocalDate date = first;
        for (WorkshopInput.Day day : templateDays) {
            while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                date = date.plusDays(1);
            }
            days.add(new WorkshopInput.Day(date, day.start(), day.end(), day.blocks()));
            date = date.plusDays(1);
        }
        return days;
    }

}
