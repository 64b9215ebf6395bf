package org.samverka.plugin.lifecycle;

import java.util.Locale;

/**
 * The region matrix as a labelled heatmap a region can paste into a report: one row per
 * municipality, one column per phase, the cell coloured by score (red 0, yellow 50, green 100)
 * with the score written in it, a legend, and titles and a description for screen readers.
 */
final class MatrixSvg {

    private static final int NAME_WIDTH = 170;
    private static final int CELL_WIDTH = 104;
    private static final int CELL_HEIGHT = 36;
    private static final int HEADER_HEIGHT = 56;
    private static final int LEGEND_HEIGHT = 60;

    private MatrixSvg() {
    }

    static String render(RegionMatrix matrix, Locale language) {
        int columns = matrix.phases().size();
        int width = NAME_WIDTH + columns * CELL_WIDTH + 20;
        int height = HEADER_HEIGHT + Math.max(1, matrix.rows().size()) * CELL_HEIGHT + LEGEND_HEIGHT;
        String title = text(language, "Receiving capacity per phase", "Mottagarkapacitet per fas", "Mottakskapasitet per fase")
                + " – " + matrix.regionName();
        StringBuilder svg = new StringBuilder();
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"title desc\" font-family=\"Helvetica, Arial, sans-serif\">\n")
                .append("<title id=\"title\">").append(escape(title)).append("</title>\n")
                .append("<desc id=\"desc\">").append(escape(description(matrix, language))).append("</desc>\n")
                .append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">").append(escape(title)).append("</text>\n");
        for (int c = 0; c < columns; c++) {
            Phase phase = matrix.phases().get(c);
            svg.append("<text x=\"").append(NAME_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2).append("\" y=\"").append(HEADER_HEIGHT - 10)
                    .append("\" font-size=\"12\" text-anchor=\"middle\">").append(escape(phase.label().in(language))).append("</text>\n");
        }
        if (matrix.rows().isEmpty()) {
            svg.append("<text x=\"10\" y=\"").append(HEADER_HEIGHT + 22).append("\" font-size=\"12\">")
                    .append(escape(text(language, "No municipality of the region uses this method yet.",
                            "Ingen kommun i regionen använder metoden ännu.", "Ingen kommune i regionen bruker metoden ennå.")))
                    .append("</text>\n");
        }
        for (int r = 0; r < matrix.rows().size(); r++) {
            RegionMatrix.Row row = matrix.rows().get(r);
            int y = HEADER_HEIGHT + r * CELL_HEIGHT;
            svg.append("<text x=\"10\" y=\"").append(y + CELL_HEIGHT / 2 + 4).append("\" font-size=\"12\">")
                    .append(escape(row.municipalityName())).append("</text>\n");
            for (int c = 0; c < row.cells().size(); c++) {
                RegionMatrix.Cell cell = row.cells().get(c);
                int x = NAME_WIDTH + c * CELL_WIDTH;
                String label = row.municipalityName() + ", " + cell.phase().label().in(language) + ": " + cell.score()
                        + " (" + cell.whiteSpots() + " " + text(language, "white spots", "vita fläckar", "hvite flekker") + ")";
                svg.append("<g class=\"cell\"><title>").append(escape(label)).append("</title>")
                        .append("<rect x=\"").append(x + 1).append("\" y=\"").append(y + 1).append("\" width=\"").append(CELL_WIDTH - 2)
                        .append("\" height=\"").append(CELL_HEIGHT - 2).append("\" fill=\"").append(colour(cell.score())).append("\"/>")
                        .append("<text x=\"").append(x + CELL_WIDTH / 2).append("\" y=\"").append(y + CELL_HEIGHT / 2 + 5)
                        .append("\" font-size=\"14\" text-anchor=\"middle\" fill=\"").append(cell.score() < 25 ? "#ffffff" : "#000000")
                        .append("\">").append(cell.score()).append("</text></g>\n");
            }
        }
        legend(svg, HEADER_HEIGHT + Math.max(1, matrix.rows().size()) * CELL_HEIGHT + 16, language);
        return svg.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder svg, int y, Locale language) {
        svg.append("<g class=\"legend\"><text x=\"10\" y=\"").append(y + 14).append("\" font-size=\"12\">")
                .append(escape(text(language, "Readiness (0–100):", "Beredskap (0–100):", "Beredskap (0–100):"))).append("</text>");
        int[] stops = {0, 25, 50, 75, 100};
        for (int i = 0; i < stops.length; i++) {
            int x = NAME_WIDTH + i * 60;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"56\" height=\"20\" fill=\"")
                    .append(colour(stops[i])).append("\"/><text x=\"").append(x + 28).append("\" y=\"").append(y + 34)
                    .append("\" font-size=\"11\" text-anchor=\"middle\">").append(stops[i]).append("</text>");
        }
        svg.append("</g>\n");
    }

    private static String description(RegionMatrix matrix, Locale language) {
        StringBuilder d = new StringBuilder(text(language,
                "Readiness from 0 to 100 per lifecycle phase for each municipality. ",
                "Beredskap från 0 till 100 per livscykelfas för varje kommun. ",
                "Beredskap fra 0 til 100 per livsløpsfase for hver kommune. "));
        for (RegionMatrix.Row row : matrix.rows()) {
            d.append(row.municipalityName()).append(": ");
            for (RegionMatrix.Cell cell : row.cells()) {
                d.append(cell.phase().label().in(language)).append(' ').append(cell.score()).append(", ");
            }
            d.setLength(d.length() - 2);
            d.append(". ");
        }
        return d.toString().strip();
    }

    /** Red through yellow to green. */
    static String colour(int score) {
        int s = Math.max(0, Math.min(100, score));
        int[] red = {215, 48, 31};
        int[] yellow = {254, 224, 139};
        int[] green = {26, 152, 80};
        int[] from = s <= 50 ? red : yellow;
        int[] to = s <= 50 ? yellow : green;
        double t = (s <= 50 ? s : s - 50) / 50.0;
        return String.format(Locale.ROOT, "#%02x%02x%02x", mix(from[0], to[0], t), mix(from[1], to[1], t), mix(from[2], to[2], t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    private static String text(Locale language, String en, String sv, String nb) {
        return new org.samverka.api.module.LocalizedText(en, sv, nb).in(language);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
