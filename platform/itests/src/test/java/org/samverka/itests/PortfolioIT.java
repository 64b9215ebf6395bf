package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The innovation portfolio over HTTP: a municipality selects five of eight candidates into a
 * portfolio across three goals and all four helix sectors, the balance counts them, the ledger
 * warns when the municipality logs fewer hours than the lead, and the region sees its
 * municipalities' programmes side by side; bad input, concurrency and tenant isolation. On the
 * test kit: the distribution booted once for the class, with the portfolio plugin.
 */
@SamverkaTest
class PortfolioIT {

    private static final String LULEA = "/api/v1/municipalities/lulea/portfolio/programmes";

    private Client api;

    @BeforeAll
    static void luleaAndKirunaRunProgrammes(Samverka samverka) {
        samverka.deploy(MethodPlugins.jar("portfolio"), "portfolio");
        samverka.enable("portfolio", "lulea", "kiruna");
        Reply serving = samverka.admin().await(LULEA, r -> r.status() == 200, Samverka.PATIENCE);
        assertEquals(200, serving.status(), serving.toString());
    }

    @BeforeEach
    void admin(Samverka samverka) {
        api = samverka.admin();
    }

    private String programme() {
        Reply created = api.post(LULEA, "{\"name\":\"Innovationsprogram Luleå\",\"owner\":\"Kommundirektören\",\"startsOn\":\"2026-01-01\"}");
        assertEquals(201, created.status(), created.toString());
        assertEquals(36, created.json().path("lengthMonths").asInt());
        assertEquals("2026-07-01", created.json().path("portfolioEndsOn").asText());
        return LULEA + "/" + created.json().path("id").asText();
    }

