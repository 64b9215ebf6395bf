package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The positioning method over HTTP, as Västerbotten would try it: values and advantages scored and
 * ranked, two positions, people at two arena occurrences with commitments, one delivered, people
 * moving up the staircase; NPS in bulk, one by one and as a distribution; the charts parsed as XML;
 * bad input; concurrency; the region's municipalities taking part and another region kept out.
 * On the test kit: the distribution booted once for the class, with the positioning plugin.
 */
@SamverkaTest
class PositioningIT {

    private static final String VB = "/api/v1/regions/vasterbotten/positioning";

    private Client api;

    @BeforeAll
    static void vasterbottenUsesTheMethod(Samverka samverka) {
        Client api = samverka.admin();
        if (api.get("/api/v1/regions/vasterbotten").status() == 404) {
            api.post("/api/v1/regions", "{\"id\":\"vasterbotten\",\"code\":\"24\",\"name\":\"Västerbotten\",\"country\":\"SE\"}");
        }
        for (String[] m : new String[][] {{"umea", "2480", "Umeå"}, {"lycksele", "2481", "Lycksele"}}) {
            if (api.get("/api/v1/municipalities/" + m[0]).status() == 404) {
                api.post("/api/v1/regions/vasterbotten/municipalities", "{\"id\":\"" + m[0] + "\",\"code\":\"" + m[1] + "\",\"name\":\"" + m[2] + "\"}");
            }
        }
        samverka.deploy(MethodPlugins.jar("positioning"), "positioning");
        samverka.enable("positioning", "region:vasterbotten");
        Reply serving = api.await(VB + "/values", r -> r.status() == 200, Samverka.PATIENCE);
        assertEquals(200, serving.status(), serving.toString());
    }

    @BeforeEach
    void admin(Samverka samverka) {
        api = samverka.admin();
    }

    private long person(String name, String municipality) {
        Reply created = api.post(VB + "/people", "{\"name\":\"" + name + "\",\"organisation\":\"Skellefteå Kraft\",\"sector\":\"BUSINESS\","
                + "\"decisionLevel\":\"REGIONAL\"" + (municipality == null ? "" : ",\"municipalityId\":\"" + municipality + "\"") + "}");
        assertEquals(201, created.status(), created.toString());
        return created.json().path("id").asLong();
    }

