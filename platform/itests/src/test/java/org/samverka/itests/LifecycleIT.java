package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The lifecycle plugin over HTTP: inventory, assessment, region matrix, plan, personas, targets, CSV.
 * On the test kit: the distribution booted once for the class, with the lifecycle plugin.
 */
@SamverkaTest
class LifecycleIT {

    private static final String LULEA = "/api/v1/municipalities/lulea/lifecycle";
    private static final String CSV_HEADER = "phase,kind,title,description,responsibleOrganisation,contact,status,notes\n";

    private Samverka samverka;
    private Client admin;
    private Client regionAdmin;

    @BeforeAll
    static void deployAndEnable(Samverka samverka) {
        samverka.deploy(MethodPlugins.jar("lifecycle"), "lifecycle");
        samverka.enable("lifecycle", "lulea", "kiruna", "boden", "umea");
        Reply serving = samverka.admin().await(LULEA + "/items", r -> r.status() == 200, Samverka.PATIENCE);
        assertEquals(200, serving.status(), serving.toString());
    }

    @BeforeEach
    void regionAdmin(Samverka samverka) {
        this.samverka = samverka;
        admin = samverka.admin();
        Reply token = admin.post("/api/v1/tokens", "{\"name\":\"lc-admin-" + System.nanoTime()
                + "\",\"role\":\"region-admin\",\"scope\":\"region:norrbotten\"}");
        regionAdmin = admin.as(token.json().path("secret").asText());
    }

    @Test
    void thePhasesComeInOrderInThreeLanguages() {
        JsonNode phases = regionAdmin.get("/api/v1/lifecycle/phases").json();
        List<String> ids = new ArrayList<>();
        phases.forEach(p -> ids.add(p.path("id").asText()));
        assertEquals(List.of("INVENTORY", "ATTRACT", "RECRUIT", "INTRODUCE", "WELCOME", "ROOT"), ids);
        assertEquals("Välkomna", phases.get(4).path("name").path("sv").asText());
        assertTrue(phases.get(5).path("description").path("nb").asText().length() > 40);
    }

    @Test
    void aRegionAdminRecordsItemsAndTheAssessmentScoresThemAgainstTheRegionsCatalogue() {
        admin.put("/api/v1/municipalities/haparanda/modules/lifecycle", null);
        String items = "/api/v1/municipalities/haparanda/lifecycle/items";
        admin.await(items, r -> r.status() == 200, Samverka.PATIENCE);
        Reply lots = regionAdmin.post(items, item("INTRODUCE", "ROLE", "Inflyttarlots", "IN_PLACE", example("in-mover-service")));
        assertEquals(201, lots.status(), lots.toString());
        assertEquals(example("in-mover-service"), lots.json().path("catalogueEntryId").asLong());
        assertEquals(201, regionAdmin.post(items, item("INTRODUCE", "RESOURCE", "Bostadskö", "PARTIAL",
                example("housing-for-newcomers"))).status());
        assertEquals(201, regionAdmin.post(items, item("INTRODUCE", "EFFORT", "Fika med grannar", "MISSING")).status());
        Reply missing = regionAdmin.post(items, item("WELCOME", "EFFORT", "Språkcafé", "MISSING", example("meeting-places")));
        assertEquals(400, regionAdmin.post(items, "{\"phase\":\"LATER\",\"kind\":\"ROLE\",\"title\":\"x\",\"status\":\"IN_PLACE\"}").status());
        assertEquals(400, regionAdmin.post(items, "{\"phase\":\"ROOT\",\"kind\":\"ROLE\",\"title\":\"\",\"status\":\"IN_PLACE\"}").status());
        Reply wrongPhase = regionAdmin.post(items, item("ROOT", "ROLE", "x", "IN_PLACE", example("in-mover-service")));
        assertEquals(400, wrongPhase.status(), wrongPhase.toString());
        assertEquals("catalogueEntryId", wrongPhase.json().path("errors").get(0).path("field").asText());

        JsonNode assessment = regionAdmin.get("/api/v1/municipalities/haparanda/lifecycle/assessment").json();
        JsonNode introduce = phase(assessment, "INTRODUCE");
        assertEquals("SCORED", introduce.path("state").asText());
        assertEquals(75, introduce.path("score").asInt(), "in place 1 and partial 1/2 of the two expected");
        assertEquals(2, introduce.path("expectations").size());
        assertEquals(1, introduce.path("extraItems").size(), "an honest gap among the extra items lowers nothing");
        assertFalse(introduce.path("whiteSpot").asBoolean());
        assertTrue(phase(assessment, "WELCOME").path("whiteSpot").asBoolean());
        assertEquals(0, phase(assessment, "WELCOME").path("score").asInt());
        assertEquals("NOT_MAPPED", phase(assessment, "ROOT").path("state").asText());
        assertTrue(phase(assessment, "ROOT").path("score").isNull());
        List<String> notMapped = new ArrayList<>();
        assessment.path("notMapped").forEach(n -> notMapped.add(n.asText()));
        assertEquals(List.of("INVENTORY", "ATTRACT", "RECRUIT", "ROOT"), notMapped);
        List<String> spots = new ArrayList<>();
        assessment.path("whiteSpots").forEach(w -> spots.add(w.path("phase").asText() + ":" + w.path("title").asText("")));
        assertEquals(List.of("INTRODUCE:Fika med grannar", "WELCOME:", "WELCOME:Meeting places for new residents"), spots);
        assertEquals(38, assessment.path("overallReadiness").asInt(), "the mean of the two scored phases");
        assertEquals("WELCOME", assessment.path("weakestPhase").path("phase").asText());
        assertEquals(1, assessment.path("phasesBelowThreshold").asInt());
        assertEquals(0, regionAdmin.get("/api/v1/municipalities/haparanda/lifecycle/assessment?threshold=0").json()
                .path("phasesBelowThreshold").asInt());
        assertEquals(400, regionAdmin.get("/api/v1/municipalities/haparanda/lifecycle/assessment?threshold=101").status());
        assertTrue(assessment.path("formula").path("sv").asText().contains("katalog"));
        assertEquals("Mötesplatser för nya invånare", phase(regionAdmin.get("/api/v1/municipalities/haparanda/lifecycle/assessment",
                "Accept-Language", "sv").json(), "WELCOME").path("expectations").get(0).path("title").asText());

        String url = items + "/" + missing.json().path("id").asLong();
        String meeting = item("WELCOME", "EFFORT", "Språkcafé", "PLANNED", example("meeting-places"));
        assertEquals(428, regionAdmin.put(url, meeting).status());
        Reply planned = regionAdmin.put(url, meeting, "If-Match", missing.header("ETag"));
        assertEquals(200, planned.status());
        assertEquals(412, regionAdmin.put(url, item("WELCOME", "EFFORT", "Språkcafé", "IN_PLACE"), "If-Match", missing.header("ETag")).status());
        assertEquals(25, phase(regionAdmin.get("/api/v1/municipalities/haparanda/lifecycle/assessment").json(), "WELCOME").path("score").asInt());

        assertEquals(428, regionAdmin.delete(url).status());
        assertEquals(204, regionAdmin.delete(url, "If-Match", planned.header("ETag")).status());
        assertEquals(404, regionAdmin.get(url).status());
    }

