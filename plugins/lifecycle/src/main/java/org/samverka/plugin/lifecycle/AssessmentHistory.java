package org.samverka.plugin.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.samverka.api.module.LocalizedText;
import org.samverka.api.rest.ApiProblem;
import org.samverka.api.tenant.Municipality;

/**
 * "What did we actually achieve": the trend of assessments, read from the snapshots kept when
 * they changed. A series starts with the snapshot in effect when the period began, so that the
 * first point is where the period started from; a day appears once, with its last state.
 */
public final class AssessmentHistory {

    private AssessmentHistory() {
    }

    /** The days a history covers: {@code from} null for "since the first snapshot". */
    record Period(LocalDate from, LocalDate to) {

        /** From query parameters; {@code to} defaults to today. 400 for a bad date or {@code from} after {@code to}. */
        static Period of(String from, String to, LocalDate today) {
            LocalDate until = to == null ? today : day("to", to);
            LocalDate since = from == null ? null : day("from", from);
            if (since != null && since.isAfter(until)) {
                throw ApiProblem.invalid("from", "must not come after 'to' (" + until + ")");
            }
            return new Period(since, until);
        }
    }

    /** A day as YYYY-MM-DD within the years the platform stores; 400 naming the parameter otherwise. */
    static LocalDate day(String parameter, String value) {
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < 1900 || day.getYear() > 9999) {
                throw ApiProblem.invalid(parameter, "must be a date between 1900-01-01 and 9999-12-31");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalid(parameter, "must be a date as YYYY-MM-DD");
        }
    }

    /** A change over the period: {@code change} is null when either end has no value. */
    public record Trend(Integer first, Integer last, Integer change) {

        static Trend of(Integer first, Integer last) {
            return new Trend(first, last, first == null || last == null ? null : last - first);
        }
    }

    /** A municipality's assessment on a day, as the matrix row showed it then. */
    public record Point(LocalDate date, Instant takenAt, Integer overallReadiness, Readiness.WeakestPhase weakestPhase,
            int phasesBelowThreshold, List<Phase> notMapped, List<RegionMatrix.Cell> cells, boolean exampleData) {

        static Point of(History.Snapshot s, int threshold) {
            Readiness.Overall overall = Readiness.Overall.of(s.cells(), threshold);
            return new Point(s.date(), s.takenAt(), overall.readiness(), overall.weakestPhase(),
                    overall.phasesBelowThreshold(), overall.notMapped(), s.cells(), s.exampleData());
        }
    }

    /** One phase's score on a day; null unless scored. */
    public record PhasePoint(LocalDate date, Readiness.PhaseState state, Integer score) {
    }

    /** One phase over the period. */
    public record PhaseTrend(Phase phase, LocalizedText name, Trend trend, List<PhasePoint> points) {
    }

    /** {@code GET /municipalities/{id}/lifecycle/assessment/history}: overall and per phase. */
    public record OfMunicipality(String municipalityId, LocalDate from, LocalDate to, int threshold, Trend overall,
            List<PhaseTrend> phases, List<Point> snapshots) {
    }

    /** One municipality's overall readiness over the period, in the region's history. */
    public record MunicipalityTrend(String municipalityId, String municipalityName, Trend overall,
            Trend phasesBelowThreshold, List<Point> points) {
    }

    /** {@code GET /regions/{id}/lifecycle/history}: every municipality that uses the module. */
    public record OfRegion(String regionId, LocalDate from, LocalDate to, int threshold,
            List<MunicipalityTrend> municipalities) {
    }

    static OfMunicipality of(String municipalityId, Period period, int threshold, List<History.Snapshot> snapshots) {
        List<Point> points = snapshots.stream().map(s -> Point.of(s, threshold)).toList();
        List<PhaseTrend> phases = Arrays.stream(Phase.values()).map(phase -> phaseTrend(phase, snapshots)).toList();
        return new OfMunicipality(municipalityId, period.from(), period.to(), threshold, trend(points, Point::overallReadiness), phases, points);
    }

    static OfRegion of(String regionId, Period period, int threshold, List<Municipality> municipalities,
            Map<String, List<History.Snapshot>> snapshots) {
        return new OfRegion(regionId, period.from(), period.to(), threshold, municipalities.stream().map(m -> {
            List<Point> points = snapshots.getOrDefault(m.id(), List.of()).stream().map(s -> Point.of(s, threshold)).toList();
            return new MunicipalityTrend(m.id(), m.name(), trend(points, Point::overallReadiness),
                    trend(points, Point::phasesBelowThreshold), points);
        }).toList());
    }

    private static PhaseTrend phaseTrend(Phase phase, List<History.Snapshot> snapshots) {
        List<PhasePoint> points = snapshots.stream().map(s -> {
            RegionMatrix.Cell c = cell(s, phase);
            return new PhasePoint(s.date(), c.state(), c.score());
        }).toList();
        return new PhaseTrend(phase, phase.label(), trend(points, PhasePoint::score), points);
    }

    private static RegionMatrix.Cell cell(History.Snapshot s, Phase phase) {
        return s.cells().stream().filter(c -> c.phase() == phase).findFirst().orElse(RegionMatrix.Cell.notMapped(phase));
    }

    private static <P> Trend trend(List<P> points, Function<P, Integer> value) {
        return points.isEmpty() ? Trend.of(null, null)
                : Trend.of(value.apply(points.get(0)), value.apply(points.get(points.size() - 1)));
    }
}
