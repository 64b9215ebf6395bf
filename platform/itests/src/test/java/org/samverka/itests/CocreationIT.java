package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The co-creation guide over HTTP: Bodø runs a project from FRAME to PROTOTYPE under REQUIRE
 * (409 naming the open mandatory items, an override with a reason, the real path with a step
 * back), the chain with its gaps, arenas and reach, barriers (and the region's view), principles,
 * the report in Norwegian Bokmål, bad input, concurrent moves and tenant isolation, with and
 * without the workshop plugin. On the test kit: the distribution booted once for the class, with
 * the co-creation plugin, and the workshop plugin once a test deploys it.
 */
@SamverkaTest
class CocreationIT {

    private static final String BODO = "/api/v1/municipalities/bodo/cocreation";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Samverka samverka;
    private Client api;

    @BeforeAll
    static void bodoUsesTheGuide(Samverka samverka) {
        Client api = samverka.admin();
        if (api.get("/api/v1/regions/nordland").status() == 404) {
            api.post("/api/v1/regions", "{\"id\":\"nordland\",\"code\":\"18\",\"name\":\"Nordland\",\"country\":\"NO\"}");
        }
        if (api.get("/api/v1/municipalities/bodo").status() == 404) {
            api.post("/api/v1/regions/nordland/municipalities", "{\"id\":\"bodo\",\"code\":\"1804\",\"name\":\"Bodø\"}");
        }
        if (api.get("/api/v1/municipalities/narvik").status() == 404) {
            assertEquals(201, api.post("/api/v1/regions/nordland/municipalities", "{\"id\":\"narvik\",\"code\":\"1806\","
                    + "\"name\":\"Narvik\"}").status());
        }
        samverka.deploy(MethodPlugins.jar("cocreation"), "cocreation");
        samverka.enable("cocreation", "bodo", "narvik");
        Reply serving = api.await(BODO + "/projects", r -> r.status() == 200, Samverka.PATIENCE);
        assertEquals(200, serving.status(), serving.toString());
    }

    @BeforeEach
    void admin(Samverka samverka) {
        this.samverka = samverka;
        api = samverka.admin();
    }

    private JsonNode project(String title) {
        Reply created = api.post(BODO + "/projects", "{\"title\":\"" + title + "\",\"problem\":\"Unge flytter fra bydelen\","
                + "\"frame\":{\"affected\":\"Unge 16–25\"}}");
        assertEquals(201, created.status(), created.toString());
        return created.json();
    }

    /** The municipality's guide as PUT takes it, with the gating given. */
    private static ObjectNode guideInput(JsonNode guide, String gating) {
        ObjectNode in = JSON.createObjectNode();
        in.put("gating", gating);
        ObjectNode checklists = in.putObject("checklists");
        for (JsonNode step : guide.path("steps")) {
            ArrayNode items = checklists.putArray(step.path("step").asText());
            for (JsonNode item : step.path("checklist")) {
                ObjectNode i = items.addObject().put("id", item.path("id").asText()).put("mandatory", item.path("mandatory").asBoolean());
                if (!item.path("suggestion").asBoolean()) {
                    i.set("text", item.path("text"));
                }
            }
        }
        return in;
    }

    private void requireIn(String municipality) throws Exception {
        String url = "/api/v1/municipalities/" + municipality + "/cocreation/guide";
        Reply guide = api.get(url);
        if (!guide.json().path("gating").asText().equals("REQUIRE")) {
            Reply set = api.put(url, JSON.writeValueAsString(guideInput(guide.json(), "REQUIRE")), "If-Match", guide.header("ETag"));
            assertEquals(200, set.status(), set.toString());
        }
    }

    @Test
    void theGuideHasBodosFiveStepsAndLabelsWhatIsSamverkasSuggestion() {
        JsonNode guide = api.get("/api/v1/cocreation/guide").json();
        assertEquals(List.of("FRAME", "INSIGHT", "WORKSHOP", "ANALYSIS", "PROTOTYPE"), guide.path("steps").findValuesAsText("step"));
        assertTrue(guide.path("steps").get(0).path("purpose").path("nb").asText().contains("riktig problem"));
        assertEquals("Samverkas forslag", guide.path("suggestion").path("nb").asText());
        assertTrue(guide.path("steps").get(0).path("checklist").get(0).path("suggestion").asBoolean());
        assertTrue(guide.path("principles").get(0).path("suggestion").asBoolean());
        JsonNode municipal = api.get(BODO + "/guide").json();
        assertEquals("WARN", municipal.path("gating").asText());
        assertEquals(0, municipal.path("version").asInt());
        assertEquals(401, api.as(null).get("/api/v1/cocreation/guide").status());
    }

    @Test
    void aMunicipalityAdaptsItsChecklistsAndTheSuggestionIsLabelledAsSuch() throws Exception {
        String url = "/api/v1/municipalities/narvik/cocreation/guide";
        Reply guide = api.get(url);
        ObjectNode in = guideInput(guide.json(), "WARN");
        ((ArrayNode) in.path("checklists").path("FRAME")).addObject().put("id", "frame-politics").put("mandatory", true)
                .putObject("text").put("nb", "Politisk forankring er avklart");
        Reply bad = api.put(url, "{\"gating\":\"SOMETIMES\",\"checklists\":{\"FRAME\":[{\"id\":\"Not a slug\"},{\"id\":\"own-item\"}]}}",
                "If-Match", guide.header("ETag"));
        assertEquals(400, bad.status());
        String fields = bad.json().path("errors").findValuesAsText("field").toString();
        for (String f : List.of("gating", "checklists.FRAME[0].id", "checklists.FRAME[1].text", "checklists.INSIGHT")) {
            assertTrue(fields.contains(f), f + " in " + fields);
        }
        Reply changed = api.put(url, JSON.writeValueAsString(in), "If-Match", guide.header("ETag"));
        assertEquals(200, changed.status(), changed.toString());
        JsonNode frame = changed.json().path("steps").get(0).path("checklist");
        JsonNode own = frame.get(frame.size() - 1);
        assertEquals("Politisk forankring er avklart", own.path("text").path("nb").asText());
        assertFalse(own.path("suggestion").asBoolean());
        assertTrue(frame.get(0).path("suggestion").asBoolean());
        assertEquals(412, api.put(url, JSON.writeValueAsString(in), "If-Match", guide.header("ETag")).status());
    }

    @Test
    void bodoRunsAProjectFromFrameToPrototypeUnderRequireWithAnOverrideAndAStepBack() throws Exception {
        requireIn("bodo");
        JsonNode project = project("Ny by: unge i bydelen");
        String url = BODO + "/projects/" + project.path("id").asText();
        assertEquals("FRAME", project.path("step").asText());
        assertEquals("[\"frame-problem\",\"frame-affected\",\"frame-right-problem\"]", project.path("openMandatory").toString());

        Reply refused = api.post(url + "/moves", "{\"to\":\"INSIGHT\"}", "If-Match", "\"1\"");
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.json().path("detail").asText().contains("frame-problem, frame-affected, frame-right-problem"),
                refused.body());
        assertEquals("checklist.frame-right-problem", refused.json().path("errors").get(2).path("field").asText());
        assertEquals(409, api.post(url + "/moves", "{\"to\":\"INSIGHT\",\"reason\":\"hurry\"}",
                "If-Match", "\"1\"").status(), "a short reason is no reason");

        for (String item : List.of("frame-problem", "frame-affected")) {
            assertEquals(200, api.put(url + "/checklist/" + item, "{\"done\":true}").status());
        }
        Reply overridden = api.post(url + "/moves", "{\"to\":\"INSIGHT\",\"reason\":\"Bystyret bekreftet problemet muntlig 12. mai\"}",
                "If-Match", "\"1\"");
        assertEquals(201, overridden.status(), overridden.toString());
        assertTrue(overridden.json().path("override").asBoolean());
        assertTrue(overridden.json().path("openItems").toString().contains("frame-right-problem"));
        assertEquals(412, api.post(url + "/moves", "{\"to\":\"WORKSHOP\",\"reason\":\"a stale copy of the project\"}", "If-Match", "\"1\"")
                .status());

        Reply back = api.post(url + "/moves", "{\"to\":\"FRAME\"}", "If-Match", "\"2\"");
        assertEquals(201, back.status(), "moving back is free");
        assertEquals("BACK", back.json().path("direction").asText());
        api.put(url + "/checklist/frame-right-problem", "{\"done\":true}");
        assertEquals(201, api.post(url + "/moves", "{\"to\":\"INSIGHT\"}", "If-Match", "\"3\"").status());
        String[][] steps = {{"INSIGHT", "insight-closest", "insight-interview"}, {"WORKSHOP", "workshop-agenda", "workshop-outputs"},
            {"ANALYSIS", "analysis-needs", "analysis-testable"}};
        int version = 4;
        for (String[] step : steps) {
            api.put(url + "/checklist/" + step[1], "{\"done\":true}");
            api.put(url + "/checklist/" + step[2], "{\"done\":true}");
            String next = List.of("INSIGHT", "WORKSHOP", "ANALYSIS", "PROTOTYPE").get(List.of("INSIGHT", "WORKSHOP", "ANALYSIS").indexOf(step[0]) + 1);
            Reply moved = api.post(url + "/moves", "{\"to\":\"" + next + "\"}", "If-Match", "\"" + version++ + "\"");
            assertEquals(201, moved.status(), moved.toString());
        }
        assertEquals("PROTOTYPE", api.get(url).json().path("step").asText());
        JsonNode path = api.get(url + "/moves").json();
        assertEquals(List.of("INSIGHT", "FRAME", "INSIGHT", "WORKSHOP", "ANALYSIS", "PROTOTYPE"), path.findValuesAsText("to"),
                "the real path, with its step back");

        Reply report = api.get(url + "/report?lang=nb");
        assertEquals(200, report.status());
        String md = report.body();
        assertTrue(md.startsWith("# Ny by: unge i bydelen\n"), md);
        assertTrue(md.contains("## Veien gjennom stegene"), md);
        assertTrue(md.contains("unntak: Bystyret bekreftet problemet muntlig 12. mai"), md);
        assertTrue(md.contains("Rammer og muligheter → Innsikt i aktørenes behov"), md);
        assertTrue(api.get(url + "/report?format=html&lang=nb").body().contains("<html lang=\"nb\">"));
    }

    @Test
    void underWarnTheSameMoveSucceedsAndListsWhatWasOpen() {
        String narvik = "/api/v1/municipalities/narvik/cocreation/projects";
        JsonNode created = api.post(narvik, "{\"title\":\"Narvik: nye innbyggere\"}").json();
        assertEquals("WARN", api.get("/api/v1/municipalities/narvik/cocreation/guide").json()
                .path("gating").asText(), "Narvik keeps the default gating");
        Reply moved = api.post(narvik + "/" + created.path("id").asText() + "/moves", "{\"to\":\"WORKSHOP\"}", "If-Match", "\"1\"");
        assertEquals(201, moved.status(), moved.toString());
        assertFalse(moved.json().path("override").asBoolean());
        assertTrue(moved.json().path("openItems").toString().contains("insight-interview"), "the skipped step's items are listed too");
    }

    @Test
    void anIdeaWithNoNeedIsFlaggedAndLinkingItClearsTheFlag() throws Exception {
        String url = BODO + "/projects/" + project("Kjeden").path("id").asText();
        String insight = api.post(url + "/insights", "{\"text\":\"Unge savner steder å være uten å handle\",\"source\":\"INTERVIEW\","
                + "\"date\":\"2026-05-04\"}").json().path("id").asText();
        Reply need = api.post(url + "/needs", "{\"who\":\"Unge 16–25\",\"what\":\"et sted å møtes\",\"because\":\"de har ingen\","
                + "\"links\":[" + insight + "]}");
        assertEquals(201, need.status(), need.toString());
        Reply idea = api.post(url + "/ideas", "{\"text\":\"Et ungdomshus i bydelen\"}");
        assertEquals(201, idea.status());
        JsonNode gaps = api.get(url).json().path("gaps");
        assertTrue(gaps.toString().contains("IDEA_WITHOUT_NEED"), gaps.toString());
        assertTrue(gaps.toString().contains("NO_ACTOR_CLOSEST_TO_NEED"));

        ObjectNode linked = (ObjectNode) idea.json();
        linked.putArray("links").add(need.json().path("id").asLong());
        Reply relinked = api.put(url + "/ideas/" + idea.json().path("id").asText(), JSON.writeValueAsString(linked), "If-Match", "\"1\"");
        assertEquals(200, relinked.status(), relinked.toString());
        assertFalse(api.get(url).json().path("gaps").toString().contains("IDEA_WITHOUT_NEED"));
        api.post(url + "/actors", "{\"name\":\"Elevrådet\",\"role\":\"CLOSEST_TO_NEED\",\"sector\":\"CIVIL_SOCIETY\"}");
        assertFalse(api.get(url).json().path("gaps").toString().contains("NO_ACTOR_CLOSEST_TO_NEED"));
        api.post(url + "/actors", "{\"name\":\"Kari Nordmann\",\"role\":\"PARTICIPANT\",\"sector\":\"RESIDENT\"}");
        JsonNode found = api.post(BODO + "/people/search", "{\"name\":\"kari nordmann\"}").json();
        assertEquals("Kjeden", found.path("actors").get(0).path("projectTitle").asText());
        assertEquals(1, api.post(BODO + "/people/erase", "{\"name\":\"Kari Nordmann\"}").json().path("actorsRemoved").asInt());
        assertEquals(0, api.post(BODO + "/people/search", "{\"name\":\"Kari Nordmann\"}").json().path("actors").size());

        Reply wrongLink = api.post(url + "/ideas", "{\"text\":\"x\",\"links\":[" + insight + "]}");
        assertEquals(400, wrongLink.status());
        assertEquals("links[0]", wrongLink.json().path("errors").get(0).path("field").asText());
        Reply unknown = api.post(url + "/needs", "{\"who\":\"a\",\"what\":\"b\",\"because\":\"c\",\"colour\":\"red\"}");
        assertEquals(400, unknown.status());
        assertEquals("colour", unknown.json().path("errors").get(0).path("field").asText());
        assertEquals(404, api.get(url + "/wishes").status());
        Reply test = api.post(url + "/tests", "{\"result\":\"8 av 10 ville brukt det\",\"outcome\":\"SUPPORTED\"}");
        assertEquals(201, test.status());
        assertTrue(api.get(url).json().path("gaps").toString().contains("TEST_WITHOUT_TESTABLE_IDEA"));
        assertEquals(2, api.get(url + "/insights").json().size() + api.get(url + "/needs").json().size());
    }

    @Test
    void anArenaShowsWhoTookPartAndWhoIsMissing() {
        Reply arena = api.post(BODO + "/arenas", "{\"name\":\"Ny by\",\"description\":\"Medvirkning for den nye bydelen\"}");
        assertEquals(201, arena.status());
        String url = BODO + "/arenas/" + arena.json().path("id").asText();
        assertEquals(201, api.post(url + "/participation", "{\"heldOn\":\"2026-05-04\",\"how\":\"WORKSHOP\",\"group\":\"YOUNG\","
                + "\"people\":14}").status());
        assertEquals(201, api.post(url + "/participation", "{\"heldOn\":\"2026-05-11\",\"how\":\"INTERVIEW\",\"group\":\"ELDERLY\","
                + "\"people\":5}").status());
        Reply bad = api.post(url + "/participation", "{\"how\":\"CHAT\",\"group\":\"ALIENS\",\"people\":0}");
        assertEquals(400, bad.status());
        assertEquals(4, bad.json().path("errors").size());
        JsonNode reach = api.get(url).json().path("reach");
        assertEquals(19, reach.path("people").asInt());
        assertTrue(reach.path("missing").toString().contains("NEWCOMERS"));
        assertTrue(reach.path("missing").toString().contains("OUTSIDE_CENTRE"));
        assertFalse(reach.path("missing").toString().contains("YOUNG"));
        Reply inArena = api.post(BODO + "/projects", "{\"title\":\"I arenaen\",\"arenaId\":" + arena.json().path("id").asText() + "}");
        assertEquals(201, inArena.status());
        assertEquals("I arenaen", api.get(url).json().path("projects").get(0).path("title").asText());
    }

    @Test
    void barriersAreKeptAcrossProjectsAndTheRegionSeesWhichRecur() {
        long project = project("Hemmere").path("id").asLong();
        Reply barrier = api.post(BODO + "/barriers", "{\"kind\":\"BARRIER\",\"level\":\"SYSTEM\",\"category\":\"TIME\",\"text\":"
                + "\"Ingen tid satt av til samskaping i budsjettet\",\"projectIds\":[" + project + "]}");
        assertEquals(201, barrier.status(), barrier.toString());
        api.post("/api/v1/municipalities/narvik/cocreation/barriers", "{\"kind\":\"BARRIER\",\"level\":\"SYSTEM\",\"category\":\"TIME\","
                + "\"text\":\"Møtene legges i arbeidstiden\"}");
        assertEquals(1, api.get(BODO + "/barriers?projectId=" + project).json().size());
        assertEquals(400, api.post(BODO + "/barriers", "{\"kind\":\"WALL\",\"level\":\"SYSTEM\",\"category\":\"TIME\",\"text\":\"x\","
                + "\"projectIds\":[999999]}").status());
        JsonNode region = api.get("/api/v1/regions/nordland/cocreation/barriers").json();
        JsonNode first = region.path("patterns").get(0);
        assertEquals("TIME", first.path("category").asText());
        assertTrue(first.path("recurring").asBoolean());
        assertEquals("[\"bodo\",\"narvik\"]", first.path("municipalities").toString());
        String bodoEditor = api.post("/api/v1/tokens", "{\"name\":\"bodo-e\",\"role\":\"editor\",\"scope\":\"municipality:bodo\"}").json()
                .path("secret").asText();
        assertEquals(403, api.as(bodoEditor).get("/api/v1/regions/nordland/cocreation/barriers").status(),
                "the region's view is for those holding the region");
    }

    @Test
    void principlesAreAssessedOverTimeAndTheHistoryIsKept() {
        JsonNode principles = api.get(BODO + "/principles").json();
        String id = principles.path("principles").get(0).path("id").asText();
        assertTrue(principles.path("principles").get(0).path("suggestion").asBoolean());
        assertEquals(201, api.post(BODO + "/principles/" + id + "/assessments", "{\"score\":2,\"comment\":\"Vi starter med løsningen\"}")
                .status());
        assertEquals(201, api.post(BODO + "/principles/" + id + "/assessments", "{\"score\":4}").status());
        assertEquals(400, api.post(BODO + "/principles/" + id + "/assessments", "{\"score\":6}").status());
        assertEquals(404, api.post(BODO + "/principles/no-such/assessments", "{\"score\":3}").status());
        JsonNode after = api.get(BODO + "/principles").json().path("principles").get(0);
        assertEquals(4, after.path("latest").path("score").asInt());
        assertEquals(2, after.path("history").size());
    }

    @Test
    void otherMunicipalitiesNeitherSeeNorReachBodosProjects() {
        String url = BODO + "/projects/" + project("Privat").path("id").asText();
        String narvik = api.post("/api/v1/tokens", "{\"name\":\"narvik-e\",\"role\":\"editor\",\"scope\":\"municipality:narvik\"}")
                .json().path("secret").asText();
        assertEquals(403, api.as(narvik).get(url).status());
        assertEquals(403, api.as(narvik).post(url + "/ideas", "{\"text\":\"x\"}").status());
        assertEquals(404, api.get(url.replace("/bodo/", "/narvik/")).status());
        assertEquals(401, api.as(null).get(url).status());
    }

    @Test
    void eightConcurrentMovesOnOneVersionHaveOneWinner() {
        String url = BODO + "/projects/" + project("Kappløp").path("id").asText();
        List<Reply> moves = Concurrently.send(8, i -> api.post(url + "/moves", "{\"to\":\"INSIGHT\",\"reason\":\"Mover number " + i
                + " of eight\"}", "If-Match", "\"1\""));
        assertEquals(Map.of(201, 1, 412, 7), Concurrently.statuses(moves, Reply::status));
        assertEquals(1, api.get(url + "/moves").json().size());

        String need = api.post(url + "/needs", "{\"who\":\"a\",\"what\":\"b\",\"because\":\"c\"}").json().path("id").asText();
        List<Reply> needs = Concurrently.send(8, i -> api.put(url + "/needs/" + need, "{\"who\":\"writer " + i + "\",\"what\":\"b\","
                + "\"because\":\"c\"}", "If-Match", "\"1\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(needs, Reply::status));

        String barrier = api.post(BODO + "/barriers", "{\"kind\":\"ENABLER\",\"level\":\"USER\",\"category\":\"TRUST\","
                + "\"text\":\"Kjente ansikter\"}").json().path("id").asText();
        List<Reply> barriers = Concurrently.send(8, i -> api.put(BODO + "/barriers/" + barrier, "{\"kind\":\"ENABLER\",\"level\":"
                + "\"USER\",\"category\":\"TRUST\",\"text\":\"writer " + i + "\"}", "If-Match", "\"1\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(barriers, Reply::status));

        String principles = "/api/v1/municipalities/narvik/cocreation/principles";
        List<Reply> first = Concurrently.send(8, i -> api.put(principles, "{\"principles\":[{\"id\":\"own-" + i + "\",\"text\":"
                + "{\"nb\":\"Prinsipp " + i + "\"}}]}", "If-Match", "\"0\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(first, Reply::status), "the first own list too: one wins");
    }

    @Test
    void withTheWorkshopPluginAStepListsTheMethodsThatFitIt() throws Exception {
        if (api.get("/api/v1/modules/workshop").status() == 404) {
            assertEquals(0, api.get(BODO + "/guide").json().path("steps").get(1).path("methods").size(),
                    "without the workshop plugin the guide works alone");
        }
        samverka.deploy(MethodPlugins.jar("workshop"), "workshop");
        JsonNode methods = null;
        for (long deadline = System.nanoTime() + Samverka.PATIENCE.toNanos(); System.nanoTime() < deadline; Thread.sleep(100)) {
            Reply guide = api.get(BODO + "/guide");
            methods = guide.status() == 200 ? guide.json().path("steps").get(1).path("methods") : null;
            if (methods != null && methods.size() > 0) {
                break;
            }
        }
        assertTrue(methods.findValuesAsText("id").contains("user-interview"), "INSIGHT lists discovery methods: " + methods);
    }

    @Test
    void projectsArenasEntriesAndBarriersAreReadChangedAndRemovedOneByOne() {
        Reply arena = api.post(BODO + "/arenas", "{\"name\":\"Torget\"}");
        String arenaUrl = BODO + "/arenas/" + arena.json().path("id").asText();
        Reply renamed = api.put(arenaUrl, "{\"name\":\"Torget i sentrum\",\"description\":\"Hver lørdag\"}", "If-Match", "\"1\"");
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals(1, api.get(BODO + "/arenas").json().findValuesAsText("name").stream().filter("Torget i sentrum"::equals).count());

        JsonNode project = project("Én ting om gangen");
        String url = BODO + "/projects/" + project.path("id").asText();
        Reply changed = api.put(url, "{\"title\":\"Én ting om gangen\",\"arenaId\":" + arena.json().path("id").asText()
                + ",\"frame\":{\"scope\":\"Sentrum\",\"rightProblemConfirmedBy\":\"Bystyret\",\"rightProblemConfirmedOn\":\"2026-05-12\"}}",
                "If-Match", "\"1\"");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("Bystyret", changed.json().path("frame").path("rightProblemConfirmedBy").asText());
        assertEquals("FRAME", changed.json().path("step").asText());
        assertEquals(400, api.put(url, "{\"title\":\"x\",\"frame\":{\"rightProblemConfirmedBy\":\"Bystyret\"}}", "If-Match", "\"2\"")
                .status());
        assertEquals(400, api.put(url, "{\"title\":\"x\",\"arenaId\":999999}", "If-Match", "\"2\"").status());

        Reply participation = api.post(arenaUrl + "/participation", "{\"heldOn\":\"2026-06-06\",\"how\":\"SURVEY\",\"group\":"
                + "\"NEWCOMERS\",\"people\":40,\"projectId\":" + project.path("id").asText() + "}");
        assertEquals(201, participation.status());
        assertEquals(1, api.get(arenaUrl + "/participation").json().size());
        assertEquals(204, api.delete(arenaUrl + "/participation/" + participation.json().path("id").asText()).status());
        assertEquals(404, api.delete(arenaUrl + "/participation/" + participation.json().path("id").asText()).status());

        Reply decision = api.post(url + "/decisions", "{\"text\":\"Vi går videre\",\"date\":\"2026-06-10\"}");
        String decisionUrl = url + "/decisions/" + decision.json().path("id").asText();
        assertEquals("2026-06-10", api.get(decisionUrl).json().path("date").asText());
        assertEquals(404, api.get(url + "/ideas/" + decision.json().path("id").asText()).status());
        assertEquals(428, api.delete(decisionUrl).status());
        assertEquals(204, api.delete(decisionUrl, "If-Match", "\"1\"").status());
        assertEquals(404, api.get(decisionUrl).status());

        Reply barrier = api.post(BODO + "/barriers", "{\"kind\":\"BARRIER\",\"level\":\"USER\",\"category\":\"REACH\",\"text\":"
                + "\"Mange vet ikke om møtene\"}");
        String barrierUrl = BODO + "/barriers/" + barrier.json().path("id").asText();
        assertEquals("REACH", api.get(barrierUrl).json().path("category").asText());
        assertEquals(204, api.delete(barrierUrl, "If-Match", "\"1\"").status());
        assertEquals(404, api.get(barrierUrl).status());

        assertEquals(204, api.delete(url, "If-Match", "\"2\"").status());
        assertEquals(404, api.get(url).status());
        assertEquals(404, api.get(url + "/moves").status());
        assertEquals(204, api.delete(arenaUrl, "If-Match", "\"2\"").status());
        assertEquals(404, api.get(arenaUrl).status());
    }
}
