package org.samverka.plugin.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class MatrixSvgTest {

    @Test
    void namesWithMarkupQuotesAndControlCharactersStillMakeValidSvg() throws Exception {
        List<RegionMatrix.Cell> cells = Arrays.stream(Phase.values())
                .map(p -> new RegionMatrix.Cell(p, Readiness.PhaseState.SCORED, 40, 1, 0)).toList();
        var matrix = new RegionMatrix("r", "Region <\"Norr\"> & Co", null, List.of(Phase.values()), 50,
                List.of(new RegionMatrix.Row("m", "Kiru\u0007na </text><script>x</script>", 40, null, 6, List.of(), cells, false)));

        String svg = MatrixSvg.render(matrix, "sv");

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals(0, document.getElementsByTagName("script").getLength());
        String title = document.getElementsByTagName("title").item(0).getTextContent();
        assertTrue(title.contains("Region <\"Norr\"> & Co"), title);
        assertTrue(svg.contains("Kiruna &lt;/text&gt;"), svg);
        assertEquals(6, document.getElementsByTagName("g").getLength() - 1);
    }

    @Test
    void aPhaseThatIsNotMappedIsGreyAndSaysSoInsteadOfAScore() throws Exception {
        List<RegionMatrix.Cell> cells = Arrays.stream(Phase.values())
                .map(p -> p == Phase.ROOT ? new RegionMatrix.Cell(p, Readiness.PhaseState.SCORED, 0, 1, 0)
                        : new RegionMatrix.Cell(p, Readiness.PhaseState.NOT_MAPPED, null, 0, 0)).toList();
        var matrix = new RegionMatrix("norrbotten", "Norrbotten", null, List.of(Phase.values()), 50,
                List.of(new RegionMatrix.Row("boden", "Boden", 0, null, 1, List.of(Phase.values()).subList(0, 5), cells, false)));

        String svg = MatrixSvg.render(matrix, "sv");

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var groups = document.getElementsByTagName("g");
        int grey = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            var cell = (org.w3c.dom.Element) groups.item(i);
            if (!"cell".equals(cell.getAttribute("class"))) {
                continue;
            }
            String fill = ((org.w3c.dom.Element) cell.getElementsByTagName("rect").item(0)).getAttribute("fill");
            String text = cell.getElementsByTagName("text").item(0).getTextContent();
            if (text.equals("Inte kartlagd")) {
                assertEquals("#d9d9d9", fill);
                grey++;
            } else {
                assertEquals("0", text);
                assertEquals(MatrixSvg.colour(0), fill, "a scored 0 stays red");
            }
        }
        assertEquals(5, grey);
    }

    @Test
    void demoDataIsCaptionedAsExampleDataInEveryLanguage() {
        List<RegionMatrix.Cell> cells = java.util.Arrays.stream(Phase.values())
                .map(p -> new RegionMatrix.Cell(p, Readiness.PhaseState.SCORED, 50, 0, 0)).toList();
        RegionMatrix matrix = new RegionMatrix("norrbotten", "Region Norrbotten", null, List.of(Phase.values()), 50,
                List.of(new RegionMatrix.Row("lulea", "Luleå", 50, null, 0, List.of(), cells, true)));
        String sv = MatrixSvg.render(matrix, "sv");
        assertTrue(sv.contains(">Luleå *<"), sv);
        assertTrue(sv.contains("Exempeldata (demoläge)"), sv);
        assertTrue(MatrixSvg.render(matrix, "nb").contains("Eksempeldata (demomodus)"));
        assertTrue(MatrixCsv.format(matrix).startsWith("# Example data (demo mode), not the municipality's own: lulea\r\n"));
    }
}