    @Test
    void fiveOfEightCandidatesGoIntoAPortfolioAcrossThreeGoalsAndAllFourSectors() throws Exception {
        String programme = programme();
        String[] sectors = {"PUBLIC", "BUSINESS", "ACADEMIA", "CIVIL_SOCIETY", "PUBLIC", "BUSINESS", "ACADEMIA", "PUBLIC"};
        int[][] goals = {{3}, {11}, {13}, {3, 11}, {13}};
        String[] candidates = new String[8];
        for (int i = 0; i < 8; i++) {
            Reply c = api.post(programme + "/candidates", "{\"title\":\"Idé " + (i + 1) + "\",\"proposedBy\":\"Verkstad\",\"sector\":\""
                    + sectors[i] + "\",\"assessment\":{\"services\":" + (i % 4) + ",\"cost\":1,\"business\":2,\"goals\":3,\"feasibility\":"
                    + (1 + i % 5) + "}}");
            assertEquals(201, c.status(), c.toString());
            candidates[i] = programme + "/candidates/" + c.json().path("id").asText();
        }
        JsonNode board = api.get(programme + "/candidates").json();
        assertTrue(board.get(0).path("assessment").path("total").asInt()
                >= board.get(7).path("assessment").path("total").asInt(), "the board is best assessed first");
        for (int i = 0; i < 8; i++) {
            String decision = i < 5 ? "GO" : i == 5 ? "NOT_NOW" : "NO";
            String goalList = i < 5 ? java.util.Arrays.toString(goals[i]) : "[]";
            Reply decided = api.post(candidates[i] + "/decision", "{\"decision\":\"" + decision + "\",\"decidedBy\":\"Styrgruppen\","
                    + "\"decidedOn\":\"2026-06-10\",\"reason\":\"Bedömd i portföljverkstaden\",\"size\":\"" + (i == 1 ? "LARGE" : "SMALL")
                    + "\",\"goals\":" + goalList + "}", "If-Match", "\"1\"");
            assertEquals(200, decided.status(), decided.toString());
            assertEquals(i < 5, !decided.json().path("projectId").isNull());
        }
        assertEquals(400, api.post(candidates[0] + "/decision", "{\"decision\":\"MAYBE\"}", "If-Match", "\"2\"").status());
        JsonNode projects = api.get(programme + "/projects").json();
        assertEquals(5, projects.size());
        String[] partnerSectors = {"PUBLIC", "BUSINESS", "ACADEMIA", "CIVIL_SOCIETY", "PUBLIC"};
        for (int i = 0; i < 5; i++) {
            JsonNode p = projects.get(i);
            Reply changed = api.put(programme + "/projects/" + p.path("id").asText(), "{\"title\":\"" + p.path("title").asText()
                    + "\",\"size\":\"" + p.path("size").asText() + "\",\"status\":\"IN_PORTFOLIO\",\"goals\":" + p.path("goals")
                    + ",\"partners\":[{\"name\":\"Partner " + i + "\",\"sector\":\"" + partnerSectors[i] + "\"}],\"innovativeProcurement\":" + (i == 0)
                    + ",\"residentsInvolved\":\"Medborgardialog\",\"benefits\":[{\"kind\":\"SERVICES\",\"measure\":\"Väntetid i dagar\","
                    + "\"baseline\":\"14\"}]}", "If-Match", "\"1\"");
            assertEquals(200, changed.status(), changed.toString());
        }
        JsonNode balance = api.get(programme + "/balance").json();
        assertEquals(5, balance.path("projects").asInt());
        assertEquals(2, balance.path("byGoal").path("3").asInt());
        assertEquals(2, balance.path("byGoal").path("11").asInt());
        assertEquals(2, balance.path("byGoal").path("13").asInt());
        assertEquals(3, balance.path("byGoal").size());
        for (String sector : List.of("PUBLIC", "BUSINESS", "ACADEMIA", "CIVIL_SOCIETY")) {
            assertTrue(balance.path("bySector").path(sector).asInt() >= 1, sector);
        }
        assertEquals(0, balance.path("warnings").size());

        Reply bad = api.post(programme + "/projects", "{\"title\":\"\",\"size\":\"HUGE\",\"status\":\"DREAM\",\"goals\":[18],\"partners\":"
                + "[{\"name\":\"x\",\"sector\":\"MEDIA\"}],\"benefits\":[{\"kind\":\"FUN\",\"measure\":\"\",\"attainment\":\"MOSTLY\"}]}");
        assertEquals(400, bad.status());
        String fields = bad.json().path("errors").findValuesAsText("field").toString();
        for (String f : List.of("title", "size", "status", "goals[0]", "partners[0].sector", "benefits[0].kind", "benefits[0].measure",
                "benefits[0].attainment")) {
            assertTrue(fields.contains(f), f + " in " + fields);
        }
    }

    @Test
    void loggingFewerHoursThanTheLeadRaisesTheWarning() {
        String programme = programme();
        assertEquals(200, api.put(programme + "/ledger/2026-01", "{\"municipalityHours\":40,\"leadHours\":40}").status());
        Reply february = api.put(programme + "/ledger/2026-02", "{\"municipalityHours\":20,\"leadHours\":40}");
        assertEquals(0.75, february.json().path("summary").path("ratio").asDouble(), 0.001);
        assertTrue(february.json().path("summary").path("belowRequirement").asBoolean());
        Reply corrected = api.put(programme + "/ledger/2026-02", "{\"municipalityHours\":45,\"leadHours\":40}");
        assertFalse(corrected.json().path("summary").path("belowRequirement").asBoolean(), "the month written again replaces it");
        assertEquals(2, corrected.json().path("months").size());
        assertEquals(400, api.put(programme + "/ledger/2026-13", "{\"municipalityHours\":-1}").status());
        assertTrue(api.get(programme).json().path("ledger").path("ratio").asDouble() >= 1.0);
    }