    private static Document xml(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void vasterbottenScoresItsAdvantagesAndPicksTwoPositionsRankedInTheChart() throws Exception {
        JsonNode settings = api.get(VB + "/settings").json();
        assertTrue(settings.path("criteria").findValuesAsText("id").containsAll(List.of("UNIQUENESS", "RELEVANCE",
                "CREDIBILITY")), settings.toString());
        assertTrue(settings.path("criteria").get(0).path("suggestion").asBoolean());
        String value = api.post(VB + "/values", "{\"name\":\"Närhet till naturen\"}").json().path("id").asText();
        Reply green = api.post(VB + "/advantages", "{\"title\":\"Grön industri\",\"category\":\"INDUSTRY\",\"evidence\":[{\"text\":"
                + "\"Batterifabriken\",\"source\":\"Regionens utvecklingsstrategi 2030\"}],\"scores\":{\"UNIQUENESS\":5,\"RELEVANCE\":5,\"CREDIBILITY\":4}}");
        assertEquals(201, green.status(), green.toString());
        Reply forest = api.post(VB + "/advantages", "{\"title\":\"Skogen\",\"category\":\"NATURE\",\"scores\":{\"UNIQUENESS\":3,\"RELEVANCE\":4}}");
        assertEquals(4.67, green.json().path("score").asDouble(), 0.001);
        JsonNode ranked = api.get(VB + "/advantages").json();
        assertEquals("Grön industri", ranked.get(0).path("title").asText());
        assertEquals(2, ranked.get(1).path("rank").asInt());
        Reply badScore = api.post(VB + "/advantages", "{\"title\":\"x\",\"category\":\"MAGIC\",\"scores\":{\"BEAUTY\":3,\"RELEVANCE\":9}}");
        assertEquals(400, badScore.status());
        String fields = badScore.json().path("errors").findValuesAsText("field").toString();
        assertTrue(fields.contains("category") && fields.contains("scores.BEAUTY") && fields.contains("scores.RELEVANCE"), fields);

        assertEquals(201, api.post(VB + "/positions", "{\"title\":\"Den gröna omställningens huvudstad\",\"advantageIds\":["
                + green.json().path("id").asText() + "],\"valueIds\":[" + value + "],\"strategyPriorities\":[\"Hållbar tillväxt\"],"
                + "\"audiences\":[\"Ingenjörer i Europa\"],\"priority\":1}").status());
        assertEquals(201, api.post(VB + "/positions", "{\"title\":\"Skogslandet\",\"advantageIds\":[" + forest.json().path("id").asText()
                + "],\"priority\":2}").status());
        assertEquals(400, api.post(VB + "/positions", "{\"title\":\"x\",\"advantageIds\":[999999]}").status());
        JsonNode positions = api.get(VB + "/positions").json();
        assertEquals("Den gröna omställningens huvudstad", positions.get(0).path("title").asText());

        Reply chart = api.get(VB + "/charts/positions.svg?lang=sv");
        assertEquals(200, chart.status());
        assertTrue(chart.header("Content-Type").startsWith("image/svg+xml"));
        Document svg = xml(chart.body());
        assertEquals("img", svg.getDocumentElement().getAttribute("role"));
        String desc = svg.getElementsByTagName("desc").item(0).getTextContent();
        assertTrue(desc.indexOf("Den gröna") < desc.indexOf("Skogslandet"), desc);
    }

    @Test
    void peopleAtTwoOccurrencesMakeCommitmentsAndOneIsFollowedUpAsDelivered() throws Exception {
        JsonNode arenas = api.get(VB + "/arenas").json();
        List<String> names = arenas.findValuesAsText("name");
        assertTrue(names.containsAll(List.of("Västerbotten på Grand Hôtel", "Mötesplats Lycksele", "Almedalen",
                "Digital Västerbotten")), names.toString());
        assertTrue(arenas.get(0).path("referenceData").asBoolean());
        long anna = person("Anna Lind", "umea");
        long erik = person("Erik Berg", null);
        String grand = arenas.get(0).path("id").asText();
        String lycksele = arenas.get(1).path("id").asText();
        Reply first = api.post(VB + "/arenas/" + grand + "/occurrences", "{\"year\":2026,\"theme\":\"Kompetens\",\"startsOn\":\"2026-03-10\","
                + "\"endsOn\":\"2026-03-10\",\"hostIds\":[" + erik + "],\"participantIds\":[" + anna + "," + erik + "]}");
        assertEquals(201, first.status(), first.toString());
        Reply second = api.post(VB + "/arenas/" + lycksele + "/occurrences", "{\"year\":2026,\"theme\":\"Bostäder\",\"participantIds\":[" + anna
                + "]}");
        assertEquals(201, second.status());
        assertEquals(400, api.post(VB + "/arenas/" + grand + "/occurrences", "{\"year\":26,\"hostIds\":[999999]}").status());
        String one = api.post(VB + "/commitments", "{\"occurrenceId\":" + first.json().path("id").asText() + ",\"personId\":" + anna
                + ",\"text\":\"Ta emot tre praktikanter\",\"dueOn\":\"2026-09-01\"}").json().path("id").asText();
        assertEquals(201, api.post(VB + "/commitments", "{\"occurrenceId\":" + second.json().path("id").asText() + ",\"personId\":" + erik
                + ",\"text\":\"Bjuda in till studiebesök\"}").status());
        Reply delivered = api.put(VB + "/commitments/" + one, "{\"occurrenceId\":" + first.json().path("id").asText() + ",\"personId\":" + anna
                + ",\"text\":\"Ta emot tre praktikanter\",\"status\":\"DELIVERED\",\"followUp\":\"Tre praktikanter började i augusti\"}",
                "If-Match", "\"1\"");
        assertEquals(200, delivered.status(), delivered.toString());
        assertFalse(delivered.json().path("deliveredOn").isNull());
        JsonNode followUp = api.get(VB + "/commitments").json().path("followUp");
        assertEquals(1, followUp.path("delivered").asInt());
        assertEquals(1, followUp.path("promised").asInt());
        assertEquals(0.5, followUp.path("deliveredShare").asDouble(), 0.001);
        assertEquals(1, api.get(VB + "/commitments?municipality=umea").json().path("items").size(), "filtered by municipality");
        JsonNode occurrence = api.get(VB + "/arenas/" + grand + "/occurrences/" + first.json().path("id").asText()).json();
        assertEquals("[" + erik + "]", occurrence.path("hostIds").toString());

        Reply ability = api.post(VB + "/ability", "{\"personId\":" + anna + ",\"period\":\"2026\",\"answers\":{\"CONTACTS\":5,"
                + "\"SHARING\":3,\"JOINT\":4,\"MANDATE\":2,\"FOLLOW_UP\":1}}");
        assertEquals(201, ability.status(), ability.toString());
        api.post(VB + "/ability", "{\"personId\":" + erik + ",\"period\":\"2026\",\"answers\":{\"CONTACTS\":5,\"SHARING\":5,"
                + "\"JOINT\":5,\"MANDATE\":5,\"FOLLOW_UP\":5}}");
        JsonNode index = api.get(VB + "/ability").json().path("periods").get(0);
        assertEquals(2, index.path("people").asInt());
        assertEquals(75.0, index.path("index").asDouble(), 0.001, "mean 4.0 of 1–5 is 75 of 100");
        assertTrue(api.get(VB + "/ability").json().path("items").get(0).path("suggestion").asBoolean());
        Reply bad = api.post(VB + "/ability", "{\"personId\":" + anna + ",\"period\":\"now\",\"answers\":{\"LUCK\":9}}");
        assertEquals(400, bad.status());
        assertEquals(3, bad.json().path("errors").size(), "the period, and the statement that is none and its score");
    }

    @Test
    void peopleMoveUpTheStaircaseAndTheCountsMovementsAndStalledReflectIt() throws Exception {
        long a = person("Stina Steg", null);
        long b = person("Olle Ost", null);
        assertEquals(201, api.post(VB + "/people/" + a + "/levels", "{\"level\":\"AWARE\",\"since\":\"2025-02-01\"}").status());
        assertEquals(201, api.post(VB + "/people/" + a + "/levels", "{\"level\":\"ENGAGED\",\"since\":\"2026-03-01\"}").status());
        assertEquals(201, api.post(VB + "/people/" + b + "/levels", "{\"level\":\"INTERESTED\",\"since\":\"2024-01-15\"}").status());
        assertEquals(400, api.post(VB + "/people/" + b + "/levels", "{\"level\":\"HERO\"}").status());
        JsonNode staircase = api.get(VB + "/staircase").json();
        assertTrue(staircase.path("now").path("ENGAGED").asInt() >= 1);
        assertTrue(staircase.path("movements").path("2026").path("up").asInt() >= 1);
        assertTrue(staircase.path("movements").path("2026").path("steps").path("AWARE→ENGAGED").asInt() >= 1);
        assertTrue(staircase.path("stalled").findValuesAsText("name").contains("Olle Ost"), "Olle has stood on one step for years");
        assertEquals(400, api.get(VB + "/staircase?period=DECADE").status());
        Document svg = xml(api.get(VB + "/charts/staircase.svg?period=QUARTER&lang=nb").body());
        assertTrue(svg.getElementsByTagName("title").item(0).getTextContent().contains("engasjementstrappen"));
    }

    @Test
    void aHundredNpsAnswersInOneCallGiveTheScoreAndMarginAndADistributionGivesTheSame() throws Exception {
        String survey = api.post(VB + "/nps/surveys", "{\"question\":\"Hur troligt är det att du rekommenderar Västerbotten?\","
                + "\"segment\":\"IN_MOVER\",\"municipalityId\":\"umea\",\"period\":\"2026\"}").json().path("id").asText();
        List<Integer> scores = new ArrayList<>();
        int[] perScore = {5, 0, 0, 5, 5, 5, 5, 20, 15, 20, 20};
        for (int s = 0; s <= 10; s++) {
            for (int i = 0; i < perScore[s]; i++) {
                scores.add(s);
            }
        }
        Reply bulk = api.post(VB + "/nps/surveys/" + survey + "/answers", "{\"scores\":" + scores + "}");
        assertEquals(200, bulk.status(), bulk.toString());
        JsonNode nps = bulk.json().path("nps");
        assertEquals(100, nps.path("n").asInt());
        assertEquals(15.0, nps.path("score").asDouble(), 0.0001);
        assertEquals(15.5, nps.path("marginOfError").asDouble(), 0.0001);
        assertEquals(35, nps.path("passives").asInt());

        Reply eleven = api.post(VB + "/nps/surveys/" + survey + "/answers", "{\"scores\":[9,11,7]}");
        assertEquals(400, eleven.status());
        assertEquals("scores[1]", eleven.json().path("errors").get(0).path("field").asText());
        assertEquals(100, api.get(VB + "/nps/surveys/" + survey).json().path("nps").path("n").asInt(), "nothing of a refused call counts");
        Reply seven = api.post(VB + "/nps/surveys/" + survey + "/answers", "{\"score\":7}");
        assertEquals(36, seven.json().path("nps").path("passives").asInt());

        String aggregate = api.post(VB + "/nps/surveys", "{\"question\":\"Same, published\",\"segment\":\"RESIDENT\",\"period\":\"2026\"}")
                .json().path("id").asText();
        Reply distribution = api.post(VB + "/nps/surveys/" + aggregate + "/answers", "{\"distribution\":{\"0\":5,\"3\":5,\"4\":5,\"5\":5,"
                + "\"6\":5,\"7\":20,\"8\":15,\"9\":20,\"10\":20}}");
        assertEquals(200, distribution.status(), distribution.toString());
        assertEquals(bulk.json().path("nps").path("score"), distribution.json().path("nps").path("score"));
        assertEquals(bulk.json().path("nps").path("marginOfError"), distribution.json().path("nps").path("marginOfError"));

        String empty = api.post(VB + "/nps/surveys", "{\"question\":\"Nobody yet\",\"segment\":\"VISITOR\",\"period\":\"2025-Q4\"}").json()
                .path("id").asText();
        JsonNode none = api.get(VB + "/nps/surveys/" + empty).json().path("nps");
        assertTrue(none.path("score").isNull());
        assertTrue(none.path("lowN").asBoolean());
        JsonNode overview = api.get(VB + "/nps?segment=IN_MOVER").json();
        assertTrue(overview.path("trends").toString().contains("umea"), overview.path("trends").toString());
        assertEquals(400, api.post(VB + "/nps/surveys", "{\"question\":\"q\",\"segment\":\"ALIENS\",\"period\":\"someday\"}").status());
        Document svg = xml(api.get(VB + "/charts/nps.svg?lang=en").body());
        assertTrue(svg.getElementsByTagName("desc").item(0).getTextContent().contains("2026: "));
        List<Reply> single = Concurrently.send(8, i -> api.post(VB + "/nps/surveys/" + empty + "/answers", "{\"score\":10}"));
        assertEquals(Map.of(200, 8), Concurrently.statuses(single, Reply::status), "answers sent at once all count");
        assertEquals(8, api.get(VB + "/nps/surveys/" + empty).json().path("nps").path("n").asInt());
    }

    @Test
    void theRegionsMunicipalitiesTakePartAndAnotherRegionIsKeptOut() {
        String umea = api.post("/api/v1/tokens", "{\"name\":\"umea-e\",\"role\":\"editor\",\"scope\":\"municipality:umea\"}").json()
                .path("secret").asText();
        Reply added = api.as(umea).post(VB + "/people", "{\"name\":\"Umeå-person\",\"sector\":\"PUBLIC\",\"decisionLevel\":\"LOCAL\","
                + "\"municipalityId\":\"umea\"}");
        assertEquals(201, added.status(), added.toString());
        assertEquals(200, api.as(umea).get(VB + "/people?municipality=umea").status());
        assertEquals(403, api.as(umea).post(VB + "/values", "{\"name\":\"x\"}").status(), "values are the region's to change");
        assertEquals(200, api.as(umea).get(VB + "/values").status(), "but the region's municipalities read them");
        assertEquals(200, api.as(umea).get(VB + "/progress").status());
        String lulea = api.post("/api/v1/tokens", "{\"name\":\"lulea-e\",\"role\":\"editor\",\"scope\":\"municipality:lulea\"}").json()
                .path("secret").asText();
        assertEquals(403, api.as(lulea).get(VB + "/people").status(), "a municipality editor of another region");
        assertEquals(403, api.as(lulea).post(VB + "/people", "{\"name\":\"x\",\"sector\":\"PUBLIC\",\"decisionLevel\":\"LOCAL\"}").status());
        assertEquals(400, api.post(VB + "/people", "{\"name\":\"x\",\"sector\":\"PUBLIC\",\"decisionLevel\":\"LOCAL\",\"municipalityId\":"
                + "\"lulea\"}").status());
        assertEquals(401, api.as(null).get(VB + "/people").status());
    }

    @Test
    void onePersonsDataIsFoundAndErasedEverywhere() {
        long p = person("Gunilla Glömd", "lycksele");
        api.post(VB + "/people/" + p + "/levels", "{\"level\":\"AMBASSADOR\"}");
        JsonNode found = api.post(VB + "/people/search", "{\"name\":\"gunilla glömd\"}").json();
        assertEquals(1, found.path("people").size());
        assertTrue(found.path("purpose").asText().contains("co-action"));
        assertEquals(1, api.post(VB + "/people/erase", "{\"name\":\"Gunilla Glömd\"}").json().path("peopleErased").asInt());
        assertEquals(404, api.get(VB + "/people/" + p).status());
        assertEquals(0, api.post(VB + "/people/search", "{\"name\":\"Gunilla Glömd\"}").json().path("people").size());
    }

    @Test
    void progressNamesWhatEachStepLacksAndTheRestIsReadChangedAndRemoved() {
        JsonNode progress = api.get(VB + "/progress").json();
        assertEquals(4, progress.size());
        assertEquals("COMMUNICATION", progress.get(3).path("step").asText());
        Reply message = api.post(VB + "/messages", "{\"text\":\"Här växer framtiden\",\"audience\":\"Unga vuxna\",\"channel\":\"LinkedIn\"}");
        assertEquals(201, message.status());
        Reply issue = api.post(VB + "/advocacy", "{\"title\":\"Norrbotniabanan\",\"decisionLevel\":\"NATIONAL\",\"channels\":"
                + "\"Stockholmskontoret\",\"coalitions\":\"Norrbotten\"}");
        assertEquals(201, issue.status());
        assertEquals(400, api.post(VB + "/advocacy", "{\"title\":\"x\",\"decisionLevel\":\"GALACTIC\"}").status());
        JsonNode communication = api.get(VB + "/progress").json().get(3);
        assertTrue(communication.path("done").asBoolean(), communication.toString());
        String url = VB + "/advocacy/" + issue.json().path("id").asText();
        Reply changed = api.put(url, "{\"title\":\"Norrbotniabanan\",\"decisionLevel\":\"NATIONAL\",\"status\":\"IN_PROGRESS\"}", "If-Match", "\"1\"");
        assertEquals(200, changed.status());
        List<Reply> racing = Concurrently.send(8, i -> api.put(url, "{\"title\":\"Writer " + i + "\",\"decisionLevel\":\"NATIONAL\"}",
                "If-Match", "\"2\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(racing, Reply::status));
        assertEquals(204, api.delete(VB + "/messages/" + message.json().path("id").asText(), "If-Match", "\"1\"").status());
        assertEquals(404, api.get(VB + "/messages/" + message.json().path("id").asText()).status());
        JsonNode settings = api.get(VB + "/settings").json();
        Reply own = api.put(VB + "/settings", "{\"criteria\":[{\"id\":\"UNIQUENESS\"},{\"id\":\"RELEVANCE\"},{\"id\":\"CREDIBILITY\"},{\"id\":\"ATTRACTION\","
                + "\"name\":{\"sv\":\"Dragningskraft\"}}],"
                + "\"levels\":[{\"id\":\"AWARE\"},{\"id\":\"INTERESTED\"},{\"id\":\"ENGAGED\"},{\"id\":\"AMBASSADOR\"},{\"id\":\"CO_CREATOR\"}],"
                + "\"stalledAfterDays\":180,\"minN\":50}", "If-Match", "\"" + settings.path("version").asText() + "\"");
        assertEquals(200, own.status(), own.toString());
        assertFalse(own.json().path("criteria").get(3).path("suggestion").asBoolean());
        assertEquals("Dragningskraft", own.json().path("criteria").get(3).path("name").path("sv").asText());
        assertEquals(400, api.put(VB + "/settings", "{\"criteria\":[],\"levels\":[{\"id\":\"low case\"}],\"stalledAfterDays\":0}",
                "If-Match", "\"1\"").status());
    }

    @Test
    void everyRecordIsReadChangedAndRemovedOneByOne() {
        String value = api.post(VB + "/values", "{\"name\":\"Mod\"}").json().path("id").asText();
        assertEquals("Mod", api.get(VB + "/values/" + value).json().path("name").asText());
        assertEquals(200, api.put(VB + "/values/" + value, "{\"name\":\"Mod och nyfikenhet\"}", "If-Match", "\"1\"").status());
        String advantage = api.post(VB + "/advantages", "{\"title\":\"Universitetet\",\"category\":\"KNOWLEDGE\"}").json().path("id").asText();
        assertTrue(api.get(VB + "/advantages/" + advantage).json().path("score").isNull(), "unscored: no score yet");
        assertEquals(200, api.put(VB + "/advantages/" + advantage, "{\"title\":\"Umeå universitet\",\"category\":\"KNOWLEDGE\","
                + "\"scores\":{\"UNIQUENESS\":4}}", "If-Match", "\"1\"").status());
        String position = api.post(VB + "/positions", "{\"title\":\"Kunskapsregionen\",\"advantageIds\":[" + advantage + "],\"valueIds\":["
                + value + "]}").json().path("id").asText();
        assertEquals(4.0, api.get(VB + "/positions/" + position).json().path("score").asDouble(), 0.001);
        assertEquals(200, api.put(VB + "/positions/" + position, "{\"title\":\"Kunskapsregionen\",\"priority\":3}", "If-Match", "\"1\"")
                .status());
        assertEquals(204, api.delete(VB + "/values/" + value, "If-Match", "\"2\"").status());
        assertEquals(404, api.get(VB + "/values/" + value).status());
        assertEquals(204, api.delete(VB + "/advantages/" + advantage, "If-Match", "\"2\"").status());
        assertEquals(204, api.delete(VB + "/positions/" + position, "If-Match", "\"2\"").status());

        long person = person("Per Post", null);
        assertEquals(200, api.put(VB + "/people/" + person, "{\"name\":\"Per Post\",\"sector\":\"ACADEMIA\",\"decisionLevel\":\"LOCAL\"}",
                "If-Match", "\"1\"").status());
        assertEquals("ACADEMIA", api.get(VB + "/people/" + person).json().path("sector").asText());
        String arena = api.post(VB + "/arenas", "{\"name\":\"Kaffe i Vännäs\"}").json().path("id").asText();
        assertEquals(200, api.put(VB + "/arenas/" + arena, "{\"name\":\"Kaffe i Vännäs\",\"description\":\"Varje fredag\"}", "If-Match",
                "\"1\"").status());
        String occurrence = api.post(VB + "/arenas/" + arena + "/occurrences", "{\"year\":2026}").json().path("id").asText();
        assertEquals(200, api.put(VB + "/arenas/" + arena + "/occurrences/" + occurrence, "{\"year\":2026,\"theme\":\"Våren\","
                + "\"participantIds\":[" + person + "]}", "If-Match", "\"1\"").status());
        String commitment = api.post(VB + "/commitments", "{\"occurrenceId\":" + occurrence + ",\"personId\":" + person
                + ",\"text\":\"Komma igen\"}").json().path("id").asText();
        assertEquals(200, api.get(VB + "/commitments/" + commitment).status());
        assertEquals(204, api.delete(VB + "/commitments/" + commitment, "If-Match", "\"1\"").status());
        assertEquals(204, api.delete(VB + "/arenas/" + arena + "/occurrences/" + occurrence, "If-Match", "\"2\"").status());
        assertEquals(204, api.delete(VB + "/arenas/" + arena, "If-Match", "\"2\"").status());
        assertEquals(404, api.get(VB + "/arenas/" + arena).status());
        assertEquals(204, api.delete(VB + "/people/" + person, "If-Match", "\"2\"").status());

        String message = api.post(VB + "/messages", "{\"text\":\"Kom hit\"}").json().path("id").asText();
        assertEquals(200, api.put(VB + "/messages/" + message, "{\"text\":\"Kom hit!\",\"status\":\"DONE\"}", "If-Match", "\"1\"").status());
        assertEquals("DONE", api.get(VB + "/messages/" + message).json().path("status").asText());
        String survey = api.post(VB + "/nps/surveys", "{\"question\":\"q\",\"segment\":\"BUSINESS\",\"period\":\"2024\"}").json()
                .path("id").asText();
        assertEquals(204, api.delete(VB + "/nps/surveys/" + survey, "If-Match", "\"1\"").status());
        assertEquals(404, api.get(VB + "/nps/surveys/" + survey).status());
        assertEquals(428, api.delete(VB + "/messages/" + message).status());
    }

    @Test
    void eightWritersOnOneVersionOfEachKindOfRecordHaveOneWinner() {
        long person = person("Kappa Löpare", null);
        String arena = api.post(VB + "/arenas", "{\"name\":\"Kapplöpningsbanan\"}").json().path("id").asText();
        String occurrence = api.post(VB + "/arenas/" + arena + "/occurrences", "{\"year\":2026}").json().path("id").asText();
        String[][] kinds = {
            {"/values", "{\"name\":\"V\"}", "{\"name\":\"V %d\"}"},
            {"/advantages", "{\"title\":\"A\",\"category\":\"OTHER\"}", "{\"title\":\"A %d\",\"category\":\"OTHER\"}"},
            {"/positions", "{\"title\":\"P\"}", "{\"title\":\"P %d\"}"},
            {"/people", "{\"name\":\"N\",\"sector\":\"PUBLIC\",\"decisionLevel\":\"LOCAL\"}",
                "{\"name\":\"N %d\",\"sector\":\"PUBLIC\",\"decisionLevel\":\"LOCAL\"}"},
            {"/arenas", "{\"name\":\"Ar\"}", "{\"name\":\"Ar %d\"}"},
            {"/commitments", "{\"occurrenceId\":" + occurrence + ",\"personId\":" + person + ",\"text\":\"C\"}",
                "{\"occurrenceId\":" + occurrence + ",\"personId\":" + person + ",\"text\":\"C %d\"}"},
            {"/messages", "{\"text\":\"M\"}", "{\"text\":\"M %d\"}"}};
        for (String[] kind : kinds) {
            String url = VB + kind[0] + "/" + api.post(VB + kind[0], kind[1]).json().path("id").asText();
            List<Reply> writers = Concurrently.send(8, i -> api.put(url, String.format(kind[2], i), "If-Match", "\"1\""));
            assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(writers, Reply::status), kind[0]);
        }
        String occurrenceUrl = VB + "/arenas/" + arena + "/occurrences/" + occurrence;
        List<Reply> occurrences = Concurrently.send(8, i -> api.put(occurrenceUrl, "{\"year\":2026,\"theme\":\"T " + i + "\"}", "If-Match",
                "\"1\""));
        assertEquals(Map.of(200, 1, 412, 7), Concurrently.statuses(occurrences, Reply::status));
    }
}