    @Test
    void everyMunicipalityIsScoredAgainstTheSameCatalogueWhichTheRegionEditsAndItsMunicipalitiesRead() throws Exception {
        String catalogue = "/api/v1/regions/vasterbotten/lifecycle/catalogue";
        for (String m : List.of("skelleftea", "lycksele")) {
            admin.put("/api/v1/municipalities/" + m + "/modules/lifecycle", null);
        }
        List<Long> welcome = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Reply entry = admin.post(catalogue, "{\"phase\":\"WELCOME\",\"title\":\"Förväntan " + i + "\"}");
            assertEquals(201, entry.status(), entry.toString());
            assertTrue(entry.json().path("example").isNull());
            welcome.add(entry.json().path("id").asLong());
        }
        Reply invalid = admin.post(catalogue, "{\"phase\":\"RECRUIT\",\"title\":\"EURES\",\"regionStatus\":\"IN_PLACE\"}");
        assertEquals(400, invalid.status());
        assertEquals("regionStatus", invalid.json().path("errors").get(0).path("field").asText());
        Reply stranger = admin.post(catalogue, "{\"phase\":\"RECRUIT\",\"title\":\"EURES\",\"regionLevel\":true,"
                + "\"regionStatus\":\"IN_PLACE\",\"reliedOnBy\":[\"lulea\"]}");
        assertEquals(400, stranger.status(), "Luleå is not Västerbotten's");
        assertTrue(stranger.json().path("errors").get(0).path("message").asText().contains("lulea"), stranger.body());

        String umea = "/api/v1/municipalities/umea/lifecycle/items";
        for (int i = 0; i < 4; i++) {
            assertEquals(201, admin.post(umea, item("WELCOME", "EFFORT", "På plats " + i, "IN_PLACE", welcome.get(i))).status());
        }
        assertEquals(201, admin.post(umea, item("WELCOME", "EFFORT", "Ärlig lucka", "MISSING", welcome.get(4))).status());
        assertEquals(201, admin.post(umea, item("WELCOME", "EFFORT", "Något eget", "MISSING")).status());
        assertEquals(201, admin.post("/api/v1/municipalities/skelleftea/lifecycle/items",
                item("WELCOME", "EFFORT", "Det enda", "IN_PLACE", welcome.get(0))).status());
        assertEquals(400, admin.post(umea,
                item("INTRODUCE", "ROLE", "Lots", "IN_PLACE", example("in-mover-service"))).status(),
                "an item meets only its own region's catalogue");

        JsonNode matrix = admin.get("/api/v1/regions/vasterbotten/lifecycle/matrix").json();
        Map<String, JsonNode> rows = new java.util.HashMap<>();
        matrix.path("rows").forEach(r -> rows.put(r.path("municipalityId").asText(), r));
        assertEquals(80, rows.get("umea").path("cells").get(4).path("score").asInt());
        assertEquals(1, rows.get("umea").path("cells").get(4).path("extraItems").asInt());
        assertEquals(20, rows.get("skelleftea").path("cells").get(4).path("score").asInt());
        JsonNode lycksele = rows.get("lycksele");
        assertTrue(lycksele.path("overallReadiness").isNull());
        assertEquals(6, lycksele.path("notMapped").size());
        lycksele.path("cells").forEach(c -> {
            assertEquals("NOT_MAPPED", c.path("state").asText());
            assertTrue(c.path("score").isNull());
        });
        String svg = admin.get("/api/v1/regions/vasterbotten/lifecycle/matrix.svg?lang=sv").body();
        assertTrue(svg.contains("Lycksele, Välkomna: Inte kartlagd"), "grey, labelled cells for Lycksele");
        String csv = admin.get("/api/v1/regions/vasterbotten/lifecycle/matrix.csv").body();
        assertTrue(csv.lines().anyMatch(l -> l.startsWith("lycksele,Lycksele,,,,,,,,,0,")), csv);

        Reply umeaViewer = admin.post("/api/v1/tokens", "{\"name\":\"lc-umea-" + System.nanoTime()
                + "\",\"role\":\"editor\",\"scope\":\"municipality:umea\"}");
        Client municipal = admin.as(umeaViewer.json().path("secret").asText());
        assertEquals(200, municipal.get(catalogue).status(), "a municipality reads its region's catalogue");
        assertEquals(403, municipal.post(catalogue, "{\"phase\":\"ROOT\",\"title\":\"x\"}").status(), "and does not write it");

