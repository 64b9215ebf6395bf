package org.samverka.plugin.lifecycle;

import java.io.StringWriter;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The region matrix as a labelled heatmap a region can paste into a report: one row per
 * municipality, one column per phase, the cell coloured by score (red 0, yellow 50, green 100;
 * grey and labelled for a phase that is not mapped)
 * with the score written in it, a legend, and titles and a description for screen readers.
 * Written with {@link XMLStreamWriter}, which escapes; characters XML cannot hold at all (control
 * characters in a name stored before names were checked for them) are left out.
 */
final class MatrixSvg {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final int NAME_WIDTH = 170;
    private static final int CELL_WIDTH = 104;
    private static final int CELL_HEIGHT = 36;
    private static final int HEADER_HEIGHT = 56;
    private static final int LEGEND_HEIGHT = 60;
    /** Grey: a phase with no score is neither good nor bad. */
    private static final String NOT_SCORED = "#d9d9d9";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final XMLStreamWriter out;
    private final Locale language;

    private MatrixSvg(XMLStreamWriter out, String language) {
        this.out = out;
        this.language = Locale.forLanguageTag(language);
    }

    /** The heatmap with its labels in {@code language}, a tag the plugin has labels for (else English). */
    static String render(RegionMatrix matrix, String language) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter writer = XML.createXMLStreamWriter(text);
            new MatrixSvg(writer, language).document(matrix);
            writer.close();
        } catch (XMLStreamException impossible) {
            throw new IllegalStateException("Writing XML into a string cannot fail", impossible);
        }
        return text.toString();
    }

    private void document(RegionMatrix matrix) throws XMLStreamException {
        int columns = matrix.phases().size();
        int rows = Math.max(1, matrix.rows().size());
        int width = Math.max(NAME_WIDTH + columns * CELL_WIDTH + 20, NAME_WIDTH + 5 * 60 + 110);
        boolean example = matrix.rows().stream().anyMatch(RegionMatrix.Row::exampleData);
        int height = HEADER_HEIGHT + rows * CELL_HEIGHT + LEGEND_HEIGHT + (example ? 20 : 0);
        String title = (matrix.asOf() == null ? LifecycleLabels.LABELS.format("matrix.title", matrix.regionName())
                : LifecycleLabels.LABELS.format("matrix.titleAsOf", matrix.regionName(), matrix.asOf())).in(language);
        out.writeStartDocument("UTF-8", "1.0");
        out.writeCharacters("\n");
        out.writeStartElement("svg");
        out.writeDefaultNamespace(SVG);
        attributes("width", width, "height", height, "viewBox", "0 0 " + width + " " + height, "role", "img",
                "aria-labelledby", "title desc", "font-family", "Helvetica, Arial, sans-serif");
        element("title", title, "id", "title");
        element("desc", description(matrix), "id", "desc");
        empty("rect", "width", "100%", "height", "100%", "fill", "#ffffff");
        element("text", title, "x", 10, "y", 22, "font-size", 15, "font-weight", "bold");
        for (int c = 0; c < columns; c++) {
            element("text", matrix.phases().get(c).label().in(language), "x", NAME_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2,
                    "y", HEADER_HEIGHT - 10, "font-size", 12, "text-anchor", "middle");
        }
        if (matrix.rows().isEmpty()) {
            element("text", text("matrix.empty"),
                    "x", 10, "y", HEADER_HEIGHT + 22, "font-size", 12);
        }
        for (int r = 0; r < matrix.rows().size(); r++) {
            row(matrix.rows().get(r), HEADER_HEIGHT + r * CELL_HEIGHT);
        }
        legend(HEADER_HEIGHT + rows * CELL_HEIGHT + 16);
        if (example) {
            // Demo data on real municipalities must never pass for their own inventory.
            element("text", text("matrix.example"), "class", "example", "x", 10,
                    "y", HEADER_HEIGHT + rows * CELL_HEIGHT + LEGEND_HEIGHT + 10, "font-size", 12, "font-style", "italic");
        }
        out.writeEndElement();
        out.writeCharacters("\n");
        out.writeEndDocument();
    }

    private void row(RegionMatrix.Row row, int y) throws XMLStreamException {
        element("text", row.municipalityName() + (row.exampleData() ? " *" : ""), "x", 10, "y", y + CELL_HEIGHT / 2 + 4,
                "font-size", 12);
        for (int c = 0; c < row.cells().size(); c++) {
            RegionMatrix.Cell cell = row.cells().get(c);
            int x = NAME_WIDTH + c * CELL_WIDTH;
            out.writeStartElement("g");
            attributes("class", "cell");
            Integer score = cell.score();
            element("title", row.municipalityName() + ", " + cell.phase().label().in(language) + ": " + shown(cell)
                    + (score == null ? "" : " (" + cell.whiteSpots() + " " + text("matrix.whiteSpots") + ")"));
            empty("rect", "x", x + 1, "y", y + 1, "width", CELL_WIDTH - 2, "height", CELL_HEIGHT - 2, "fill",
                    score == null ? NOT_SCORED : colour(score));
            element("text", shown(cell), "x", x + CELL_WIDTH / 2, "y", y + CELL_HEIGHT / 2 + 5, "font-size",
                    score == null ? 11 : 14, "text-anchor", "middle", "fill", score != null && score < 25 ? "#ffffff" : "#000000");
            out.writeEndElement();
            out.writeCharacters("\n");
        }
    }

    /** The score, or why there is none: not mapped, or nothing expected in the phase. */
    private String shown(RegionMatrix.Cell cell) {
        return switch (cell.state()) {
            case SCORED -> Integer.toString(cell.score());
            case NOT_MAPPED -> text("readiness.notMapped");
            case NO_CATALOGUE -> "–";
        };
    }

    private void legend(int y) throws XMLStreamException {
        out.writeStartElement("g");
        attributes("class", "legend");
        element("text", text("matrix.legend"), "x", 10, "y", y + 14,
                "font-size", 12);
        int[] stops = {0, 25, 50, 75, 100};
        for (int i = 0; i < stops.length; i++) {
            int x = NAME_WIDTH + i * 60;
            empty("rect", "x", x, "y", y, "width", 56, "height", 20, "fill", colour(stops[i]));
            element("text", Integer.toString(stops[i]), "x", x + 28, "y", y + 34, "font-size", 11, "text-anchor", "middle");
        }
        int x = NAME_WIDTH + stops.length * 60 + 10;
        empty("rect", "x", x, "y", y, "width", 80, "height", 20, "fill", NOT_SCORED);
        element("text", text("readiness.notMapped"), "x", x + 40, "y", y + 34, "font-size", 11, "text-anchor", "middle");
        out.writeEndElement();
        out.writeCharacters("\n");
    }

    private String description(RegionMatrix matrix) {
        StringBuilder d = new StringBuilder(text("matrix.description")).append(' ');
        for (RegionMatrix.Row row : matrix.rows()) {
            d.append(row.municipalityName()).append(": ");
            for (RegionMatrix.Cell cell : row.cells()) {
                d.append(cell.phase().label().in(language)).append(' ').append(shown(cell)).append(", ");
            }
            d.setLength(d.length() - 2);
            d.append(". ");
        }
        if (matrix.rows().stream().anyMatch(RegionMatrix.Row::exampleData)) {
            matrix.rows().stream().filter(RegionMatrix.Row::exampleData).forEach(r -> d.append(r.municipalityName()).append(" *. "));
            d.append(text("matrix.example"));
        }
        return d.toString().strip();
    }

    private void element(String name, String content, Object... attributes) throws XMLStreamException {
        out.writeStartElement(name);
        attributes(attributes);
        out.writeCharacters(xmlText(content));
        out.writeEndElement();
        if (attributes.length > 0) {
            out.writeCharacters("\n");
        }
    }

    private void empty(String name, Object... attributes) throws XMLStreamException {
        out.writeEmptyElement(name);
        attributes(attributes);
    }

    private void attributes(Object... namesAndValues) throws XMLStreamException {
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            out.writeAttribute((String) namesAndValues[i], xmlText(String.valueOf(namesAndValues[i + 1])));
        }
    }

    /** The text without the characters XML 1.0 cannot hold, which no escaping can make valid. */
    static String xmlText(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(MatrixSvg::allowedInXml).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
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

    private String text(String key) {
        return LifecycleLabels.LABELS.text(key).in(language);
    }
}
