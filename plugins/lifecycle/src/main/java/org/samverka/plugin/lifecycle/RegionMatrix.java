package org.samverka.plugin.lifecycle;

import java.util.List;

/**
 * A region's municipalities × phases, for those that use the module: every municipality scored
 * against the region's catalogue, so that a column compares like with like.
 */
public record RegionMatrix(String regionId, String regionName, List<Phase> phases, int threshold, List<Row> rows) {

    /**
     * One municipality's line; {@code overallReadiness} is null while none of its phases is scored;
     * {@code exampleData} when some of its items are demo data, not the municipality's own.
     */
    public record Row(String municipalityId, String municipalityName, Integer overallReadiness,
            Readiness.WeakestPhase weakestPhase, int phasesBelowThreshold, List<Phase> notMapped, List<Cell> cells,
            boolean exampleData) {
    }

    /** One phase of one municipality; {@code score} is null unless the state is SCORED. */
    public record Cell(Phase phase, Readiness.PhaseState state, Integer score, int whiteSpots, int extraItems) {
    }

    static Row row(String municipalityId, String name, Readiness.Assessment assessment, boolean exampleData) {
        List<Cell> cells = assessment.phases().stream()
                .map(p -> new Cell(p.phase(), p.state(), p.score(), (int) assessment.whiteSpots().stream()
                        .filter(w -> w.phase() == p.phase()).count(), p.extraItems().size()))
                .toList();
        return new Row(municipalityId, name, assessment.overallReadiness(), assessment.weakestPhase(),
                assessment.phasesBelowThreshold(), assessment.notMapped(), cells, exampleData);
    }
}
