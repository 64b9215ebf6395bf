package org.samverka.plugin.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.samverka.api.tenant.Municipality;

class StatisticsCsvTest {

    static final List<Municipality> NORRBOTTEN = List.of(municipality("lulea", "2580", "Luleå"),
            municipality("kiruna", "2584", "Kiruna"), municipality("overtornea", "2518", "Övertorneå"));

    /** As SCB's statistical database exports a table: title, blank line, header, a row per place and variable. */
    static final String SCB = """
            "Befolkningsförändringar efter region, förändringar och år"

            "region";"förändringar";"2024";"2025"
            "25 Norrbottens län";"folkmängd";"250000";"250100"
            "2580 Luleå";"folkmängd";"80000";"80100"
            "2580 Luleå";"folkökning";"100";"100"
            "2580 Luleå";"levande födda";"800";"810"
            "2580 Luleå";"döda";"700";"690"
            "2580 Luleå";"inflyttningar från kommuner inom länet";"1000";"1100"
            "2580 Luleå";"inflyttningar från övriga län";"1500";"1600"
            "2580 Luleå";"invandringar";"600";"650"
            "2580 Luleå";"utflyttningar till kommuner inom länet";"900";"950"
            "2580 Luleå";"utflyttningar till övriga län";"1800";"1700"
            "2580 Luleå";"utvandringar";"400";"350"
            "2580 Luleå";"justeringspost";"0";".."

            "Footnote: figures for 2025 are preliminary."
            """;

    @Test
    void readsPxWebsDefaultShapeAndCountsTheNetChange() {
        StatisticsCsv.Parsed parsed = StatisticsCsv.parse(SCB);
        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of("25 Norrbottens län"), parsed.skippedTotals());
        assertEquals(List.of("folkökning"), parsed.ignoredVariables());
        StatisticsCsv.Matched matched = StatisticsCsv.match(parsed, NORRBOTTEN, false, "SCB");
        assertEquals(List.of(), matched.errors());
        List<PopulationYear.Input> lulea = matched.byMunicipality().get("lulea");
        assertEquals(2, lulea.size());
        PopulationYear.Input y2024 = lulea.get(0).validated();
        assertEquals(2024, y2024.year());
        assertEquals(80000, y2024.population());
        assertEquals(800 - 700 + (1000 + 1500 + 600) - (900 + 1800 + 400), y2024.netChange());
        assertEquals(0, y2024.netMigration());
        PopulationYear.Input y2025 = lulea.get(1).validated();
        assertNull(y2025.adjustment(), "'..' is a missing figure, not 0");
        assertEquals(810 - 690 + 3350 - 3000, y2025.netChange());
        assertEquals("SCB", y2025.source());
    }

    @Test
    void readsAColumnPerVariableWithEnglishNamesCommasAndNamesWithoutCodes() {
        String csv = """
                region,year,Population,Live births,Deaths,In-migrants from other counties,Immigrants,Out-migrants to other counties,Emigrants,Population growth
                Övertorneå kommun,2024,4300,20,60,80,30,90,10,-30
                """;
        StatisticsCsv.Parsed parsed = StatisticsCsv.parse(csv);
        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of("Population growth"), parsed.ignoredVariables());
        PopulationYear.Input y = StatisticsCsv.match(parsed, NORRBOTTEN, false, null).byMunicipality().get("overtornea")
                .get(0).validated();
        assertNull(y.inFromCounty());
        assertEquals(20 - 60 + 80 + 30 - 90 - 10, y.netChange());
    }

    @Test
    void aPlaceOutsideTheRegionIsNamedUnlessLeftOut() {
        String csv = SCB.replace("2580 Luleå", "2480 Umeå");
        StatisticsCsv.Matched refused = StatisticsCsv.match(StatisticsCsv.parse(csv), NORRBOTTEN, false, null);
        assertEquals("line 5", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().contains("'2480 Umeå' is not a municipality of this region"));
        StatisticsCsv.Matched skipped = StatisticsCsv.match(StatisticsCsv.parse(csv), NORRBOTTEN, true, null);
        assertEquals(List.of(), skipped.errors());
        assertEquals(List.of("2480 Umeå"), skipped.unknownPlaces());
        assertTrue(skipped.byMunicipality().isEmpty());
    }

    @Test
    void aYearWithoutAFigureTheNetChangeNeedsIsRefusedByLine() {
        String csv = SCB.replace("\"döda\";\"700\"", "\"döda\";\"..\"");
        StatisticsCsv.Matched matched = StatisticsCsv.match(StatisticsCsv.parse(csv), NORRBOTTEN, false, null);
        assertEquals(1, matched.errors().size());
        assertTrue(matched.errors().get(0).message().contains("'2580 Luleå' 2024 lacks died"), matched.errors().toString());
    }

    @Test
    void badFiguresAndHeadersAreNamedByLine() {
        String notANumber = SCB.replace("\"800\";\"810\"", "\"800\";\"many\"");
        assertEquals("line 7", StatisticsCsv.parse(notANumber).errors().get(0).field());
        String noRegion = "\"a\";\"b\"\n\"c\";\"d\"\n";
        assertTrue(StatisticsCsv.parse(noRegion).errors().get(0).message().contains("region"));
        String sexToo = "\"region\";\"kön\";\"förändringar\";\"2024\"\n";
        assertTrue(StatisticsCsv.parse(sexToo).errors().get(0).message().contains("exactly one more column"));
    }

    @Test
    void recognisesVariablesInSwedishNorwegianAndEnglish() {
        assertEquals(StatisticsCsv.Component.IN_FROM_COUNTY, StatisticsCsv.component("Inflyttade från egna länet"));
        assertEquals(StatisticsCsv.Component.OUT_TO_ABROAD, StatisticsCsv.component("Utflyttade till utlandet"));
        assertEquals(StatisticsCsv.Component.IN_FROM_COUNTRY, StatisticsCsv.component("Innflytting, innenlands"));
        assertEquals(StatisticsCsv.Component.BORN, StatisticsCsv.component("Levendefødte"));
        assertEquals(StatisticsCsv.Component.OUT_TO_ABROAD, StatisticsCsv.component("Utvandring"));
        assertNull(StatisticsCsv.component("Flyttningsöverskott"));
        assertNull(StatisticsCsv.component("Samtliga inflyttningar"));
        assertNull(StatisticsCsv.component("Födelseöverskott"));
    }

    static Municipality municipality(String id, String code, String name) {
        return new Municipality(id, "norrbotten", code, name, 1, Instant.EPOCH, Instant.EPOCH);
    }
}
