package org.samverka.plugin.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.samverka.api.tenant.Municipality;

/**
 * How far a region has come toward its target, counted as the target says (net change or net
 * migration, both of which add up across municipalities: a move between two of them counts 0),
 * over every municipality of the region, whether it uses the module or not, saying which have
 * not reported a year that others have.
 *
 * @param counted       the measure summed over the region's municipalities and the years counted
 * @param lastYear      the latest year of the target's span any municipality reported; null when none
 * @param yearsCounted  years from the base year through {@code lastYear}
 * @param yearsLeft     years after {@code lastYear} through the target year
 * @param pacePerYear   {@code counted / yearsCounted}, rounded; null before any year is counted
 * @param paceNeededLow what each year left must add to reach {@code low}; null when no year is left
 * @param complete      whether every municipality reported every year counted
 * @param notReported   municipalities missing one of those years
 */
public record RegionProgress(String regionId, PopulationTarget target, TargetMeasure measure, int counted,
        int percentOfLow, int percentOfHigh, Integer lastYear, int yearsCounted, int yearsLeft, int remainingLow,
        int remainingHigh, Integer pacePerYear, Integer paceNeededLow, Integer paceNeededHigh, boolean complete,
        int municipalitiesReported, List<String> notReported, List<MunicipalityProgress> municipalities) {

    /** One municipality's part: its measure per year of the span and the years it has not reported. */
    public record MunicipalityProgress(String municipalityId, String name, boolean usesModule, int counted,
            Map<Integer, Integer> byYear, List<Integer> missingYears) {
    }

    static RegionProgress of(String regionId, PopulationTarget target, List<Municipality> municipalities,
            Set<String> usingModule, List<PopulationYear> figures) {
        Integer lastYear = figures.stream().map(PopulationYear::year)
                .filter(y -> y >= target.baseYear() && y <= target.targetYear()).max(Integer::compare).orElse(null);
        int yearsCounted = lastYear == null ? 0 : lastYear - target.baseYear() + 1;
        int yearsLeft = target.targetYear() - (lastYear == null ? target.baseYear() - 1 : lastYear);
        List<MunicipalityProgress> rows = new ArrayList<>();
        List<String> notReported = new ArrayList<>();
        int counted = 0;
        for (Municipality m : municipalities) {
            Map<Integer, Integer> byYear = new TreeMap<>();
            figures.stream().filter(f -> f.municipalityId().equals(m.id()))
                    .filter(f -> f.year() >= target.baseYear() && lastYear != null && f.year() <= lastYear)
                    .forEach(f -> byYear.put(f.year(), measure(target.measure(), f)));
            List<Integer> missing = new ArrayList<>();
            for (int y = target.baseYear(); lastYear != null && y <= lastYear; y++) {
                if (!byYear.containsKey(y)) {
                    missing.add(y);
                }
            }
            int sum = byYear.values().stream().mapToInt(Integer::intValue).sum();
            counted += sum;
            if (!missing.isEmpty() || lastYear == null) {
                notReported.add(m.id());
            }
            rows.add(new MunicipalityProgress(m.id(), m.name(), usingModule.contains(m.id()), sum, byYear, missing));
        }
        int remainingLow = Math.max(0, target.low() - counted);
        int remainingHigh = Math.max(0, target.high() - counted);
        return new RegionProgress(regionId, target, target.measure(), counted, percent(counted, target.low()),
                percent(counted, target.high()), lastYear, yearsCounted, yearsLeft, remainingLow, remainingHigh,
                yearsCounted == 0 ? null : Math.round((float) counted / yearsCounted),
                yearsLeft <= 0 ? null : ceilDiv(remainingLow, yearsLeft), yearsLeft <= 0 ? null : ceilDiv(remainingHigh, yearsLeft),
                lastYear != null && notReported.isEmpty(), municipalities.size() - notReported.size(), notReported, rows);
    }

    static int measure(TargetMeasure measure, PopulationYear year) {
        return measure == TargetMeasure.NET_MIGRATION ? year.netMigration() : year.netChange();
    }

    private static int ceilDiv(int a, int b) {
        return Math.floorDiv(a + b - 1, b);
    }

    private static int percent(int part, int whole) {
        return whole == 0 ? 0 : Math.round(100f * part / whole);
    }
}
