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
 * The workshop toolkit over HTTP: the library, a Design Sprint for Haparanda from the template,
 * a block moved between days, warnings that are not errors, the agenda as iCalendar, bad input,
 * concurrent changes and tenant isolation. On the test kit: the distribution booted once for the
 * class, with the workshop plugin, and the lifecycle plugin once a test deploys it.
 */
@SamverkaTest
class WorkshopIT {

    private static final String WORKSHOPS = "/api/v1/municipalities/haparanda/workshop/workshops";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Samverka samverka;
    private Client api;

    @BeforeAll
    static void workshopInHaparanda(Samverka samverka) {
        samverka.deploy(MethodPlugins.jar("workshop"), "workshop");
        TestPlugins.enable(samverka, "workshop", "/workshops", "haparanda");
    }

    @BeforeEach
    void admin(Samverka samverka) {
        this.samverka = samverka;
        api = samverka.admin();
    }

    /** Enables the module for the municipalities and waits until the first one's path serves. */
    /** Whether the lifecycle plugin is still missing: whichever test needs it first deploys it. */
    private boolean withoutLifecycle() {
        return api.get("/api/v1/modules/lifecycle").status() == 404;
    }

    /** Deploys the lifecycle plugin unless a test before did, and enables it for Haparanda. */
    private void lifecycleInHaparanda() {
        if (withoutLifecycle()) {
            samverka.deploy(MethodPlugins.jar("lifecycle"), "lifecycle");
        }
        TestPlugins.enable(samverka, "lifecycle", "/items", "haparanda");
    }

    private JsonNode sprint() {
        Reply created = api.post(WORKSHOPS, "{\"title\":\"Sprint: välkomna, nya invånare\",\"focusPhase\":\"WELCOME\","
                + "\"location\":\"Stadshuset\",\"template\":\"design-sprint\",\"startDate\":\"2027-03-22\"}");
        assertEquals(201, created.status(), created.toString());
        assertEquals("\"1\"", created.header("ETag"));
        assertTrue(created.header("Location").startsWith("/api/v1/municipalities/haparanda/workshop/workshops/"));
        return created.json();
    }

    @Test
    void theLibraryAndItsTemplatesAreThereForAnyoneSignedIn() {
        JsonNode methods = api.get("/api/v1/workshop/methods").json();
        assertTrue(methods.size() >= 20);
        JsonNode hotSeat = api.get("/api/v1/workshop/methods/hot-seat").json();
        assertTrue(hotSeat.path("formatToBeConfirmed").asBoolean());
        assertEquals("Heta stolen (Haparanda)", hotSeat.path("name").path("sv").asText());
        assertEquals(404, api.get("/api/v1/workshop/methods/no-such-method").status());
        assertTrue(api.get("/api/v1/workshop/templates").body().contains("design-sprint"));
        assertEquals(401, api.as(null).get("/api/v1/workshop/methods").status());
    }

    @Test
    void aDesignSprintFromTheTemplateRunsMondayToFridayWithoutWarnings() {
        JsonNode sprint = sprint();
        assertEquals(5, sprint.path("days").size());
        assertEquals("2027-03-22", sprint.path("days").get(0).path("date").asText());
        assertEquals("2027-03-26", sprint.path("days").get(4).path("date").asText());
        assertEquals(0, sprint.path("warnings").size());
        assertEquals("09:15:00", sprint.path("days").get(0).path("blocks").get(1).path("start").asText());
        assertTrue(sprint.path("minutesByStage").path("DELIVER").asInt() > 0);
        assertTrue(sprint.path("materials").size() > 3);
    }

    @Test
    void movingABlockFromDayTwoToDayThreeChangesBothSchedulesAndAnOverlongDayIsAWarning() throws Exception {
        JsonNode sprint = sprint();
        String url = WORKSHOPS + "/" + sprint.path("id").asText();
        ObjectNode input = asInput(sprint);
        ArrayNode day2 = (ArrayNode) input.path("days").get(1).path("blocks");
        ArrayNode day3 = (ArrayNode) input.path("days").get(2).path("blocks");
        JsonNode moved = day2.remove(day2.size() - 2);
        day3.insert(1, moved);
        Reply changed = api.put(url, JSON.writeValueAsString(input), "If-Match", "\"1\"");
        assertEquals(200, changed.status(), changed.toString());
        JsonNode days = changed.json().path("days");
        assertEquals(sprint.path("days").get(1).path("endsAt").asText().compareTo(days.get(1).path("endsAt").asText()) > 0, true);
        assertEquals(moved.path("methodId").asText(), days.get(2).path("blocks").get(1).path("methodId").asText());
        assertEquals("09:15:00", days.get(2).path("blocks").get(1).path("start").asText());
        assertEquals(0, changed.json().path("warnings").size());

        ((ObjectNode) input.path("days").get(2)).put("end", "12:00");
        Reply overlong = api.put(url, JSON.writeValueAsString(input), "If-Match", "\"2\"");
        assertEquals(200, overlong.status(), "an overlong day is a warning, not an error");
        assertEquals("DAY_OVERRUN", overlong.json().path("warnings").get(0).path("code").asText());
        assertEquals(3, overlong.json().path("warnings").get(0).path("day").asInt());

        Reply stale = api.put(url, JSON.writeValueAsString(input), "If-Match", "\"1\"");
        assertEquals(412, stale.status());
    }