    @Test
    void theRegionSeesItsMunicipalitiesProgrammesSideBySide() throws Exception {
        programme();
        assertEquals(201, api.post("/api/v1/municipalities/kiruna/portfolio/programmes", "{\"name\":\"Kiruna innovation\","
                + "\"startsOn\":\"2025-09-01\"}").status());
        JsonNode overview = api.get("/api/v1/regions/norrbotten/portfolio/overview").json();
        List<String> municipalities = overview.path("programmes").findValuesAsText("municipalityId");
        assertTrue(municipalities.contains("lulea") && municipalities.contains("kiruna"), municipalities.toString());
        Reply svg = api.get("/api/v1/regions/norrbotten/portfolio/overview.svg?lang=sv");
        assertEquals(200, svg.status());
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("img", doc.getDocumentElement().getAttribute("role"));
        assertTrue(doc.getElementsByTagName("title").item(0).getTextContent().contains("Agenda 2030"));
        String kiruna = api.post("/api/v1/tokens", "{\"name\":\"kiruna-p\",\"role\":\"editor\",\"scope\":\"municipality:kiruna\"}").json()
                .path("secret").asText();
        assertEquals(403, api.as(kiruna).get("/api/v1/regions/norrbotten/portfolio/overview").status(),
                "the overview is for those holding the region");
    }

    @Test
    void theGoalsAreReferenceDataInThreeLanguagesWithTheirSources() {
        JsonNode goals = api.get("/api/v1/portfolio/goals").json();
        assertEquals(17, goals.path("goals").size());
        assertEquals("Climate action", goals.path("goals").get(12).path("name").path("en").asText());
        assertEquals("Bekämpa klimatförändringarna", goals.path("goals").get(12).path("name").path("sv").asText());
        assertTrue(goals.path("sources").path("nb").asText().contains("FN-sambandet"));
    }

    @Test
    void anotherMunicipalityNeitherSeesNorReachesLuleasProgramme() {
        String programme = programme();
        String kiruna = api.post("/api/v1/tokens", "{\"name\":\"kiruna-q\",\"role\":\"editor\",\"scope\":\"municipality:kiruna\"}").json()
                .path("secret").asText();
        assertEquals(403, api.as(kiruna).get(programme).status());
        assertEquals(404, api.get(programme.replace("/lulea/", "/kiruna/")).status());
        assertEquals(404, api.get(programme.replace("/lulea/", "/kiruna/") + "/candidates").status());
    }

