package org.samverka.plugin.lifecycle;

import java.time.LocalDate;
import java.util.List;

/**
 * A region's municipalities × phases, for those that use the module: every municipality scored
 * against the region's catalogue, so that a column compares like with like. {@code asOf} is null
 * for the matrix as it stands now, else the day whose snapshots it shows.
 */
public record RegionMatrix(String regionId, String regionName, LocalDate asOf, List<Phase> phases, int threshold,
        List<Row> rows) {

    /**
     * One municipality's line; {@code overallReadiness} is null while none of its phases is scored;
     * {@code exampleData} when some of its items are demo data, not the municipality's own.
     */
    public record Row(String municipalityId, String municipalityName, Integer overallReadiness,
            Readiness.WeakestPhase weakestPhase, int phasesBelowThreshold, List<Phase> notMapped, List<Cell> cells,
            boolean exampleData) {
    }

    /** One phase of one municipality; {@code score} is null unless the state is SCORED. */
    public record Cell(Phase phase, Readiness.PhaseState state, Integer score, int whiteSpots, int extraItems)
            implements Readiness.PhaseScore {

        /** A phase with nothing recorded. */
        static Cell notMapped(Phase phase) {
            return new Cell(phase, Readiness.PhaseState.NOT_MAPPED, null, 0, 0);
        }
    }

    /** The cells of an assessment, as the matrix and a snapshot keep them. */
    static List<Cell> cells(Readiness.Assessment assessment) {
        return assessment.phases().stream()
                .map(p -> new Cell(p.phase(), p.state(), p.score(), (int) assessment.whiteSpots().stream()
                        .filter(w -> w.phase() == p.phase()).count(), p.extraItems().size()))
                .toList();
    }

    static Row row(String municipalityId, String name, List<Cell> cells, int threshold, boolean exampleData) {
        Readiness.Overall overall = Readiness.Overall.of(cells, threshold);
        return new Row(municipalityId, name, overall.readiness(), overall.weakestPhase(), overall.phasesBelowThreshold(),
                overall.notMapped(), cells, exampleData);
    }
}
