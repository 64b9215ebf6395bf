package org.samverka.plugin.lifecycle;

import java.util.List;

/** A region's municipalities × phases: readiness and white spots, for those that use the module. */
public record RegionMatrix(String regionId, String regionName, List<Phase> phases, List<Row> rows) {

    /** One municipality's line of the matrix. */
    public record Row(String municipalityId, String municipalityName, int overallReadiness, List<Cell> cells) {
    }

    /** One phase of one municipality. */
    public record Cell(Phase phase, int score, int whiteSpots) {
    }

    static Row row(String municipalityId, String name, Readiness.Assessment assessment) {
        List<Cell> cells = assessment.phases().stream()
                .map(p -> new Cell(p.phase(), p.score(), (int) assessment.whiteSpots().stream()
                        .filter(w -> w.phase() == p.phase()).count()))
                .toList();
        return new Row(municipalityId, name, assessment.overallReadiness(), cells);
    }
}
