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
        List<RegionMatrix.Cell> cells = Arrays.stream(Phase.values()).map(p -> new RegionMatrix.Cell(p, 40, 1)).toList();
        var matrix = new RegionMatrix("r", "Region <\"Norr\"> & Co", List.of(Phase.values()),
                List.of(new RegionMatrix.Row("m", "Kiru\u0007na </text><script>x</script>", 40, cells)));

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
}
