package org.samverka.plugin.positioning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The engagement staircase computed from each person's levels over time: how many stand on each
 * level now, the movements between levels per period (up or down, and which step), how many stood
 * on each level at the end of each period, and the people stalled on one level longer than a set
 * time — the invitation list for the next arena. Pure logic.
 */
record Staircase(Map<String, Integer> now, Map<String, Movements> movements, Map<String, Map<String, Integer>> byPeriod,
        List<Stalled> stalled) {

    /** A person's level from a date on. */
    record Step(long personId, String level, LocalDate since) {
    }

    /** Movements in one period: up, down, and per step ("AWARE→INTERESTED"). */
    record Movements(int up, int down, Map<String, Integer> steps) {
    }

    /** Someone who has stood on a level (not the top) since a date, for longer than the limit. */
    record Stalled(long personId, String level, LocalDate since, long days) {
    }

    /** Periods are years ("2026") or quarters ("2026-Q2"). */
    static String period(LocalDate date, boolean quarters) {
        return quarters ? date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1) : String.valueOf(date.getYear());
    }

    static Staircase of(List<String> levels, List<Step> history, LocalDate today, int stalledAfterDays, boolean quarters) {
        Map<Long, List<Step>> byPerson = history.stream().filter(s -> !s.since().isAfter(today))
                .sorted(Comparator.comparing(Step::since)).collect(Collectors.groupingBy(Step::personId, LinkedHashMap::new, Collectors.toList()));
        Map<String, Integer> now = new LinkedHashMap<>();
        levels.forEach(l -> now.put(l, 0));
        Map<String, Movements> movements = new TreeMap<>();
        List<Stalled> stalled = new ArrayList<>();
        TreeMap<String, Map<Long, String>> levelAtPeriodEnd = new TreeMap<>();
        for (var person : byPerson.entrySet()) {
            List<Step> steps = person.getValue();
            for (int i = 0; i < steps.size(); i++) {
                Step step = steps.get(i);
                levelAtPeriodEnd.computeIfAbsent(period(step.since(), quarters), p -> new LinkedHashMap<>()).put(person.getKey(), step.level());
                if (i > 0 && !steps.get(i - 1).level().equals(step.level())) {
                    int from = levels.indexOf(steps.get(i - 1).level());
                    int to = levels.indexOf(step.level());
                    Movements m = movements.getOrDefault(period(step.since(), quarters), new Movements(0, 0, new TreeMap<>()));
                    Map<String, Integer> counted = new TreeMap<>(m.steps());
                    counted.merge(steps.get(i - 1).level() + "→" + step.level(), 1, Integer::sum);
                    movements.put(period(step.since(), quarters), new Movements(m.up() + (to > from ? 1 : 0), m.down() + (to < from ? 1 : 0),
                            counted));
                }
            }
            Step current = steps.get(steps.size() - 1);
            now.merge(current.level(), 1, Integer::sum);
            // The level a person reached and stood on since: the first of the unbroken run of the current level.
            LocalDate since = current.since();
            for (int i = steps.size() - 2; i >= 0 && steps.get(i).level().equals(current.level()); i--) {
                since = steps.get(i).since();
            }
            long days = java.time.temporal.ChronoUnit.DAYS.between(since, today);
            if (!current.level().equals(levels.get(levels.size() - 1)) && days > stalledAfterDays) {
                stalled.add(new Stalled(person.getKey(), current.level(), since, days));
            }
        }
        stalled.sort(Comparator.comparing(Stalled::days).reversed());
        return new Staircase(now, movements, carriedForward(levels, levelAtPeriodEnd), stalled);
    }

    /** Counts per level at the end of each period, each person standing where they last stepped. */
    private static Map<String, Map<String, Integer>> carriedForward(List<String> levels, TreeMap<String, Map<Long, String>> changes) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        Map<Long, String> standing = new LinkedHashMap<>();
        for (var period : changes.entrySet()) {
            standing.putAll(period.getValue());
            Map<String, Integer> counts = new LinkedHashMap<>();
            levels.forEach(l -> counts.put(l, 0));
            standing.values().forEach(l -> counts.merge(l, 1, Integer::sum));
            out.put(period.getKey(), counts);
        }
        return out;
    }
}
