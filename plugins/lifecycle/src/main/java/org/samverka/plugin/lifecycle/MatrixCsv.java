package org.samverka.plugin.lifecycle;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;

/** The region matrix for spreadsheets: one row per municipality, a score column per phase. */
final class MatrixCsv {

    private MatrixCsv() {
    }

    static String format(RegionMatrix matrix) {
        return format(matrix, new SpreadsheetDialect("en", false));
    }

    /** In English the header names phases by id; in other languages by name, for its spreadsheets. */
    static String format(RegionMatrix matrix, SpreadsheetDialect dialect) {
        boolean english = dialect.language().equals("en");
        List<String> header = new ArrayList<>(List.of("municipalityId",
                english ? "municipality" : dialect.label("csv.column.municipality")));
        matrix.phases().forEach(p -> header.add(english ? p.name() : dialect.label("phase." + p.name() + ".name")));
        header.add("overall");
        header.add("weakestPhase");
        header.add("phasesBelowThreshold");
        header.add("notMapped");
        header.add("whiteSpots");
        StringWriter out = new StringWriter();
        List<String> examples = matrix.rows().stream().filter(RegionMatrix.Row::exampleData)
                .map(RegionMatrix.Row::municipalityId).toList();
        if (matrix.asOf() != null) {
            out.append("# ").append(dialect.label("history.csv.asOf").replace("{0}", matrix.asOf().toString())).append("\r\n");
        }
        if (!examples.isEmpty()) {
            out.append("# ").append(dialect.label("csv.example").replace("{0}", String.join(" ", examples))).append("\r\n");
        }
        try (CSVPrinter printer = new CSVPrinter(out, dialect.csv(header.toArray(String[]::new)))) {
            for (RegionMatrix.Row row : matrix.rows()) {
                List<Object> cells = new ArrayList<>(List.of(row.municipalityId(), ItemCsv.safe(row.municipalityName())));
                // An empty cell for a phase with no score: not mapped is not 0.
                row.cells().forEach(c -> cells.add(c.score()));
                cells.add(row.overallReadiness());
                cells.add(row.weakestPhase() == null ? null : row.weakestPhase().phase());
                cells.add(row.phasesBelowThreshold());
                cells.add(String.join(" ", row.notMapped().stream().map(Enum::name).toList()));
                cells.add(row.cells().stream().mapToInt(RegionMatrix.Cell::whiteSpots).sum());
                printer.printRecord(cells);
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return dialect.finish(out.toString());
    }
}