        String url = catalogue + "/" + welcome.get(4);
        Reply read = admin.get(url);
        assertEquals(428, admin.put(url, "{\"phase\":\"WELCOME\",\"title\":\"Mötesplatser\"}").status());
        Reply renamed = admin.put(url, "{\"phase\":\"WELCOME\",\"title\":\"Mötesplatser\"}", "If-Match", read.header("ETag"));
        assertEquals(200, renamed.status());
        assertEquals("Mötesplatser", renamed.json().path("title").asText());
        assertEquals(204, admin.delete(url, "If-Match", renamed.header("ETag")).status());
        JsonNode after = phase(admin.get("/api/v1/municipalities/umea/lifecycle/assessment").json(), "WELCOME");
        assertEquals(100, after.path("score").asInt(), "four of the four expectations left");
        assertEquals(2, after.path("extraItems").size(), "the item that met the removed entry stays, as an extra item");
    }

    @Test
    void norrbottensExampleCatalogueSaysWhoSuggestsEachEntryAndBecomesTheRegionsOwnWhenEdited() {
        String catalogue = "/api/v1/regions/norrbotten/lifecycle/catalogue";
        JsonNode entries = regionAdmin.get(catalogue + "?lang=sv").json();
        Map<String, JsonNode> byExample = new java.util.HashMap<>();
        entries.forEach(e -> byExample.put(e.path("example").asText(), e));
        assertTrue(byExample.keySet().containsAll(List.of("in-mover-service", "eures", "partner-jobs")));
        assertEquals("Inflyttarservice", byExample.get("in-mover-service").path("title").asText());
        assertTrue(byExample.get("in-mover-service").path("note").asText().contains("Region Norrbottens projekt"));
        assertTrue(byExample.get("partner-jobs").path("note").asText().contains("Samverkas förslag"));
        assertTrue(byExample.get("eures").path("regionLevel").asBoolean());
        assertEquals("IN_PLACE", byExample.get("eures").path("regionStatus").asText());
        assertEquals("Tilflyttertjeneste", regionAdmin.get(catalogue + "/" + byExample.get("in-mover-service").path("id").asLong(),
                "Accept-Language", "nb").json().path("title").asText());
        assertEquals(400, regionAdmin.get(catalogue + "?phase=SOMEDAY").status());
        assertEquals(2, regionAdmin.get(catalogue + "?phase=INTRODUCE").json().size());

        String root = catalogue + "/" + byExample.get("mentors-and-careers").path("id").asLong();
        Reply edited = regionAdmin.put(root, "{\"phase\":\"ROOT\",\"title\":\"Mentorer i arbetslivet\"}", "If-Match",
                regionAdmin.get(root).header("ETag"));
        assertEquals(200, edited.status(), edited.toString());
        assertTrue(edited.json().path("example").isNull(), "edited, it is the region's own");
        assertTrue(edited.json().path("note").isNull());
        assertEquals("Mentorer i arbetslivet", regionAdmin.get(root, "Accept-Language", "en").json().path("title").asText());
    }

    @Test
    void itemsAreFilteredAndPaged() {
        admin.put("/api/v1/municipalities/arjeplog/modules/lifecycle", null);
        String items = "/api/v1/municipalities/arjeplog/lifecycle/items";
        admin.await(items, r -> r.status() == 200, Samverka.PATIENCE);
        for (int i = 0; i < 5; i++) {
            regionAdmin.post(items, item(i < 3 ? "ATTRACT" : "ROOT", "EFFORT", "Insats " + i, i % 2 == 0 ? "IN_PLACE" : "MISSING"));
        }
        assertEquals(3, regionAdmin.get(items + "?phase=ATTRACT").json().path("total").asInt());
        assertEquals(2, regionAdmin.get(items + "?phase=ATTRACT&status=IN_PLACE").json().path("items").size());
        JsonNode page = regionAdmin.get(items + "?offset=1&limit=2").json();
        assertEquals(2, page.path("items").size());
        assertEquals(5, page.path("total").asInt());
        assertEquals(400, regionAdmin.get(items + "?phase=SOMEDAY").status());
        assertEquals(400, regionAdmin.get(items + "?limit=0").status());
    }

    @Test
    void aCsvWithOneBadRowImportsNothingAndNamesThatRow() {
        String items = "/api/v1/municipalities/lulea/lifecycle/items";
        long before = regionAdmin.get(items).json().path("total").asLong();
        Reply refused = regionAdmin.send("POST", items + "/import", CSV_HEADER
                + "ATTRACT,EFFORT,Film om Luleå,\"Berättelser, från invånarna\",Luleå kommun,,IN_PLACE,\n"
                + "ROOT,EFFORT,Mentorer,,,,SOMETIMES,\n", "Content-Type", "text/csv; charset=UTF-8");
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("line 3, status", refused.json().path("errors").get(0).path("field").asText());
        assertEquals(before, regionAdmin.get(items).json().path("total").asLong());

        Reply imported = regionAdmin.send("POST", items + "/import", CSV_HEADER
                + "ATTRACT,EFFORT,Film om Luleå,\"Berättelser, från invånarna\",Luleå kommun,,IN_PLACE,\n"
                + "ROOT,EFFORT,Mentorer,,,,PLANNED,\n", "Content-Type", "text/csv; charset=UTF-8");
        assertEquals(201, imported.status(), imported.toString());
        assertEquals(2, imported.json().path("imported").asInt());
        Reply export = regionAdmin.get(items + "/export");
        assertEquals(200, export.status());
        assertTrue(export.header("Content-Type").startsWith("text/csv"));
        assertTrue(export.body().startsWith("id,version," + CSV_HEADER.strip()), export.body());
        assertTrue(export.body().contains("\"Berättelser, från invånarna\""));
    }

    @Test
    void exportsAreSafeToOpenInASpreadsheetAndImportBackExactly() {
        String kiruna = "/api/v1/municipalities/kiruna/lifecycle/items";
        String formula = "=HYPERLINK(\\\"http://evil.example\\\",\\\"Klicka här\\\")";
        Reply planted = regionAdmin.post(kiruna, item("ATTRACT", "EFFORT", formula, "PLANNED"));
        assertEquals(201, planted.status(), planted.toString());
        String stored = planted.json().path("title").asText();
        assertTrue(stored.startsWith("=HYPERLINK("), stored);

        Reply export = regionAdmin.get(kiruna + "/export");
        assertTrue(export.body().contains("\"'=HYPERLINK("), export.body());
        assertFalse(export.body().matches("(?s).*(^|[,\\n])\"?[=+@].*"), "no cell starts with a formula character");

        long before = regionAdmin.get(kiruna).json().path("total").asLong();
        Reply reimported = regionAdmin.send("POST", kiruna + "/import", export.body(), "Content-Type", "text/csv; charset=UTF-8");
        assertEquals(200, reimported.status(), reimported.toString());
        assertEquals(0, reimported.json().path("imported").asInt(), "the formula text reads back as stored, so nothing changed");
        assertEquals(before, reimported.json().path("unchanged").asLong());
        assertEquals(stored, regionAdmin.get(kiruna + "/" + planted.json().path("id").asLong()).json().path("title").asText());
        assertEquals(before, regionAdmin.get(kiruna).json().path("total").asLong());

        Reply matrix = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix.csv");
        assertFalse(matrix.body().matches("(?s).*(^|[,\\n])\"?[=+@].*"));
    }

    @Test
    void aSwedishOfficerEditsTheExportInHerSpreadsheetAndImportingItBackChangesTheRowsItNames() {
        String items = "/api/v1/municipalities/boden/lifecycle/items";
        Reply lots = regionAdmin.post(items, item("WELCOME", "ROLE", "Inflyttarlots", "PLANNED"));
        regionAdmin.post(items, item("ROOT", "EFFORT", "Mentorer", "MISSING"));
        long before = regionAdmin.get(items).json().path("total").asLong();

        Reply export = regionAdmin.get(items + "/export", "Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5");
        assertEquals(200, export.status());
        assertEquals("sv", export.header("Content-Language"));
        assertTrue(export.body().startsWith(
                "\uFEFFid;version;fas;typ;titel;"), "a byte-order mark, then columns a Swedish spreadsheet splits");
        String lotsId = String.valueOf(lots.json().path("id").asLong());
        String edited = export.body().lines().map(line -> line.startsWith(lotsId + ";")
                ? line.replace(";Planerad;", ";På plats;") : line).collect(java.util.stream.Collectors.joining("\r\n"));
        assertTrue(edited.contains(";Inflyttarlots;") && edited.contains(";På plats;"), edited);
        Reply imported = regionAdmin.send("POST", items + "/import", edited.getBytes(StandardCharsets.UTF_8),
                "Content-Type", "text/csv");
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(1, imported.json().path("updated").asInt());
        assertEquals(0, imported.json().path("created").asInt());
        assertEquals(before, regionAdmin.get(items).json().path("total").asLong(), "no row was added");
        JsonNode changed = regionAdmin.get(items + "/" + lotsId).json();
        assertEquals("IN_PLACE", changed.path("status").asText());
        assertEquals(2, changed.path("version").asInt());

        Reply stale = regionAdmin.send("POST", items + "/import", edited.replace(";På plats;", ";Delvis;")
                .getBytes(StandardCharsets.UTF_8), "Content-Type", "text/csv");
        assertEquals(412, stale.status(), "the row still names version 1");
        Reply foreign = regionAdmin.send("POST", items + "/import", "id,phase,kind,title,status\n999999,ROOT,ROLE,x,MISSING\n",
                "Content-Type", "text/csv");
        assertEquals(400, foreign.status());
        assertEquals("line 2, id", foreign.json().path("errors").get(0).path("field").asText());
        assertEquals(before, regionAdmin.get(items).json().path("total").asLong());

        assertEquals(",", regionAdmin.get(items + "/export?format=csv&lang=sv").body().substring(2, 3));
        Reply matrix = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix.csv?lang=nb");
        assertTrue(matrix.body().startsWith("\uFEFF"), matrix.body());
        assertTrue(matrix.body().contains("municipalityId;kommune;Kartlegge;"), matrix.body());
        assertEquals(400, regionAdmin.get(items + "/export?format=xlsx").status());
    }

    @Test
    void aCsvSavedByExcelOnWindowsImportsInItsDeclaredCharsetOrIsRefusedNamingTheLine() {
        String items = "/api/v1/municipalities/lulea/lifecycle/items/import";
        byte[] excel = (CSV_HEADER + "ATTRACT,EFFORT,Välkomstfilm om Luleå,,Luleå kommun,,IN_PLACE,\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Reply undeclared = regionAdmin.send("POST", items, excel, "Content-Type", "text/csv");
        assertEquals(400, undeclared.status(), undeclared.toString());
        assertEquals("line 2", undeclared.json().path("errors").get(0).path("field").asText());

        Reply declared = regionAdmin.send("POST", items, excel, "Content-Type", "text/csv; charset=windows-1252");
        assertEquals(201, declared.status(), declared.toString());
        assertEquals("Välkomstfilm om Luleå", declared.json().path("items").get(0).path("title").asText());

        assertEquals(415, regionAdmin.send("POST", items, excel, "Content-Type", "text/csv; charset=klingon").status());
    }

    @Test
    void theRegionDownloadsItsHeatmapAsSvgAndCsv() throws Exception {
        regionAdmin.post("/api/v1/municipalities/kiruna/lifecycle/items", item("RECRUIT", "ROLE", "EURES-kontakt", "IN_PLACE"));
        JsonNode matrix = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix").json();
        List<String> rows = new ArrayList<>();
        matrix.path("rows").forEach(r -> rows.add(r.path("municipalityId").asText()));
        assertTrue(rows.containsAll(List.of("boden", "kiruna", "lulea")), rows.toString());
        assertFalse(rows.contains("umea") || rows.contains("pitea"), "only Norrbotten's municipalities that use the module");
        assertEquals(6, matrix.path("rows").get(0).path("cells").size());

        Reply svg = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix.svg?lang=sv");
        assertEquals(200, svg.status());
        assertTrue(svg.header("Content-Type").startsWith("image/svg+xml"));
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.body().getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        assertEquals("svg", root.getTagName());
        assertEquals("img", root.getAttribute("role"));
        assertTrue(document.getElementsByTagName("title").item(0).getTextContent().contains("Mottagarkapacitet"));
        assertTrue(document.getElementsByTagName("desc").item(0).getTextContent().contains("Kiruna"));
        NodeList groups = document.getElementsByTagName("g");
        int cells = 0;
        for (int i = 0; i < groups.getLength(); i++) {
            if ("cell".equals(((Element) groups.item(i)).getAttribute("class"))) {
                cells++;
            }
        }
        assertEquals(rows.size() * 6, cells, "one cell per municipality and phase");

        Reply norwegian = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix.svg", "Accept-Language", "nn, de;q=0.8");
        assertTrue(norwegian.body().contains("Kartlegge"), "Bokmål labels from Accept-Language");
        assertEquals("Accept-Language", norwegian.header("Vary"));
        assertTrue(regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix.svg?lang=en",
                "Accept-Language", "sv").body().contains("Inventory"), "?lang wins over Accept-Language");

        Reply csv = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix.csv");
        assertEquals(200, csv.status());
        // A comment line first names municipalities whose items are demo data, when there are any.
        String[] lines = csv.body().replaceFirst("^#[^\n]*\n", "").split("\r?\n");
        assertEquals("municipalityId,municipality,INVENTORY,ATTRACT,RECRUIT,INTRODUCE,WELCOME,ROOT,overall,weakestPhase,"
                + "phasesBelowThreshold,notMapped,whiteSpots", lines[0]);
        assertEquals(1 + rows.size(), lines.length);
    }

    @Test
    void theHistoryKeepsEachDaysAssessmentAndTheMatrixReadsBackAsItStoodOnADate() throws Exception {
        String pajala = "/api/v1/municipalities/pajala/lifecycle";
        admin.put("/api/v1/municipalities/pajala/modules/lifecycle", null);
        admin.await(pajala + "/items", r -> r.status() == 200, Samverka.PATIENCE);
        JsonNode nothing = regionAdmin.get(pajala + "/assessment/history").json();
        assertEquals(0, nothing.path("snapshots").size(), "nothing recorded, nothing kept");
        assertTrue(nothing.path("overall").path("last").isNull());

        regionAdmin.post(pajala + "/items", item("INTRODUCE", "ROLE", "Inflyttarlots", "IN_PLACE", example("in-mover-service")));
        regionAdmin.post(pajala + "/items", item("INTRODUCE", "RESOURCE", "Bostadskö", "PARTIAL", example("housing-for-newcomers")));
        LocalDate utcBefore = LocalDate.now(ZoneOffset.UTC);
        JsonNode history = regionAdmin.get(pajala + "/assessment/history").json();
        assertEquals(1, history.path("snapshots").size(), "one snapshot a day: the day's last state");
        LocalDate today = LocalDate.parse(history.path("snapshots").get(0).path("date").asText());
        assertTrue(today.equals(utcBefore) || today.equals(LocalDate.now(ZoneOffset.UTC)), "days are UTC days");
        JsonNode introduce = history.path("phases").get(3);
        assertEquals("INTRODUCE", introduce.path("phase").asText());
        assertEquals(75, introduce.path("trend").path("last").asInt());
        assertEquals(75, history.path("overall").path("last").asInt());

        JsonNode before = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix?asOf=" + today.minusDays(1)).json();
        assertEquals(today.minusDays(1).toString(), before.path("asOf").asText());
        JsonNode pajalaBefore = row(before, "pajala");
        assertEquals(6, pajalaBefore.path("notMapped").size(), "before its first item Pajala had nothing mapped");
        assertTrue(pajalaBefore.path("overallReadiness").isNull());
        JsonNode now = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix?asOf=" + today).json();
        assertEquals(75, row(now, "pajala").path("cells").get(3).path("score").asInt());
        assertTrue(regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix").json()
                .path("asOf").isNull(), "the live matrix has no date");

        Reply bad = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix?asOf=31.12.2025");
        assertEquals(400, bad.status());
        assertEquals("asOf", bad.json().path("errors").get(0).path("field").asText());
        Reply tooEarly = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix?asOf=1899-12-31");
        assertEquals(400, tooEarly.status());
        assertEquals("asOf", tooEarly.json().path("errors").get(0).path("field").asText());
        Reply backwards = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/history?from=" + today + "&to=" + today.minusDays(3));
        assertEquals(400, backwards.status());
        assertEquals("from", backwards.json().path("errors").get(0).path("field").asText());

        assertTrue(regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix.svg?lang=en&asOf=" + today).body()
                .contains("as it stood on " + today));
        assertTrue(regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix.csv?lang=sv&asOf=" + today).body()
                .startsWith("\uFEFF# Som det var " + today));

        JsonNode region = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/history?from=" + today).json();
        JsonNode pajalaTrend = null;
        for (JsonNode m : region.path("municipalities")) {
            pajalaTrend = m.path("municipalityId").asText().equals("pajala") ? m : pajalaTrend;
        }
        assertEquals(75, pajalaTrend.path("overall").path("last").asInt());
        assertEquals(1, pajalaTrend.path("points").size());

        Reply onDemand = regionAdmin.post("/api/v1/regions/norrbotten/lifecycle/history", null);
        assertEquals(200, onDemand.status(), onDemand.toString());
        assertEquals(0, regionAdmin.post("/api/v1/regions/norrbotten/lifecycle/history", null).json().path("snapshotsWritten").asInt(),
                "every assessment is kept already");
        Reply kiruna = admin.as(token("editor", "municipality:kiruna")).post("/api/v1/regions/norrbotten/lifecycle/history", null);
        assertEquals(403, kiruna.status(), "a municipality's editor does not take the region's snapshots");
    }

    @Test
    void theRegionSetsItsOwnThresholdInPlaceOfSamverkasSuggestion() {
        String settings = "/api/v1/regions/norrbotten/lifecycle/settings";
        Reply suggested = regionAdmin.get(settings);
        assertEquals(50, suggested.json().path("threshold").asInt());
        assertEquals("SAMVERKA_SUGGESTION", suggested.json().path("thresholdOrigin").asText());
        assertEquals("\"0\"", suggested.header("ETag"));
        assertEquals(428, regionAdmin.put(settings, "{\"threshold\":80}").status());
        var firsts = Concurrently.statuses(Concurrently.send(8, i -> admin.put("/api/v1/regions/vasterbotten/lifecycle/settings",
                "{\"threshold\":" + (60 + i) + "}", "If-Match", "\"0\"")), Reply::status);
        assertEquals(Map.of(200, 1, 412, 7), firsts, "eight setting Västerbotten's threshold for the first time at once: one wins");
        assertEquals(400, regionAdmin.put(settings, "{\"threshold\":101}", "If-Match", "\"0\"").status());
        try {
            Reply own = regionAdmin.put(settings, "{\"threshold\":80}", "If-Match", "\"0\"");
            assertEquals(200, own.status(), own.toString());
            assertEquals("REGION", own.json().path("thresholdOrigin").asText());
            assertEquals("\"1\"", own.header("ETag"));
            assertEquals(412, regionAdmin.put(settings, "{\"threshold\":60}", "If-Match", "\"0\"").status(),
                    "a second writer on the suggestion finds it changed");
            assertEquals(80, regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix").json().path("threshold").asInt());
            assertEquals(80, regionAdmin.get(LULEA + "/assessment").json().path("threshold").asInt());
            assertEquals(30, regionAdmin.get(LULEA + "/assessment?threshold=30").json()
                    .path("threshold").asInt(), "?threshold still wins");
            assertEquals(200, admin.as(token("viewer", "municipality:kiruna")).get(settings).status(), "its municipalities read it");
        } finally {
            regionAdmin.put(settings, "{\"threshold\":50}", "If-Match", "*");
        }
    }

    private static JsonNode row(JsonNode matrix, String municipalityId) {
        for (JsonNode row : matrix.path("rows")) {
            if (row.path("municipalityId").asText().equals(municipalityId)) {
                return row;
            }
        }
        throw new AssertionError(municipalityId + " is not in " + matrix);
    }

    private String token(String role, String scope) {
        return admin.post("/api/v1/tokens", "{\"name\":\"lc-" + role + "-" + System.nanoTime() + "\",\"role\":\"" + role
                + "\",\"scope\":\"" + scope + "\"}").json().path("secret").asText();
    }

    @Test
    void actionsCloseWhiteSpotsAndOverdueOnesAreFlagged() {
        String items = "/api/v1/municipalities/lulea/lifecycle/items";
        long gap = regionAdmin.post(items, item("ROOT", "EFFORT", "Föreningsliv för inflyttare", "MISSING")).json().path("id").asLong();
        String actions = "/api/v1/municipalities/lulea/lifecycle/actions";
        Reply overdue = regionAdmin.post(actions, "{\"phase\":\"ROOT\",\"itemIds\":[" + gap + "],\"title\":\"Starta mentorprogram\","
                + "\"responsible\":\"Näringslivskontoret\",\"dueDate\":\"" + LocalDate.now().minusDays(3) + "\"}");
        assertEquals(201, overdue.status(), overdue.toString());
        assertTrue(overdue.json().path("overdue").asBoolean());
        assertEquals("OPEN", overdue.json().path("status").asText());
        Reply later = regionAdmin.post(actions, "{\"phase\":\"ROOT\",\"title\":\"Välkomstmiddag\",\"dueDate\":\""
                + LocalDate.now().plusMonths(2) + "\"}");
        assertFalse(later.json().path("overdue").asBoolean());
        long kirunaItem = regionAdmin.post("/api/v1/municipalities/kiruna/lifecycle/items", item("ROOT", "EFFORT", "x", "MISSING"))
                .json().path("id").asLong();
        assertEquals(400, regionAdmin.post(actions, "{\"phase\":\"ROOT\",\"itemIds\":[" + kirunaItem + "],\"title\":\"x\"}").status(),
                "another municipality's item cannot be linked");

        List<String> listed = new ArrayList<>();
        regionAdmin.get(actions).json().forEach(a -> listed.add(a.path("title").asText()));
        assertTrue(listed.containsAll(List.of("Starta mentorprogram", "Välkomstmiddag")), listed.toString());

        JsonNode root = phase(regionAdmin.get("/api/v1/municipalities/lulea/lifecycle/assessment").json(), "ROOT");
        assertTrue(root.path("openActions").asInt() >= 2);
        assertTrue(root.path("overdueActions").asInt() >= 1);

        String url = actions + "/" + overdue.json().path("id").asLong();
        Reply done = regionAdmin.put(url, "{\"phase\":\"ROOT\",\"itemIds\":[" + gap + "],\"title\":\"Starta mentorprogram\","
                + "\"dueDate\":\"" + LocalDate.now().minusDays(3) + "\",\"status\":\"DONE\"}", "If-Match", overdue.header("ETag"));
        assertEquals(200, done.status());
        assertFalse(done.json().path("overdue").asBoolean());
        assertEquals(204, regionAdmin.delete(url, "If-Match", done.header("ETag")).status());
        assertEquals(404, regionAdmin.get(url).status());
    }

    @Test
    void valuesAtTheLimitsAreStoredExactlyAndBeyondThemRefused() {
        String actions = "/api/v1/municipalities/lulea/lifecycle/actions";
        for (String due : List.of("1582-10-10", "0000-01-01", "+10000-01-01")) {
            Reply refused = regionAdmin.post(actions, "{\"phase\":\"ROOT\",\"title\":\"x\",\"dueDate\":\"" + due + "\"}");
            assertEquals(400, refused.status(), due + ": " + refused);
            assertEquals("dueDate", refused.json().path("errors").get(0).path("field").asText());
        }
        Reply latest = regionAdmin.post(actions, "{\"phase\":\"ROOT\",\"title\":\"x\",\"dueDate\":\"9999-12-31\"}");
        assertEquals(201, latest.status(), latest.toString());
        assertEquals("9999-12-31", regionAdmin.get(latest.header("Location")).json().path("dueDate").asText());

        List<String> drivers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            drivers.add("\"" + (i + "-").repeat(200).substring(0, 200) + "\"");
        }
        Reply persona = regionAdmin.post("/api/v1/regions/norrbotten/lifecycle/personas",
                "{\"name\":\"Full\",\"drivers\":[" + String.join(",", drivers) + "]}");
        assertEquals(201, persona.status(), persona.toString());
        assertEquals(30, regionAdmin.get(persona.header("Location")).json().path("drivers").size());
        drivers.add("\"one too many\"");
        assertEquals(400, regionAdmin.post("/api/v1/regions/norrbotten/lifecycle/personas",
                "{\"name\":\"Over\",\"drivers\":[" + String.join(",", drivers) + "]}").status());
        assertEquals(400, regionAdmin.get("/api/v1/municipalities/lulea/lifecycle/items?limit=lots").status());
    }

    @Test
    void norrbottensPersonaAndTargetAreThereAndProgressIsCounted() {
        JsonNode personas = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/personas").json();
        JsonNode migrant = personas.get(0);
        assertEquals("sv", migrant.path("language").asText(), "the seed's own words");
        assertEquals("Den globala inflyttaren", migrant.path("name").asText());
        assertEquals("den ansvarsfulla, nyfikna livsstilsmigranten", migrant.path("subtitle").asText());
        assertEquals(6, migrant.path("drivers").size());
        assertEquals("Familjen har stor betydelse", migrant.path("drivers").get(0).asText());
        assertEquals("Starkt miljöintresse", migrant.path("drivers").get(5).asText());
        assertEquals("The global in-mover", migrant.path("translations").path("en").path("name").asText());
        assertEquals(6, migrant.path("translations").path("en").path("drivers").size());
        assertEquals("Sterk miljøinteresse", migrant.path("translations").path("nb").path("drivers").get(5).asText());
        Reply created = regionAdmin.post("/api/v1/regions/norrbotten/lifecycle/personas",
                "{\"language\":\"sv\",\"name\":\"Återflyttaren\",\"drivers\":[\"Familjen\",\"Naturen\"],"
                + "\"translations\":{\"se\":{\"name\":\"Ruovttoluotti\",\"drivers\":[\"Bearaš\",\"Luondu\"]}},"
                + "\"origin\":\"Workshop i Haparanda\"}");
        assertEquals(201, created.status(), created.toString());
        assertEquals("Ruovttoluotti", created.json().path("translations").path("se").path("name").asText(),
                "a language without a label file is data too");
        Reply badTag = regionAdmin.post("/api/v1/regions/norrbotten/lifecycle/personas",
                "{\"name\":\"x\",\"translations\":{\"Svenska!\":{\"name\":\"x\"}}}");
        assertEquals(400, badTag.status());
        assertEquals("translations.Svenska!", badTag.json().path("errors").get(0).path("field").asText());
        String persona = "/api/v1/regions/norrbotten/lifecycle/personas/" + created.json().path("id").asLong();
        assertEquals(412, regionAdmin.put(persona, "{\"name\":\"x\",\"drivers\":[]}", "If-Match", "\"5\"").status());
        Reply renamed = regionAdmin.put(persona, "{\"name\":\"Återflyttaren 2.0\",\"drivers\":[\"Familjen\"]}",
                "If-Match", created.header("ETag"));
        assertEquals(200, renamed.status());
        assertEquals("Återflyttaren 2.0", regionAdmin.get(persona).json().path("name").asText());
        assertEquals(400, regionAdmin.post("/api/v1/regions/norrbotten/lifecycle/personas", "{\"name\":\"\",\"drivers\":[\"\"]}").status());
        assertEquals(204, regionAdmin.delete(persona, "If-Match", renamed.header("ETag")).status());
        assertEquals(404, regionAdmin.get(persona).status());

        Reply target = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/target");
        assertEquals(25000, target.json().path("low").asInt());
        assertEquals(30000, target.json().path("high").asInt());
        assertEquals(2030, target.json().path("targetYear").asInt());
        assertEquals(428, regionAdmin.put("/api/v1/regions/norrbotten/lifecycle/target",
                "{\"low\":25000,\"high\":30000,\"baseYear\":2024,\"targetYear\":2030}").status());
        assertEquals(400, regionAdmin.put("/api/v1/regions/norrbotten/lifecycle/target",
                "{\"low\":30000,\"high\":25000,\"baseYear\":2024,\"targetYear\":2030}", "If-Match", target.header("ETag")).status());
        Reply retargeted = regionAdmin.put("/api/v1/regions/norrbotten/lifecycle/target",
                "{\"low\":25000,\"high\":30000,\"baseYear\":2024,\"targetYear\":2030,\"source\":\"Regional plan\"}",
                "If-Match", target.header("ETag"));
        assertEquals(200, retargeted.status());
        assertEquals("\"2\"", retargeted.header("ETag"));
        assertEquals("Regional plan", regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/target").json().path("source").asText());

        assertEquals(200, regionAdmin.put("/api/v1/municipalities/lulea/lifecycle/in-movers/2025", "{\"count\":1500}").status());
        assertEquals(200, regionAdmin.put("/api/v1/municipalities/kiruna/lifecycle/in-movers/2025", "{\"count\":500}").status());
        Reply corrected = regionAdmin.put("/api/v1/municipalities/kiruna/lifecycle/in-movers/2025", "{\"count\":600}");
        assertEquals(428, corrected.status(), "a correction needs the version");
        JsonNode kiruna = regionAdmin.get("/api/v1/municipalities/kiruna/lifecycle/in-movers").json();
        assertEquals(500, kiruna.get(0).path("count").asInt());

        assertEquals("NET_CHANGE", regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/target").json()
                .path("measure").asText());
    }

    /** As SCB's database exports it: a title, a header, a row per place and variable, a column per year. */
    private static String scbFile(int luleaOutToCounty, int kirunaInFromCounty) {
        StringBuilder file = new StringBuilder("\"Befolkningsförändringar efter region, förändringar och år\"\r\n\r\n"
                + "\"region\";\"förändringar\";\"2024\"\r\n\"25 Norrbottens län\";\"folkmängd\";\"250000\"\r\n");
        Object[][] places = {{"2580 Luleå", 800, 700, 1000, 1500, 600, luleaOutToCounty, 1800, 400},
            {"2584 Kiruna", 250, 200, kirunaInFromCounty, 900, 300, 100, 700, 100},
            {"2518 Övertorneå", 20, 60, 30, 50, 30, 40, 50, 10}};
        String[] variables = {"levande födda", "döda", "inflyttningar från kommuner inom länet",
            "inflyttningar från övriga län", "invandringar", "utflyttningar till kommuner inom länet",
            "utflyttningar till övriga län", "utvandringar"};
        for (Object[] place : places) {
            file.append('"').append(place[0]).append("\";\"folkökning\";\"1\"\r\n");
            for (int v = 0; v < variables.length; v++) {
                file.append('"').append(place[0]).append("\";\"").append(variables[v]).append("\";\"").append(place[v + 1])
                        .append("\"\r\n");
            }
        }
        return file.toString();
    }

    @Test
    void progressIsTheNetChangeOfEveryMunicipalityReadFromTheStatisticsOfficesFile() {
        String population = "/api/v1/regions/norrbotten/lifecycle/population";
        Reply imported = regionAdmin.send("POST", population + "/import",
                scbFile(900, 400).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "Content-Type", "text/csv");
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(3, imported.json().path("created").asInt() + imported.json().path("updated").asInt()
                + imported.json().path("unchanged").asInt());
        assertEquals("25 Norrbottens län", imported.json().path("skippedTotals").get(0).asText());
        assertEquals("folkökning", imported.json().path("ignoredVariables").get(0).asText());

        int lulea = 800 - 700 + 1000 + 1500 + 600 - 900 - 1800 - 400;
        int kiruna = 250 - 200 + 400 + 900 + 300 - 100 - 700 - 100;
        int overtornea = 20 - 60 + 30 + 50 + 30 - 40 - 50 - 10;
        JsonNode luleaYear = regionAdmin.get(population + "/lulea/2024").json();
        assertEquals(lulea, luleaYear.path("netChange").asInt());
        assertEquals(1000, luleaYear.path("inFromCounty").asInt());
        JsonNode progress = regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/progress").json();
        assertEquals(lulea + kiruna + overtornea, progress.path("counted").asInt(), progress.toString());
        assertEquals(2024, progress.path("lastYear").asInt());
        assertEquals(3, progress.path("municipalitiesReported").asInt());
        assertEquals(11, progress.path("notReported").size(), "all 14 municipalities count, those without figures are named");
        assertFalse(progress.path("complete").asBoolean());
        assertEquals(14, progress.path("municipalities").size());
        assertEquals(25000 - (lulea + kiruna + overtornea), progress.path("remainingLow").asInt());

        // One person moves from Luleå to Kiruna: an out-move of one, an in-move of the other.
        Reply moved = regionAdmin.send("POST", population + "/import",
                scbFile(901, 401).getBytes(java.nio.charset.StandardCharsets.UTF_8), "Content-Type", "text/csv; charset=UTF-8");
        assertEquals(200, moved.status(), moved.toString());
        assertEquals(2, moved.json().path("updated").asInt());
        assertEquals(1, moved.json().path("unchanged").asInt());
        assertEquals(lulea - 1, regionAdmin.get(population + "/lulea/2024").json().path("netChange").asInt());
        assertEquals(lulea + kiruna + overtornea, regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/progress").json()
                .path("counted").asInt());

        Reply wrong = regionAdmin.send("POST", population + "/import", scbFile(900, 400).replace("\"1500\"", "\"many\""),
                "Content-Type", "text/csv; charset=UTF-8");
        assertEquals(400, wrong.status());
        assertEquals("line 9", wrong.json().path("errors").get(0).path("field").asText());
        Reply umea = regionAdmin.send("POST", population + "/import", scbFile(900, 400).replace("2518 Övertorneå", "2480 Umeå"),
                "Content-Type", "text/csv; charset=UTF-8");
        assertEquals(400, umea.status());
        assertTrue(umea.body().contains("2480 Umeå"));
        assertEquals(lulea - 1, regionAdmin.get(population + "/lulea/2024").json().path("netChange").asInt(),
                "a refused file writes nothing");

        Reply year = regionAdmin.get(population + "/kiruna/2024");
        String corrected = "{\"born\":251,\"died\":200,\"inFromCounty\":401,\"inFromCountry\":900,\"inFromAbroad\":300,"
                + "\"outToCounty\":100,\"outToCountry\":700,\"outToAbroad\":100}";
        assertEquals(428, regionAdmin.put(population + "/kiruna/2024", corrected).status());
        assertEquals(200, regionAdmin.put(population + "/kiruna/2024", corrected, "If-Match", year.header("ETag")).status());
        assertEquals(412, regionAdmin.put(population + "/kiruna/2024", corrected, "If-Match", year.header("ETag")).status());
        Reply negative = regionAdmin.put(population + "/boden/2024", corrected.replace("251", "-1"));
        assertEquals(400, negative.status());
        assertEquals("born", negative.json().path("errors").get(0).path("field").asText());
        assertEquals(404, regionAdmin.get(population + "/umea/2024").status());
        assertEquals(404, regionAdmin.put(population + "/umea/2024", corrected).status());

        Reply viewer = admin.post("/api/v1/tokens", "{\"name\":\"pop-viewer-" + System.nanoTime()
                + "\",\"role\":\"viewer\",\"scope\":\"municipality:lulea\"}");
        Client luleaViewer = admin.as(viewer.json().path("secret").asText());
        assertEquals(200, luleaViewer.get(population + "?year=2024").status());
        assertEquals(403, luleaViewer.put(population + "/lulea/2030", corrected).status());
        assertEquals(403, luleaViewer.get("/api/v1/regions/norrbotten/lifecycle/progress").status());
    }

    @Test
    void healthShowsTheLifecycleModulesOwnCheck() {
        Reply health = admin.await("/api/v1/health", r -> r.body().contains("Capacity inventory answers"), Samverka.PATIENCE);
        JsonNode lifecycle = health.json().path("modules").findParents("id").stream()
                .filter(m -> m.path("id").asText().equals("lifecycle")).findFirst().orElseThrow();
        assertEquals("OK", lifecycle.path("health").asText(), lifecycle.toString());
        assertEquals("Capacity inventory answers", lifecycle.path("checks").get(0).path("name").asText());
    }

    @Test
    void aRegionWhoseMunicipalitiesDoNotUseTheModuleIsToldHowToOpenItsView() {
        Reply closed = admin.get("/api/v1/regions/nordland/lifecycle/matrix");
        assertEquals(404, closed.status());
        String detail = closed.json().path("detail").asText();
        assertTrue(detail.contains("PUT /api/v1/municipalities/{municipalityId}/modules/lifecycle"), detail);
        assertEquals(409, admin.put("/api/v1/regions/nordland/modules/lifecycle", null).status(),
                "the region itself cannot take a municipality module");

        assertEquals(201, admin.put("/api/v1/municipalities/bodo/modules/lifecycle", null).status());
        assertEquals(200, admin.get("/api/v1/regions/nordland/lifecycle/matrix").status(), "the region sees its municipality's use");
        assertEquals(204, admin.delete("/api/v1/municipalities/bodo/modules/lifecycle").status());
    }

    @Test
    void tenantsSeeOnlyTheirOwnLifecycleData() {
        admin.post("/api/v1/municipalities/umea/lifecycle/items", item("ATTRACT", "EFFORT", "Umeå-hemlighet", "IN_PLACE"));
        Reply kirunaViewer = admin.post("/api/v1/tokens", "{\"name\":\"lc-viewer-" + System.nanoTime()
                + "\",\"role\":\"viewer\",\"scope\":\"municipality:kiruna\"}");
        Client viewer = admin.as(kirunaViewer.json().path("secret").asText());
        assertEquals(200, viewer.get("/api/v1/municipalities/kiruna/lifecycle/items").status());
        assertEquals(200, viewer.get("/api/v1/regions/norrbotten/lifecycle/personas").status());
        assertEquals(403, viewer.post("/api/v1/municipalities/kiruna/lifecycle/items", item("ROOT", "ROLE", "x", "MISSING")).status());
        assertEquals(403, viewer.get("/api/v1/municipalities/lulea/lifecycle/items").status());
        assertEquals(403, viewer.get("/api/v1/regions/norrbotten/lifecycle/matrix").status());
        assertEquals(403, regionAdmin.get("/api/v1/municipalities/umea/lifecycle/items").status());
        assertEquals(403, regionAdmin.get("/api/v1/regions/vasterbotten/lifecycle/matrix").status());
        assertFalse(regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/matrix").body().contains("Umeå"));
        assertEquals(404, admin.get("/api/v1/municipalities/pitea/lifecycle/items").status());
    }

    @Test
    void demoModeGivesAnUntouchedMunicipalityALabelledExampleInventory() throws Exception {
        // Turned on in the platform's own config/, as an operator would; Configuration Admin takes it from there.
        try (var demo = samverka.setting("org.samverka.plugin.lifecycle.cfg", "demoMode", "true")) {
            Reply items = admin.await("/api/v1/municipalities/gallivare/lifecycle/items",
                    r -> r.status() == 200 && r.json().path("total").asInt() > 0, Samverka.PATIENCE);
            assertEquals(10, items.json().path("total").asInt(), items.toString());
            JsonNode first = items.json().path("items").get(0);
            assertTrue(first.path("demo").asBoolean());
            assertTrue(first.path("notes").asText().startsWith("Example data (demo mode)"));
            assertTrue(admin.get("/api/v1/regions/norrbotten/lifecycle/matrix").body().contains("gallivare"));
        }
    }

    @Test
    void removingThePluginAndCopyingItBackLosesNoItem() throws Exception {
        String items = "/api/v1/municipalities/lulea/lifecycle/items";
        long id = regionAdmin.post(items, item("WELCOME", "EFFORT", "Välkomstpaket", "IN_PLACE")).json().path("id").asLong();
        Path jar = MethodPlugins.jar("lifecycle");
        samverka.undeploy(jar.getFileName().toString(), "lifecycle");
        assertEquals(404, admin.await("/api/v1/modules/lifecycle", r -> r.status() == 404, Samverka.PATIENCE).status());
        assertEquals(404, regionAdmin.await(items + "/" + id, r -> r.status() == 404, Samverka.PATIENCE).status());
        samverka.deploy(jar, "lifecycle");
        Reply back = regionAdmin.await(items + "/" + id, r -> r.status() == 200, Samverka.PATIENCE);
        assertEquals("Välkomstpaket", back.json().path("title").asText(), back.toString());
    }

    private static String item(String phase, String kind, String title, String status) {
        return "{\"phase\":\"" + phase + "\",\"kind\":\"" + kind + "\",\"title\":\"" + title + "\",\"status\":\"" + status
                + "\",\"responsibleOrganisation\":\"Kommunen\"}";
    }

    private static String item(String phase, String kind, String title, String status, long catalogueEntryId) {
        return item(phase, kind, title, status).replaceFirst("}$", ",\"catalogueEntryId\":" + catalogueEntryId + "}");
    }

    /** The id of an entry of Norrbotten's example catalogue, by its example key. */
    private long example(String key) {
        for (JsonNode entry : regionAdmin.get("/api/v1/regions/norrbotten/lifecycle/catalogue").json()) {
            if (key.equals(entry.path("example").asText())) {
                return entry.path("id").asLong();
            }
        }
        throw new AssertionError("Norrbotten's catalogue has no example " + key);
    }

    private static JsonNode phase(JsonNode assessment, String id) {
        for (JsonNode p : assessment.path("phases")) {
            if (p.path("phase").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no phase " + id);
    }
}