    @Test
    void concurrentChangesOnOneVersionHaveOneWinner() throws Exception {
        JsonNode sprint = sprint();
        String url = WORKSHOPS + "/" + sprint.path("id").asText();
        ObjectNode input = asInput(sprint);
        List<Reply> replies = Concurrently.send(8, i -> {
            input.put("goal", "Goal " + i);
            try {
                return api.put(url, JSON.writeValueAsString(input), "If-Match", "\"1\"");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(replies, Reply::status));
    }

    @Test
    void badInputNamesEveryFieldAndNothingIsStored() {
        long before = api.get(WORKSHOPS).json().path("total").asLong();
        Reply bad = api.post(WORKSHOPS, "{\"title\":\"\",\"timeZone\":\"Mars/Olympus\",\"focusPhase\":\"SOMEDAY\",\"participants\":"
                + "[{\"name\":\"\",\"sector\":\"GOVERNMENT\"}],\"days\":[{\"date\":\"2027-03-22\",\"start\":\"10:00\",\"end\":\"09:00\","
                + "\"blocks\":[{\"methodId\":\"brainstorm-forever\",\"minutes\":0}]}]}");
        assertEquals(400, bad.status(), bad.toString());
        String fields = bad.json().path("errors").findValuesAsText("field").toString();
        for (String field : List.of("title", "timeZone", "focusPhase", "participants[0].name", "participants[0].sector", "days[0].end",
                "days[0].blocks[0].methodId", "days[0].blocks[0].minutes")) {
            assertTrue(fields.contains(field), field + " in " + fields);
        }
        assertEquals(400, api.post(WORKSHOPS, "{\"title\":\"T\",\"template\":\"no-such\",\"startDate\":\"2027-01-01\"}").status());
        assertEquals(before, api.get(WORKSHOPS).json().path("total").asLong());
    }

    @Test
    void theAgendaIsICalendarInTheWorkshopsTimeZone() {
        JsonNode sprint = sprint();
        Reply ics = api.get(WORKSHOPS + "/" + sprint.path("id").asText() + "/agenda.ics?lang=sv");
        assertEquals(200, ics.status());
        assertTrue(ics.header("Content-Type").startsWith("text/calendar"));
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(ics.body().contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n"));
        assertTrue(ics.body().contains("DTSTART;TZID=Europe/Stockholm:20270322T090000"));
        assertTrue(ics.body().contains("SUMMARY:Incheckning"));
        Reply perDay = api.get(WORKSHOPS + "/" + sprint.path("id").asText() + "/agenda.ics?per=day");
        assertEquals(5, perDay.body().split("BEGIN:VEVENT").length - 1);
        assertEquals(400, api.get(WORKSHOPS + "/" + sprint.path("id").asText() + "/agenda.ics?per=week").status());
    }

    @Test
    void otherMunicipalitiesNeitherSeeNorReachHaparandasWorkshops() {
        String id = sprint().path("id").asText();
        String kirunaEditor = api.post("/api/v1/tokens", "{\"name\":\"kiruna-w\",\"role\":\"editor\",\"scope\":\"municipality:kiruna\"}")
                .json().path("secret").asText();
        assertEquals(403, api.as(kirunaEditor).get(WORKSHOPS + "/" + id).status());
        assertEquals(403, api.as(kirunaEditor).get(WORKSHOPS).status());
        assertEquals(404, api.get("/api/v1/municipalities/kiruna/workshop/workshops").status(), "kiruna does not use the module");
        assertEquals(404, api.get("/api/v1/municipalities/lulea/workshop/workshops/" + id).status());
        assertFalse(api.get(WORKSHOPS).body().isEmpty());
    }

    @Test
    void dotVotesAndTheSupervoteRankIdeasAndADecisionBecomesAnActionInHaparandasPlan() throws Exception {
        String outputs = WORKSHOPS + "/" + sprint().path("id").asText() + "/outputs";
        String[] ideas = new String[3];
        for (int i = 0; i < 3; i++) {
            Reply idea = api.post(outputs, "{\"kind\":\"IDEA\",\"text\":\"Idea " + i + "\"}");
            assertEquals(201, idea.status(), idea.toString());
            ideas[i] = idea.json().path("id").asText();
        }
        List<Reply> votes = Concurrently.send(6, i -> api.post(outputs + "/" + ideas[1] + "/votes", "{\"dots\":1}"));
        assertEquals(Map.of(200, 6), Concurrently.statuses(votes, Reply::status), "votes cast at once all count");
        api.post(outputs + "/" + ideas[0] + "/votes", "{\"dots\":3}");
        Reply superVoted = api.put(outputs + "/" + ideas[2], "{\"kind\":\"IDEA\",\"text\":\"Idea 2\",\"supervote\":true}",
                "If-Match", "\"1\"");
        assertEquals(200, superVoted.status(), superVoted.toString());
        JsonNode ranked = api.get(outputs).json().path("rankedIdeas");
        assertEquals(ideas[2] + "," + ideas[1] + "," + ideas[0], ranked.get(0).path("id").asText() + "," + ranked.get(1).path("id").asText()
                + "," + ranked.get(2).path("id").asText());
        assertEquals(6, ranked.get(1).path("dots").asInt());
        assertEquals(409, api.post(outputs + "/" + ideas[0] + "/action", "{\"phase\":\"WELCOME\"}").status());
        assertEquals(400, api.post(outputs, "{\"kind\":\"INSIGHT\",\"text\":\"\",\"phase\":\"LATER\"}").status());

        Reply decision = api.post(outputs, "{\"kind\":\"DECISION\",\"text\":\"Start a welcome desk in the town hall\",\"phase\":\"WELCOME\"}");
        String action = outputs + "/" + decision.json().path("id").asText() + "/action";
        // Whichever of this test and the focus-item test runs first sees the workshop module without the lifecycle plugin.
        if (withoutLifecycle()) {
            Reply withoutLifecycle = api.post(action, "{\"phase\":\"WELCOME\",\"responsible\":\"Kommunledningen\"}");
            assertEquals(409, withoutLifecycle.status(), "without the lifecycle plugin the decision stays a decision");
        }

        lifecycleInHaparanda();
        Reply became = api.await(outputs + "/" + decision.json().path("id").asText(), r -> r.status() == 200, Samverka.PATIENCE);
        Reply created = api.post(action, "{\"phase\":\"WELCOME\",\"responsible\":\"Kommunledningen\"}");
        assertEquals(201, created.status(), created.toString());
        Reply planned = api.get(created.header("Location"));
        assertEquals("Start a welcome desk in the town hall", planned.json().path("title").asText());
        assertEquals("workshop", planned.json().path("origin").path("module").asText());
        assertEquals(409, api.post(action, "{\"phase\":\"WELCOME\"}").status());
        assertTrue(became.body().contains("DECISION"));
    }

    @Test
    void templatesOutputsAndWorkshopsAreReadAndRemovedOneByOne() {
        assertEquals(5, api.get("/api/v1/workshop/templates/design-sprint").json().path("days").size());
        assertEquals(404, api.get("/api/v1/workshop/templates/no-such").status());
        String url = WORKSHOPS + "/" + sprint().path("id").asText();
        Reply note = api.post(url + "/outputs", "{\"kind\":\"NOTE\",\"text\":\"Bring the mayor on day 3\"}");
        String outputUrl = url + "/outputs/" + note.json().path("id").asText();
        Reply read = api.get(outputUrl);
        assertEquals("\"1\"", read.header("ETag"));
        assertEquals("Bring the mayor on day 3", read.json().path("text").asText());
        assertEquals(428, api.delete(outputUrl).status());
        assertEquals(204, api.delete(outputUrl, "If-Match", "\"1\"").status());
        assertEquals(404, api.get(outputUrl).status());

        assertEquals(428, api.delete(url).status());
        assertEquals(412, api.delete(url, "If-Match", "\"7\"").status());
        assertEquals(204, api.delete(url, "If-Match", "\"1\"").status());
        assertEquals(404, api.get(url).status());
        assertEquals(404, api.get(url + "/outputs").status());
    }

    @Test
    void aPrototypeTestedWithFiveInMoversShowsItsGridAndSummary() {
        String prototypes = WORKSHOPS + "/" + sprint().path("id").asText() + "/prototypes";
        Reply prototype = api.post(prototypes, "{\"what\":\"A welcome web page\",\"hypothesis\":\"In-movers find a contact in "
                + "their first week\",\"targetGroup\":\"In-movers from other EU countries\",\"phase\":\"WELCOME\","
                + "\"questions\":[\"Would you use it?\",\"Is it clear who to call?\"],"
                + "\"steps\":[\"Finds the page\",\"Reads the offer\",\"Books a meeting\",\"Gets a reply\"]}");
        assertEquals(201, prototype.status(), prototype.toString());
        String url = prototypes + "/" + prototype.json().path("id").asText();
        String[][] tests = {{"YES,YES", "POSITIVE,POSITIVE,NEGATIVE,POSITIVE"}, {"YES,MAYBE", "POSITIVE,NEUTRAL,NEGATIVE,POSITIVE"},
            {"YES,YES", "POSITIVE,POSITIVE,NEGATIVE,NEUTRAL"}, {"MAYBE,YES", "NEUTRAL,POSITIVE,POSITIVE,POSITIVE"},
            {"YES,YES", "POSITIVE,POSITIVE,NEUTRAL,POSITIVE"}};
        for (int i = 0; i < tests.length; i++) {
            Reply session = api.post(url + "/sessions", "{\"testerCode\":\"T" + (i + 1) + "\",\"origin\":\"Germany\",\"household\":"
                    + "\"family with children\",\"phase\":\"WELCOME\",\"consent\":true,\"answers\":" + list(tests[i][0])
                    + ",\"reactions\":" + list(tests[i][1]) + "}");
            assertEquals(201, session.status(), session.toString());
        }
        Reply noConsent = api.post(url + "/sessions", "{\"testerCode\":\"T6\",\"consent\":false,\"answers\":[\"YES\"],"
                + "\"reactions\":[\"GREAT\"]}");
        assertEquals(400, noConsent.status());
        String fields = noConsent.json().path("errors").findValuesAsText("field").toString();
        assertTrue(fields.contains("consent") && fields.contains("answers") && fields.contains("reactions"), fields);

        JsonNode grid = api.get(url + "/grid").json();
        assertEquals(5, grid.path("sessions").asInt());
        assertTrue(grid.path("patterns").toString().contains("3 of 5 reacted negative at step 3"), grid.path("patterns").toString());
        assertEquals("VALIDATED", grid.path("suggestedSummary").asText());
        assertEquals(5, api.get(url + "/sessions").json().size());

        Reply verdict = api.put(url, "{\"what\":\"A welcome web page\",\"hypothesis\":\"In-movers find a contact in their first week\","
                + "\"questions\":[\"Would you use it?\",\"Is it clear who to call?\"],\"steps\":[\"Finds the page\",\"Reads the offer\","
                + "\"Books a meeting\",\"Gets a reply\"],\"summary\":\"VALIDATED\"}", "If-Match", "\"1\"");
        assertEquals(200, verdict.status(), verdict.toString());
        assertEquals("VALIDATED", api.get(url).json().path("summary").asText());
        String first = api.get(url + "/sessions").json().get(0).path("id").asText();
        assertEquals(204, api.delete(url + "/sessions/" + first).status(), "one tester's data is erased");
        assertEquals(4, api.get(url + "/grid").json().path("sessions").asInt());
    }

    @Test
    void theRegionSeesEveryHypothesisTestedInItsMunicipalitiesByPhase() {
        String prototypes = WORKSHOPS + "/" + sprint().path("id").asText() + "/prototypes";
        Reply p = api.post(prototypes, "{\"what\":\"Job-match evenings\",\"hypothesis\":\"Partners of in-movers find work faster\","
                + "\"phase\":\"ROOT\",\"persona\":\"Den globala inflyttaren\",\"questions\":[\"Would you come?\"],\"steps\":[]}");
        assertEquals(201, p.status(), p.toString());
        api.post(prototypes + "/" + p.json().path("id").asText() + "/sessions", "{\"testerCode\":\"T1\",\"consent\":true,"
                + "\"answers\":[\"YES\"],\"reactions\":[]}");
        JsonNode region = api.get("/api/v1/regions/norrbotten/workshop/hypotheses?phase=ROOT").json();
        assertTrue(region.path("items").toString().contains("Partners of in-movers find work faster"), region.toString());
        assertEquals("Haparanda", region.path("items").get(0).path("municipalityName").asText());
        assertEquals(1, region.path("byPhase").path("ROOT").path("NOT_JUDGED").asInt());
        assertEquals(0, api.get("/api/v1/regions/norrbotten/workshop/hypotheses?persona=Someone%20else").json().path("items").size());
        assertEquals(400, api.get("/api/v1/regions/norrbotten/workshop/hypotheses?phase=LATER").status());
        String municipal = api.post("/api/v1/tokens", "{\"name\":\"haparanda-v\",\"role\":\"viewer\",\"scope\":\"municipality:haparanda\"}")
                .json().path("secret").asText();
        assertEquals(403, api.as(municipal).get("/api/v1/regions/norrbotten/workshop/hypotheses").status(),
                "the region's view is for those holding the region");
    }

    @Test
    void concurrentChangesToAnOutputOrAPrototypeHaveOneWinner() {
        String url = WORKSHOPS + "/" + sprint().path("id").asText();
        String idea = url + "/outputs/" + api.post(url + "/outputs", "{\"kind\":\"IDEA\",\"text\":\"Idea\"}").json().path("id").asText();
        List<Reply> ideas = Concurrently.send(8, i -> api.put(idea, "{\"kind\":\"IDEA\",\"text\":\"Idea " + i + "\"}", "If-Match", "\"1\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(ideas, Reply::status));

        String prototype = url + "/prototypes/" + api.post(url + "/prototypes", "{\"what\":\"P\",\"hypothesis\":\"H\"}")
                .json().path("id").asText();
        List<Reply> verdicts = Concurrently.send(8, i -> api.put(prototype, "{\"what\":\"P\",\"hypothesis\":\"H " + i + "\","
                + "\"summary\":\"INCONCLUSIVE\"}", "If-Match", "\"1\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(verdicts, Reply::status));
    }

    private static String list(String csv) {
        return "[\"" + String.join("\",\"", csv.split(",")) + "\"]";
    }

    /** The workshop as input again: what PUT takes. */
    private static ObjectNode asInput(JsonNode workshop) {
        ObjectNode in = JSON.createObjectNode();
        for (String f : List.of("title", "goal", "focusPhase", "location", "timeZone", "facilitator", "decider", "municipalities")) {
            in.set(f, workshop.path(f));
        }
        in.set("participants", workshop.path("participants"));
        ArrayNode days = in.putArray("days");
        for (JsonNode day : workshop.path("days")) {
            ObjectNode d = days.addObject();
            d.set("date", day.path("date"));
            d.set("start", day.path("start"));
            d.set("end", day.path("end"));
            ArrayNode blocks = d.putArray("blocks");
            for (JsonNode block : day.path("blocks")) {
                ObjectNode b = blocks.addObject();
                b.set("methodId", block.path("methodId"));
                b.put("minutes", block.path("minutes").asInt());
            }
        }
        return in;
    }

    private static final String REGION_LIBRARY = "/api/v1/regions/norrbotten/workshop";

    private static String ownMethod(String id, String sv) {
        return "{\"id\":\"" + id + "\",\"stage\":\"DISCOVER\",\"minMinutes\":20,\"maxMinutes\":45,\"minPeople\":3,"
                + "\"maxPeople\":12,\"name\":{\"en\":\"Kitchen-table talk\",\"sv\":\"" + sv + "\",\"nb\":\"Kjøkkenbordsprat\","
                + "\"fi\":\"Keittiöpöytäkeskustelu\"},\"purpose\":{\"en\":\"Hear newcomers in their own words\",\"sv\":\"Höra "
                + "nyinflyttade med egna ord\",\"nb\":\"Høre nyinnflyttede med egne ord\"},\"steps\":{\"sv\":[\"Koka kaffe\","
                + "\"Fråga: vad överraskade dig?\"]}}";
    }

    @Test
    void aRegionKeepsItsOwnMethodsAndTemplatesBesideTheReadOnlyReferenceOnesAndItsMunicipalitiesPlanWithThem() {
        Reply created = api.post(REGION_LIBRARY + "/methods", ownMethod("kitchen-table", "Köksbordssamtal"));
        assertEquals(201, created.status(), created.toString());
        assertEquals("\"1\"", created.header("ETag"));
        assertEquals("norrbotten", created.json().path("origin").asText());
        assertEquals("Keittiöpöytäkeskustelu", created.json().path("name").path("fi").asText());
        assertEquals("Fråga: vad överraskade dig?", created.json().path("steps").path("sv").get(1).asText(),
                "read back exactly as sent");
        assertEquals(409, api.post(REGION_LIBRARY + "/methods", ownMethod("kitchen-table", "Igen")).status());

        JsonNode all = api.get(REGION_LIBRARY + "/methods").json();
        assertEquals("reference", all.get(0).path("origin").asText());
        JsonNode last = all.get(all.size() - 1);
        assertEquals("norrbotten", last.path("origin").asText(), "own methods come after the reference ones");
        assertTrue(all.findValuesAsText("id").contains("kitchen-table"));
        assertEquals(404, api.get("/api/v1/workshop/methods/kitchen-table").status(),
                "the platform-wide list stays the reference library");

        Reply readOnly = api.put(REGION_LIBRARY + "/methods/crazy-8s", ownMethod("crazy-8s", "Mina åttor"), "If-Match", "\"1\"");
        assertEquals(409, readOnly.status());
        assertTrue(readOnly.json().path("detail").asText().contains("read-only"));
        assertEquals(409, api.delete(REGION_LIBRARY + "/methods/crazy-8s", "If-Match", "*").status());
        Reply clash = api.post(REGION_LIBRARY + "/methods", ownMethod("crazy-8s", "Mina åttor"));
        assertEquals(400, clash.status());
        assertEquals("id", clash.json().path("errors").get(0).path("field").asText());

        Reply changed = api.put(REGION_LIBRARY + "/methods/kitchen-table", ownMethod("kitchen-table", "Köksbordssamtalet"), "If-Match",
                "\"1\"");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("Köksbordssamtalet", changed.json().path("name").path("sv").asText());
        assertEquals(412, api.put(REGION_LIBRARY + "/methods/kitchen-table", ownMethod("kitchen-table", "X"), "If-Match", "\"1\"")
                .status());

        Reply template = api.post(REGION_LIBRARY + "/templates", "{\"id\":\"newcomer-evening\",\"name\":{\"en\":\"Newcomer evening\","
                + "\"sv\":\"Inflyttarkväll\",\"nb\":\"Innflytterkveld\"},\"days\":[{\"start\":\"18:00\",\"end\":\"20:00\","
                + "\"blocks\":[{\"methodId\":\"check-in\",\"minutes\":15},{\"methodId\":\"kitchen-table\",\"minutes\":45},"
                + "{\"minutes\":15},{\"methodId\":\"check-out\",\"minutes\":15}]}]}");
        assertEquals(201, template.status(), template.toString());

        String municipal = api.post("/api/v1/tokens", "{\"name\":\"haparanda-planner\",\"role\":\"editor\",\"scope\":"
                + "\"municipality:haparanda\"}").json().path("secret").asText();
        assertEquals(200, api.as(municipal).get(REGION_LIBRARY + "/templates").status(),
                "the region's municipalities read its library");
        assertEquals(403, api.as(municipal).post(REGION_LIBRARY + "/methods",
                ownMethod("mine", "Min")).status(), "only the region's editors change it");

        Reply workshop = api.as(municipal).post(WORKSHOPS, "{\"title\":\"Inflyttarkväll\",\"template\":\"newcomer-evening\","
                + "\"startDate\":\"2027-04-06\",\"participants\":[{\"name\":\"A\"},{\"name\":\"B\"}]}");
        assertEquals(201, workshop.status(), workshop.toString());
        JsonNode blocks = workshop.json().path("days").get(0).path("blocks");
        assertEquals("Köksbordssamtalet", blocks.get(1).path("name").path("sv").asText());
        assertEquals("18:15:00", blocks.get(1).path("start").asText());
        assertTrue(workshop.json().path("warnings").toString().contains("GROUP_SIZE"),
                "two people are fewer than the region's method is made for: " + workshop);

        assertEquals(204, api.delete(REGION_LIBRARY + "/methods/kitchen-table", "If-Match", "\"2\"").status());
        JsonNode after = api.get(WORKSHOPS + "/" + workshop.json().path("id").asText()).json();
        assertEquals("kitchen-table", after.path("days").get(0).path("blocks").get(1).path("methodId").asText(),
                "a workshop keeps a removed method's block, by its id");
    }

    @Test
    void aRegionsLibraryTravelsToAnotherInstallationAsOneJsonFileAndABadFileChangesNothing() throws Exception {
        assertEquals(201, api.post(REGION_LIBRARY + "/methods", ownMethod("porch-talk", "Trappsamtal")).status());
        assertEquals(201, api.post(REGION_LIBRARY + "/templates", "{\"id\":\"porch-morning\",\"name\":{\"en\":\"Porch morning\","
                + "\"sv\":\"Trappmorgon\",\"nb\":\"Trappemorgen\"},\"description\":{\"en\":\"Short\",\"sv\":\"Kort\",\"nb\":\"Kort\"},"
                + "\"days\":[{\"start\":\"09:00\",\"end\":\"10:00\",\"blocks\":[{\"methodId\":\"porch-talk\",\"minutes\":30}]}]}")
                .status());
        Reply exported = api.get(REGION_LIBRARY + "/library");
        assertEquals(200, exported.status());
        assertTrue(exported.header("Content-Disposition").contains("attachment"));
        assertEquals("samverka-workshop-library/1", exported.json().path("format").asText());
        assertTrue(exported.json().path("methods").findValuesAsText("id").stream().noneMatch(id -> id.equals("crazy-8s")),
                "only the region's own, never the reference library");

        api.post("/api/v1/regions", "{\"id\":\"vasterbotten\",\"code\":\"24\",\"name\":\"Västerbotten\",\"country\":\"SE\"}");
        api.post("/api/v1/regions/vasterbotten/municipalities", "{\"id\":\"umea\",\"code\":\"2480\",\"name\":\"Umeå\"}");
        TestPlugins.enable(samverka, "workshop", "/workshops", "umea");
        String other = "/api/v1/regions/vasterbotten/workshop";

        ObjectNode bad = (ObjectNode) JSON.readTree(exported.body());
        ((ObjectNode) bad.path("templates").get(0).path("days").get(0).path("blocks").get(0)).put("methodId", "nowhere");
        ((ObjectNode) bad.path("methods").get(0)).put("stage", "LATER");
        Reply refused = api.post(other + "/library", JSON.writeValueAsString(bad));
        assertEquals(400, refused.status(), refused.toString());
        String fields = refused.json().path("errors").findValuesAsText("field").toString();
        assertTrue(fields.contains("methods[0].stage") && fields.contains("templates[0].days[0].blocks[0].methodId"), fields);
        assertEquals(404, api.get(other + "/methods/porch-talk").status(), "nothing of a refused file is written");
        assertEquals(400, api.post(other + "/library", "{\"format\":\"something-else\"}").status());

        Reply imported = api.post(other + "/library", exported.body());
        assertEquals(200, imported.status(), imported.toString());
        assertTrue(imported.json().path("methodsCreated").toString().contains("porch-talk"));
        JsonNode method = api.get(other + "/methods/porch-talk").json();
        assertEquals("vasterbotten", method.path("origin").asText());
        assertEquals("Trappsamtal", method.path("name").path("sv").asText());
        assertEquals(JSON.readTree(exported.body()).path("templates"), api.get(other + "/library").json().path("templates"));

        Reply again = api.post(other + "/library", exported.body());
        assertTrue(again.json().path("methodsReplaced").toString().contains("porch-talk"));
        assertEquals("\"2\"", api.get(other + "/methods/porch-talk").header("ETag"));
    }

    @Test
    void theReportIsMarkdownOrHtmlInTheReadersLanguageWithoutParticipantsNames() {
        Reply created = api.post(WORKSHOPS, "{\"title\":\"Hot seat <Haparanda>\",\"goal\":\"Why do people *stay*?\","
                + "\"focusPhase\":\"ROOT\",\"location\":\"Stadshuset\",\"participants\":[{\"name\":\"Anna Andersson\","
                + "\"sector\":\"PUBLIC\"},{\"name\":\"Bo Berg\",\"sector\":\"BUSINESS\"}],"
                + "\"template\":\"hot-seat-day\",\"startDate\":\"2027-05-10\"}");
        assertEquals(201, created.status(), created.toString());
        String url = WORKSHOPS + "/" + created.json().path("id").asText();
        String low = api.post(url + "/outputs", "{\"kind\":\"IDEA\",\"text\":\"Ett fikabord för nya\"}").json().path("id").asText();
        String high = api.post(url + "/outputs", "{\"kind\":\"IDEA\",\"text\":\"En | fadder per familj\"}").json().path("id").asText();
        api.post(url + "/outputs/" + high + "/votes", "{\"dots\":4}");
        api.post(url + "/outputs/" + low + "/votes", "{\"dots\":1}");
        api.post(url + "/outputs", "{\"kind\":\"INSIGHT\",\"text\":\"Partners need work first\",\"phase\":\"ROOT\"}");

        Reply markdown = api.get(url + "/report?lang=sv");
        assertEquals(200, markdown.status(), markdown.toString());
        assertTrue(markdown.header("Content-Type").startsWith("text/markdown"));
        assertEquals("sv", markdown.header("Content-Language"));
        String md = markdown.body();
        assertTrue(md.startsWith("# Hot seat \\<Haparanda\\>\n"), md);
        assertTrue(md.contains("## Idéer, rangordnade efter rösterna\n\n1. En \\| fadder per familj (prickar: 4)\n2. Ett fikabord"),
                md);
        assertTrue(md.contains("Partners need work first (Rota)"), md);
        assertTrue(md.contains("2 personer (1 näringsliv, 1 offentlig sektor)"), md);
        assertTrue(md.contains("### Dag 1: måndag 10 maj 2027"), md);
        assertFalse(md.contains("Anna") || md.contains("Berg"), "names stay out of a report that is shared");

        Reply html = api.get(url + "/report?format=html", "Accept-Language", "nb-NO,nb;q=0.9");
        assertEquals(200, html.status());
        assertTrue(html.header("Content-Type").startsWith("text/html"));
        assertTrue(html.body().contains("<html lang=\"nb\">") && html.body().contains("<h1>Hot seat &lt;Haparanda&gt;</h1>"),
                html.body());
        assertTrue(html.body().contains("Ideer, rangert etter stemmene"));

        Reply pdf = api.get(url + "/report?format=pdf");
        assertEquals(400, pdf.status());
        assertTrue(pdf.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(404, api.get(WORKSHOPS + "/999999/report").status());
    }

    private static String workshopWith(String date, String facilitator) {
        return "{\"title\":\"Kväll " + date + "\",\"facilitator\":\"" + facilitator + "\",\"participants\":[{\"name\":\"Aino Niemi\","
                + "\"organisation\":\"Folkhögskolan\",\"sector\":\"ACADEMIA\",\"consent\":true},{\"name\":\"Bertil Ek\"}],"
                + "\"days\":[{\"date\":\"" + date + "\",\"start\":\"18:00\",\"end\":\"20:00\",\"blocks\":[{\"methodId\":\"check-in\","
                + "\"minutes\":15}]}]}";
    }

    @Test
    void participantsNamesGoAfterTheRetentionPeriodAndOnePersonsDataIsFoundAndErased() throws Exception {
        String settings = "/api/v1/municipalities/haparanda/workshop/settings";
        JsonNode past = api.post(WORKSHOPS, workshopWith("2021-02-03", "aino niemi")).json();
        JsonNode coming = api.post(WORKSHOPS, workshopWith(java.time.LocalDate.now().plusDays(20).toString(), "Kim Facilitator")).json();
        assertTrue(past.path("participants").get(0).path("consent").asBoolean());
        assertFalse(past.path("participants").get(1).path("consent").asBoolean());

        Reply found = api.post("/api/v1/municipalities/haparanda/workshop/people/search", "{\"name\":\"Aino Niemi\"}");
        assertEquals(200, found.status(), found.toString());
        JsonNode workshops = found.json().path("workshops");
        assertEquals(2, workshops.size());
        assertEquals("[\"PARTICIPANT\",\"FACILITATOR\"]", workshops.get(0).path("roles").toString());
        assertEquals("Folkhögskolan", workshops.get(0).path("organisation").asText());
        assertEquals(400, api.post("/api/v1/municipalities/haparanda/workshop/people/search", "{\"name\":\"\"}").status());

        Reply initial = api.get(settings);
        assertEquals("\"0\"", initial.header("ETag"));
        assertTrue(initial.json().path("retentionDays").isNull());
        assertEquals(400, api.put(settings, "{\"retentionDays\":-1}", "If-Match", "\"0\"").status());
        assertEquals(428, api.put(settings, "{\"retentionDays\":90}").status());
        Reply set = api.put(settings, "{\"retentionDays\":90}", "If-Match", "\"0\"");
        assertEquals(200, set.status(), set.toString());
        assertEquals(412, api.put(settings, "{\"retentionDays\":30}", "If-Match", "\"0\"").status());

        Reply afterRetention = api.get(WORKSHOPS + "/" + past.path("id").asText());
        assertTrue(afterRetention.json().path("participants").get(0).path("name").isNull(),
                "the name is gone once the period is past");
        assertTrue(afterRetention.json().path("participants").get(0).path("nameRemoved").asBoolean());
        assertEquals("Folkhögskolan", afterRetention.json().path("participants").get(0).path("organisation").asText());
        assertEquals("\"2\"", afterRetention.header("ETag"), "the workshop changed, so its version did");
        assertEquals("Aino Niemi", api.get(WORKSHOPS + "/" + coming.path("id").asText()).json().path("participants").get(0)
                .path("name").asText());
        Reply roundTrip = api.put(WORKSHOPS + "/" + past.path("id").asText(), JSON.writeValueAsString(asInput(afterRetention.json())),
                "If-Match", "\"2\"");
        assertEquals(200, roundTrip.status(), "a workshop whose names were removed can still be changed: " + roundTrip);

        Reply erased = api.post("/api/v1/municipalities/haparanda/workshop/people/erase", "{\"name\":\"AINO NIEMI\"}");
        assertEquals(200, erased.status(), erased.toString());
        assertEquals(2, erased.json().path("workshopsChanged").asInt());
        assertEquals(1, erased.json().path("participantsRemoved").asInt());
        assertEquals(1, erased.json().path("rolesCleared").asInt());
        JsonNode after = api.get(WORKSHOPS + "/" + coming.path("id").asText()).json();
        assertEquals(1, after.path("participants").size());
        assertEquals("Bertil Ek", after.path("participants").get(0).path("name").asText());
        assertEquals(0, api.post("/api/v1/municipalities/haparanda/workshop/people/search", "{\"name\":\"Aino Niemi\"}").json()
                .path("workshops").size());
        String kiruna = api.post("/api/v1/tokens", "{\"name\":\"kiruna-privacy\",\"role\":\"editor\",\"scope\":\"municipality:kiruna\"}")
                .json().path("secret").asText();
        assertEquals(403, api.as(kiruna).post("/api/v1/municipalities/haparanda/workshop/people/search", "{\"name\":\"Bertil Ek\"}")
                .status());
        api.put(settings, "{\"retentionDays\":null}", "If-Match", "\"1\"");
    }

    @Test
    void aRegionPlansAJointWorkshopForSeveralOfItsMunicipalitiesWhichTheyReadButCannotChange() throws Exception {
        String joint = "/api/v1/regions/norrbotten/workshop/workshops";
        Reply created = api.post(joint, "{\"title\":\"Gemensam sprint: Tornedalen\",\"template\":\"design-sprint\","
                + "\"startDate\":\"2027-09-06\",\"municipalities\":[\"kiruna\",\"haparanda\"],\"facilitator\":\"Region Norrbotten\","
                + "\"participants\":[{\"name\":\"Sanna Joint\",\"sector\":\"PUBLIC\"}]}");
        assertEquals(201, created.status(), created.toString());
        JsonNode workshop = created.json();
        assertEquals("norrbotten", workshop.path("regionId").asText());
        assertTrue(workshop.path("municipalityId").isNull());
        assertEquals("[\"haparanda\",\"kiruna\"]", workshop.path("municipalities").toString());
        assertEquals(5, workshop.path("days").size());
        String url = joint + "/" + workshop.path("id").asText();
        assertTrue(created.header("Location").endsWith(url));

        Reply bad = api.post(joint, "{\"title\":\"T\",\"template\":\"hot-seat-day\",\"startDate\":\"2027-09-06\","
                + "\"municipalities\":[\"haparanda\",\"oslo\",\"haparanda\"]}");
        assertEquals(400, bad.status());
        String fields = bad.json().path("errors").findValuesAsText("field").toString();
        assertTrue(fields.contains("municipalities[1]") && fields.contains("municipalities[2]"), fields);
        assertEquals(400, api.post(joint, "{\"title\":\"T\",\"template\":\"hot-seat-day\",\"startDate\":\"2027-09-06\"}").status());
        assertEquals(400, api.post(WORKSHOPS, "{\"title\":\"T\","
                + "\"template\":\"hot-seat-day\",\"startDate\":\"2027-09-06\",\"municipalities\":[\"kiruna\"]}").status(),
                "a municipality's own workshop names no municipalities");

        assertEquals(404, api.get(WORKSHOPS + "/" + workshop.path("id").asText()).status(),
                "a joint workshop is not reached through a municipality's path");
        String own = sprint().path("id").asText();
        assertEquals(404, api.get(joint + "/" + own).status(), "nor a municipality's through the region's");

        String viewer = api.post("/api/v1/tokens", "{\"name\":\"haparanda-joint\",\"role\":\"editor\",\"scope\":"
                + "\"municipality:haparanda\"}").json().path("secret").asText();
        Reply read = api.as(viewer).get(joint);
        assertEquals(200, read.status());
        assertTrue(read.body().contains("Gemensam sprint: Tornedalen"));
        assertEquals(200, api.as(viewer).get(url + "/agenda.ics").status());
        assertEquals(403, api.as(viewer).put(url, JSON.writeValueAsString(asInput(workshop)), "If-Match", "\"1\"").status());

        ObjectNode input = asInput(workshop);
        input.putArray("municipalities").add("haparanda");
        Reply changed = api.put(url, JSON.writeValueAsString(input), "If-Match", "\"1\"");
        assertEquals(200, changed.status(), changed.toString());
        assertEquals("[\"haparanda\"]", changed.json().path("municipalities").toString());
        Reply report = api.get(url + "/report?lang=en");
        assertTrue(report.body().startsWith("# Gemensam sprint: Tornedalen"), report.body());

        assertEquals(1, api.post("/api/v1/regions/norrbotten/workshop/people/search", "{\"name\":\"sanna joint\"}").json()
                .path("workshops").size());
        assertEquals(1, api.post("/api/v1/regions/norrbotten/workshop/people/erase", "{\"name\":\"Sanna Joint\"}").json()
                .path("participantsRemoved").asInt());
        assertEquals(204, api.delete(url, "If-Match", "\"3\"").status());
        assertEquals(404, api.get(url).status());
    }

    @Test
    void aWorkshopFocusesOnAWhiteSpotOfTheMunicipalitysLifecycleMapWhenThatModuleIsThere() throws Exception {
        String body = "{\"title\":\"Vem tar emot partnern?\",\"template\":\"hot-seat-day\",\"startDate\":\"2027-06-07\","
                + "\"focusItemId\":%s}";
        if (withoutLifecycle()) {
            Reply alone = api.post(WORKSHOPS, String.format(body, 1));
            assertEquals(400, alone.status());
            assertTrue(alone.body().contains("needs the lifecycle module"), alone.body());
        }
        lifecycleInHaparanda();
        Reply item = api.post("/api/v1/municipalities/haparanda/lifecycle/items", "{\"phase\":\"ROOT\",\"kind\":\"ROLE\","
                + "\"title\":\"Jobbcoach för medföljande partner\",\"status\":\"MISSING\"}");
        assertEquals(201, item.status(), item.toString());
        String itemId = item.json().path("id").asText();

        // The workshop plugin wires the lifecycle plugin's package once the platform has refreshed it.
        Reply focused = api.post(WORKSHOPS, String.format(body, itemId));
        for (long deadline = System.nanoTime() + Samverka.PATIENCE.toNanos(); focused.status() != 201 && System.nanoTime() < deadline; ) {
            Thread.sleep(100);
            focused = api.post(WORKSHOPS, String.format(body, itemId));
        }
        assertEquals(201, focused.status(), focused.toString());
        JsonNode last = focused.json();
        assertEquals(itemId, last.path("focusItemId").asText());
        assertTrue(last.path("focusItem").path("whiteSpot").asBoolean());
        assertEquals("Jobbcoach för medföljande partner", last.path("focusItem").path("title").asText());
        assertEquals("ROOT", last.path("focusPhase").asText(), "the focus phase is the item's");

        Reply other = api.post(WORKSHOPS, String.format(body, "999999"));
        assertEquals(400, other.status());
        assertEquals("focusItemId", other.json().path("errors").get(0).path("field").asText());
        assertEquals(400, api.post(WORKSHOPS, "{\"title\":\"T\",\"template\":\"hot-seat-day\",\"startDate\":\"2027-06-07\","
                + "\"focusPhase\":\"ATTRACT\",\"focusItemId\":" + itemId + "}").status());
        assertEquals(400, api.post("/api/v1/regions/norrbotten/workshop/workshops",
                "{\"title\":\"T\",\"template\":\"hot-seat-day\",\"startDate\":\"2027-06-07\",\"municipalities\":[\"haparanda\"],"
                + "\"focusItemId\":" + itemId + "}").status(), "a joint workshop has no municipality's item");
    }

    @Test
    void concurrentChangesToAnOwnMethodAJointWorkshopAndTheRetentionPeriodHaveOneWinner() throws Exception {
        assertEquals(201, api.post(REGION_LIBRARY + "/methods", ownMethod("race-method", "Kapplöpning")).status());
        List<Reply> methods = Concurrently.send(8, i -> api.put(REGION_LIBRARY + "/methods/race-method",
                ownMethod("race-method", "Version " + i), "If-Match", "\"1\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(methods, Reply::status));

        JsonNode joint = api.post("/api/v1/regions/norrbotten/workshop/workshops", "{\"title\":\"Kapplöpning\",\"template\":"
                + "\"hot-seat-day\",\"startDate\":\"2027-10-04\",\"municipalities\":[\"haparanda\"]}").json();
        String input = JSON.writeValueAsString(asInput(joint));
        List<Reply> workshops = Concurrently.send(8, i -> api.put("/api/v1/regions/norrbotten/workshop/workshops/" + joint.path("id").asText(),
                input, "If-Match", "\"1\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(workshops, Reply::status));

        api.post("/api/v1/regions/norrbotten/municipalities", "{\"id\":\"pajala\",\"code\":\"2521\",\"name\":\"Pajala\"}");
        TestPlugins.enable(samverka, "workshop", "/workshops", "pajala");
        String settings = "/api/v1/municipalities/pajala/workshop/settings";
        List<Reply> first = Concurrently.send(8, i -> api.put(settings, "{\"retentionDays\":" + (100 + i) + "}", "If-Match", "\"0\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(first, Reply::status), "the first setting too: one wins");
    }
}