    @Test
    void concurrentDecisionsOnOneCandidateHaveOneWinnerAndMakeOneProject() {
        String programme = programme();
        String candidate = programme + "/candidates/" + api.post(programme + "/candidates", "{\"title\":\"Kapplöpning\"}").json().path("id").asText();
        List<Reply> decisions = Concurrently.send(8, i -> api.post(candidate + "/decision", "{\"decision\":\"GO\",\"decidedBy\":\"Person " + i
                + "\",\"decidedOn\":\"2026-06-10\",\"reason\":\"Kör\"}", "If-Match", "\"1\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(decisions, Reply::status));
        assertEquals(1, api.get(programme + "/projects").json().size());
        assertEquals(204, api.delete(candidate, "If-Match", "\"2\"").status());
        assertEquals(204, api.delete(programme, "If-Match", "\"1\"").status());
        assertEquals(404, api.get(programme + "/projects").status());
    }

    @Test
    void carryingOnAloneIsJudgedFromTheEvidenceAndOnlySharedProjectsReachTheRegionsLibrary() {
        String programme = programme();
        Reply risk = api.post(programme + "/risks", "{\"text\":\"Ny kommundirektör\",\"category\":\"PEOPLE_CHANGING_ROLES\","
                + "\"likelihood\":2,\"impact\":3,\"mitigation\":\"Förankra i ledningsgruppen\"}");
        assertEquals(201, risk.status(), risk.toString());
        assertEquals(400, api.post(programme + "/risks", "{\"text\":\"\",\"category\":\"WEATHER\",\"likelihood\":4}").status());
        assertEquals(200, api.put(programme + "/risks/" + risk.json().path("id").asText(), "{\"text\":\"Ny kommundirektör\",\"category\":"
                + "\"PEOPLE_CHANGING_ROLES\",\"likelihood\":1,\"impact\":3,\"status\":\"MITIGATED\"}", "If-Match", "\"1\"").status());

        String carrying = programme + "/carrying-on";
        assertEquals("NOT_YET", api.get(carrying + "/readiness").json().path("verdict").asText());
        String group = api.post(carrying + "/groups", "{\"name\":\"Innovationsgruppen\",\"kind\":\"GROUP\"}").json().path("id").asText();
        assertEquals(201, api.post(carrying + "/groups/" + group + "/meetings", "{\"heldOn\":\"" + java.time.LocalDate.now().minusDays(10)
                + "\",\"attendees\":9,\"leadPresent\":false}").status());
        Reply capacity = api.get(carrying + "/capacity");
        Reply roles = api.put(carrying + "/capacity", "{\"roles\":[{\"name\":\"Innovationsledare\",\"filledBy\":\"Kim\"}],"
                + "\"peopleTrained\":12}", "If-Match", capacity.header("ETag"));
        assertEquals(200, roles.status(), roles.toString());
        api.put(programme + "/ledger/2026-01", "{\"municipalityHours\":50,\"leadHours\":40}");
        JsonNode readiness = api.get(carrying + "/readiness").json();
        assertEquals("READY", readiness.path("verdict").asText(), readiness.toString());

        String candidate = programme + "/candidates/" + api.post(programme + "/candidates", "{\"title\":\"Digital tillsyn\"}").json()
                .path("id").asText();
        String project = programme + "/projects/" + api.post(candidate + "/decision", "{\"decision\":\"GO\",\"decidedBy\":\"Styrgruppen\","
                + "\"decidedOn\":\"2026-06-10\",\"reason\":\"Ja\",\"goals\":[9]}", "If-Match", "\"1\"").json().path("projectId").asText();
        Reply tooEarly = api.put(project + "/closure", "{\"learned\":\"x\",\"shared\":true}", "If-Match", "\"1\"");
        assertEquals(400, tooEarly.status(), "only a completed or stopped project is shared");
        assertEquals(200, api.put(project, "{\"title\":\"Digital tillsyn\",\"size\":\"SMALL\",\"status\":\"COMPLETED\",\"goals\":[9]}",
                "If-Match", "\"1\"").status());
        assertEquals(0, api.get("/api/v1/regions/norrbotten/portfolio/library").json().size());
        Reply shared = api.put(project + "/closure", "{\"learned\":\"Börja med en liten pilot\",\"livesOn\":true,\"shared\":true}",
                "If-Match", "\"2\"");
        assertEquals(200, shared.status(), shared.toString());
        assertTrue(shared.json().path("closure").path("shared").asBoolean());
        String kiruna = api.post("/api/v1/tokens", "{\"name\":\"kiruna-lib\",\"role\":\"viewer\",\"scope\":\"municipality:kiruna\"}")
                .json().path("secret").asText();
        JsonNode library = api.as(kiruna).get("/api/v1/regions/norrbotten/portfolio/library").json();
        assertEquals("Börja med en liten pilot", library.get(0).path("learned").asText(), library.toString());
        api.put(project + "/closure", "{\"learned\":\"Börja med en liten pilot\",\"shared\":false}", "If-Match", "\"3\"");
        assertEquals(0, api.as(kiruna).get("/api/v1/regions/norrbotten/portfolio/library").json().size(),
                "an opted-out project is never visible to another municipality");
    }

    @Test
    void everyRecordIsReadChangedAndRemovedOneByOne() {
        String programme = programme();
        Reply renamed = api.put(programme, "{\"name\":\"Innovationsprogram Luleå 2026–2029\",\"startsOn\":\"2026-01-01\",\"lengthMonths\":30,"
                + "\"portfolioMonths\":4}", "If-Match", "\"1\"");
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("2026-05-01", renamed.json().path("portfolioEndsOn").asText());
        assertEquals(400, api.put(programme, "{\"name\":\"x\",\"startsOn\":\"2026-01-01\",\"lengthMonths\":6,\"portfolioMonths\":12}",
                "If-Match", "\"2\"").status());
        assertTrue(api.get(LULEA).json().findValuesAsText("name").contains("Innovationsprogram Luleå 2026–2029"));

        String candidate = programme + "/candidates/" + api.post(programme + "/candidates", "{\"title\":\"Smart belysning\"}").json()
                .path("id").asText();
        assertEquals(200, api.put(candidate, "{\"title\":\"Smart gatubelysning\",\"assessment\":{\"cost\":3,\"feasibility\":4}}",
                "If-Match", "\"1\"").status());
        assertEquals(7, api.get(candidate).json().path("assessment").path("total").asInt());
        assertEquals(400, api.put(candidate, "{\"title\":\"x\",\"assessment\":{\"cost\":4,\"feasibility\":0}}", "If-Match", "\"2\"")
                .status());

        Reply project = api.post(programme + "/projects", "{\"title\":\"Direkt i portföljen\",\"size\":\"MEDIUM\",\"status\":\"RUNNING\","
                + "\"dates\":{\"running\":\"2026-08-01\"},\"goals\":[7]}");
        assertEquals(201, project.status(), project.toString());
        String url = programme + "/projects/" + project.json().path("id").asText();
        assertEquals("2026-08-01", api.get(url).json().path("dates").path("running").asText());
        Reply risk = api.post(programme + "/risks", "{\"projectId\":" + project.json().path("id").asText() + ",\"text\":\"Ledarskapskultur\","
                + "\"category\":\"LEADERSHIP_CULTURE\",\"likelihood\":3,\"impact\":2}");
        assertEquals(201, risk.status());
        assertEquals(1, api.get(programme + "/risks").json().size());
        assertEquals(400, api.post(programme + "/risks", "{\"projectId\":999999,\"text\":\"x\",\"category\":\"OTHER\",\"likelihood\":1,"
                + "\"impact\":1}").status());
        assertEquals(204, api.delete(programme + "/risks/" + risk.json().path("id").asText(), "If-Match", "\"1\"").status());
        String group = api.post(programme + "/carrying-on/groups", "{\"name\":\"Mötesplats\",\"kind\":\"MEETING_PLACE\"}").json()
                .path("id").asText();
        assertEquals(1, api.get(programme + "/carrying-on/groups").json().size());
        assertEquals(400, api.post(programme + "/carrying-on/groups/" + group + "/meetings", "{\"attendees\":-1}").status());
        assertEquals(204, api.delete(programme + "/carrying-on/groups/" + group, "If-Match", "\"1\"").status());
        assertEquals(204, api.delete(url, "If-Match", "\"1\"").status());
        assertEquals(404, api.get(url).status());
        assertEquals(204, api.delete(candidate, "If-Match", "\"2\"").status());
        assertEquals(404, api.get(candidate).status());
    }

    @Test
    void eightWritersOnOneVersionOfAProgrammeACandidateAProjectAndARiskHaveOneWinner() {
        String programme = programme();
        List<Reply> programmes = Concurrently.send(8, i -> api.put(programme, "{\"name\":\"Writer " + i + "\",\"startsOn\":\"2026-01-01\"}",
                "If-Match", "\"1\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(programmes, Reply::status));
        String[][] kinds = {
            {"/candidates", "{\"title\":\"C\"}", "{\"title\":\"C %d\"}"},
            {"/projects", "{\"title\":\"P\",\"size\":\"SMALL\",\"status\":\"IDEA\"}", "{\"title\":\"P %d\",\"size\":\"SMALL\","
                + "\"status\":\"IDEA\"}"},
            {"/risks", "{\"text\":\"R\",\"category\":\"OTHER\",\"likelihood\":1,\"impact\":1}", "{\"text\":\"R %d\",\"category\":"
                + "\"OTHER\",\"likelihood\":1,\"impact\":1}"}};
        for (String[] kind : kinds) {
            String url = programme + kind[0] + "/" + api.post(programme + kind[0], kind[1]).json().path("id").asText();
            List<Reply> writers = Concurrently.send(8, i -> api.put(url, String.format(kind[2], i), "If-Match", "\"1\""));
            assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(writers, Reply::status), kind[0]);
        }
    }
}
