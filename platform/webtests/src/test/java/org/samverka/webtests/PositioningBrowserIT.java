package org.samverka.webtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The positioning pages in Chromium, in Swedish: a Västerbotten editor reads the engagement
 * staircase (who stands where, who has stalled) and puts a stalled person on the next level; counts
 * ten NPS answers typed as a list and sees n and the NPS, and has a list with an 11 refused with
 * nothing counted; on the overview sees the four steps, adds a core value, an advantage that
 * comes out ranked first, and a position resting on it; on the co-action page adds an occurrence
 * of a reference arena with its host and participant, a commitment made there that is then
 * followed up as delivered, and a person's co-action ability; and on the communication page adds a
 * message and an advocacy issue whose status is changed, once after someone else changed it
 * meanwhile. axe-core on each page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PositioningBrowserIT {

    private static final String PASSWORD = "vasterbotten-trappan-2027";
    private static final String HOME = "Dina metoder";
    private static final String VB = "/api/v1/regions/vasterbotten/positioning";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THIS_YEAR = java.time.LocalDate.now().getYear();
    private RunningSamverka samverka;
    private long anna;
    private long bertil;
    private long survey;

    @BeforeAll
    void start() throws Exception {
        Chrome.assumeInstalled();
        samverka = new RunningSamverka("PositioningBrowserIT");
        samverka.deploy("positioning");
        ensureVasterbotten();
        samverka.call("PUT", "/api/v1/regions/vasterbotten/modules/positioning", null);
        samverka.createPerson("vb-editor", "Vera Västerbotten", "editor", "region:vasterbotten", PASSWORD);
        seed();
    }

    @AfterAll
    void stop() throws Exception {
        if (samverka != null) {
            samverka.close();
        }
    }

    /** Västerbotten and Umeå, when the distribution's default tenants do not have them. */
    private void ensureVasterbotten() throws Exception {
        try {
            samverka.call("GET", "/api/v1/regions/vasterbotten", null);
        } catch (AssertionError missing) {
            samverka.call("POST", "/api/v1/regions", "{\"id\":\"vasterbotten\",\"code\":\"24\",\"name\":\"Västerbotten\",\"country\":\"SE\"}");
        }
        try {
            samverka.call("GET", "/api/v1/municipalities/umea", null);
        } catch (AssertionError missing) {
            samverka.call("POST", "/api/v1/regions/vasterbotten/municipalities", "{\"id\":\"umea\",\"code\":\"2480\",\"name\":\"Umeå\"}");
        }
    }

    /**
     * Anna has stood on the first level since January 2024 (stalled); Bertil went from the first level
     * to "engaged" this year. A survey of residents with no answers yet, one of visitors to Umeå with
     * a published distribution, and an advantage already scored.
     */
    private void seed() throws Exception {
        anna = id(samverka.call("POST", VB + "/people", "{\"name\":\"Anna Andersson\",\"organisation\":\"Umeå kommun\",\"sector\":\"PUBLIC\","
                + "\"decisionLevel\":\"LOCAL\",\"municipalityId\":\"umea\"}"));
        samverka.call("POST", VB + "/people/" + anna + "/levels", "{\"level\":\"AWARE\",\"since\":\"2024-01-10\"}");
        bertil = id(samverka.call("POST", VB + "/people", "{\"name\":\"Bertil Berg\",\"organisation\":\"Skellefteå Kraft\",\"sector\":\"BUSINESS\","
                + "\"decisionLevel\":\"REGIONAL\"}"));
        // Bertil's step is dated this year (its first day), so that it stays "this year", in the
        // first quarter, and not stalled, whenever the test runs.
        samverka.call("POST", VB + "/people/" + bertil + "/levels", "{\"level\":\"AWARE\",\"since\":\"" + (THIS_YEAR - 1) + "-02-01\"}");
        samverka.call("POST", VB + "/people/" + bertil + "/levels", "{\"level\":\"ENGAGED\",\"since\":\"" + THIS_YEAR + "-01-01\"}");
        survey = id(samverka.call("POST", VB + "/nps/surveys", "{\"question\":\"Hur troligt är det att du skulle rekommendera Västerbotten "
                + "som en plats att bo på?\",\"segment\":\"RESIDENT\",\"period\":\"2026\"}"));
        long visitors = id(samverka.call("POST", VB + "/nps/surveys", "{\"question\":\"Skulle du rekommendera Umeå för en weekendresa?\","
                + "\"segment\":\"VISITOR\",\"municipalityId\":\"umea\",\"period\":\"2026-Q2\"}"));
        samverka.call("POST", VB + "/nps/surveys/" + visitors + "/answers", "{\"distribution\":{\"6\":5,\"8\":10,\"9\":15,\"10\":10}}");
        samverka.call("POST", VB + "/advantages", "{\"title\":\"Älvdalar och fjäll\",\"category\":\"NATURE\",\"evidence\":[],"
                + "\"scores\":{\"UNIQUENESS\":4,\"RELEVANCE\":4,\"CREDIBILITY\":3}}");
    }

    private static long id(String json) throws Exception {
        return JSON.readTree(json).path("id").asLong();
    }

    private Chrome signedIn() {
        return Chrome.signedIn(samverka.base, "sv", null, "vb-editor", PASSWORD, HOME);
    }

    private static String text(Chrome chrome, String css) {
        return chrome.find(css).getText();
    }

    /** The data cells (td, not the row's heading) of a table row. */
    private static List<String> cells(Chrome chrome, String rowCss) {
        return chrome.find(rowCss).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    /** Every row of a table, its heading and data cells in order. */
    private static List<List<String>> rows(Chrome chrome, String rowsCss) {
        chrome.find(rowsCss);
        return chrome.driver.findElements(By.cssSelector(rowsCss)).stream()
                .map(tr -> tr.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList()).toList();
    }

    @Test
    void theStaircaseShowsWhoStandsWhereAndWhoStalledAndTakesANewLevel() throws Exception {
        try (Chrome chrome = signedIn()) {
            chrome.find("#nav a[href='#/positioning/staircase']").click();
            chrome.awaitHeading("Engagemangstrappan");
            chrome.wait.until(ExpectedConditions.textToBe(By.cssSelector("#pos-now-AWARE td"), "1"));
            assertEquals("1", text(chrome, "#pos-now-ENGAGED td"), "Bertil is engaged");
            assertEquals("0", text(chrome, "#pos-now-INTERESTED td"));
            assertTrue(text(chrome, "#pos-levels").contains("Känner till — Samverkas förslag"), "the suggested levels are marked: "
                    + text(chrome, "#pos-levels"));
            String stalled = text(chrome, "#pos-stalled tbody");
            assertTrue(stalled.contains("Anna Andersson") && stalled.contains("Umeå kommun") && stalled.contains("Känner till")
                    && stalled.contains("2024"), "Anna has stood on the first level since January 2024: " + stalled);
            assertFalse(stalled.contains("Bertil Berg"), "Bertil moved up this year: " + stalled);
            assertEquals(List.of("1", "0", "Känner till → Engagerad: 1"), cells(chrome, "#pos-movements-" + THIS_YEAR), "this year's movements");
            WebElement chart = chrome.find("#pos-staircase-chart");
            assertTrue(chart.getDomAttribute("src").contains("/charts/staircase.svg?period=YEAR&lang=sv"), chart.getDomAttribute("src"));
            assertTrue(chart.getDomAttribute("alt").startsWith("Diagram: personer på varje steg"), chart.getDomAttribute("alt"));
            chrome.wait.until(d -> (Boolean) chrome.driver.executeScript("const i = document.getElementById('pos-staircase-chart');"
                    + " return i.complete && i.naturalWidth > 0;"));
            chrome.assertAccessible("staircase (sv)");
            chrome.screenshot("positioning-staircase-sv");

            // Anna takes the next step today: the counts change, and she is no longer on the invitation list.
            new Select(chrome.find("#pos-level-person")).selectByValue(String.valueOf(anna));
            new Select(chrome.find("#pos-level")).selectByValue("INTERESTED");
            chrome.find("#pos-level-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.cssSelector("#pos-now-AWARE td"), "0"));
            assertEquals("1", text(chrome, "#pos-now-INTERESTED td"), "Anna is interested now");
            assertEquals("1", text(chrome, "#pos-now-ENGAGED td"));
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Anna Andersson står på steget Intresserad"));
            assertEquals("Ingen har stannat upp.", text(chrome, "#pos-stalled"));
            assertTrue(text(chrome, "#pos-person-" + anna).contains("Intresserad"), text(chrome, "#pos-person-" + anna));
            assertEquals("2", cells(chrome, "#pos-movements-" + THIS_YEAR).get(0), "two steps up this year");

            // A new person, ready to be put on a level.
            chrome.type("#pos-person-name", "Cecilia Ek");
            chrome.type("#pos-person-organisation", "Norrlandsoperan");
            new Select(chrome.find("#pos-person-sector")).selectByValue("CIVIL_SOCIETY");
            new Select(chrome.find("#pos-person-decision")).selectByValue("REGIONAL");
            chrome.find("#pos-person-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pos-people"), "Cecilia Ek"));
            assertEquals("Cecilia Ek (Norrlandsoperan)", new Select(chrome.find("#pos-level-person")).getFirstSelectedOption().getText(),
                    "the person added is the one to put on a level");
            assertTrue(text(chrome, "#pos-people").contains("Inte i trappan än"), text(chrome, "#pos-people"));

            // By quarter: Bertil's step was in the first quarter.
            new Select(chrome.find("#pos-period")).selectByValue("QUARTER");
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pos-movements-" + THIS_YEAR + "-Q1")));
            assertTrue(chrome.find("#pos-staircase-chart").getDomAttribute("src").contains("period=QUARTER"), "the chart by quarter");
            chrome.assertAccessible("staircase after changes, by quarter (sv)");
        }
    }

    @Test
    void npsAnswersTypedAsAListAreCountedAndAnElevenIsRefusedWithNothingCounted() throws Exception {
        String row = "#pos-survey-" + survey;
        try (Chrome chrome = signedIn()) {
            chrome.find("#nav a[href='#/positioning/nps']").click();
            chrome.awaitHeading("Net Promoter Score");
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
            assertEquals(List.of("Invånare", "Hela regionen", "2026", "0", "—", "—", "Inga svar än."), cells(chrome, row), "no answers yet");

            new Select(chrome.find("#pos-answers-survey")).selectByValue(String.valueOf(survey));
            chrome.find("#pos-answers-kind-list").click();
            chrome.type("#pos-answers-scores", "10, 10, 9, 9, 9, 8, 7, 6, 10, 9");
            chrome.find("#pos-answers-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.cssSelector(row + " td:nth-of-type(4)"), "10"));
            // 7 promoters and 1 detractor of 10: 70 − 10 = 60, ± 1.96 · √((0.7 + 0.1 − 0.6²) / 10) · 100 = 41.1.
            assertEquals(List.of("Invånare", "Hela regionen", "2026", "10", "60", "± 41,1", "Färre än 30 svar: tolka med försiktighet."),
                    cells(chrome, row), "n, NPS, its margin, and the warning below the minimum n");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "10 svar räknade"));
            assertEquals("", chrome.find("#pos-answers-scores").getDomProperty("value"), "the list is emptied once counted");

            // An 11 among them: the alert names it, and nothing is counted.
            chrome.type("#pos-answers-scores", "9, 11, 7");
            chrome.find("#pos-answers-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pos-answers-error"),
                    "Svar 2 (11) är inte ett betyg från 0 till 10."));
            assertEquals("alert", chrome.find("#pos-answers-error").getDomAttribute("role"));
            assertTrue(text(chrome, "#pos-answers-error").startsWith("Inget räknades"), text(chrome, "#pos-answers-error"));
            assertEquals("true", chrome.find("#pos-answers-scores").getDomAttribute("aria-invalid"));
            assertEquals("9, 11, 7", chrome.find("#pos-answers-scores").getDomProperty("value"), "what was typed stays to be corrected");
            assertEquals("10", cells(chrome, row).get(3), "nothing counted on the page");
            assertEquals(10, JSON.readTree(samverka.call("GET", VB + "/nps/surveys/" + survey, null)).path("nps").path("n").asInt(),
                    "nothing counted in the API");

            // The visitors' 40 answers: 25 promoters and 5 detractors, 62.5 − 12.5 = 50 ± 21.9; enough answers for no warning.
            List<List<String>> trends = rows(chrome, "#pos-trends tbody tr");
            assertTrue(trends.contains(List.of("Besökare", "Umeå", "2026-Q2", "40", "50", "± 21,9", ""))
                    && trends.contains(List.of("Besökare", "Hela regionen", "2026-Q2", "40", "50", "± 21,9", ""))
                    && trends.contains(List.of("Invånare", "Hela regionen", "2026", "10", "60", "± 41,1", "Färre än 30 svar: tolka med försiktighet.")),
                    "the trend per segment, for the municipality and the whole region: " + trends);
            assertTrue(chrome.find("#pos-nps-chart").getDomAttribute("src").contains("segment=RESIDENT"), "the chart of a segment");
            chrome.assertAccessible("nps (sv)");
        }
    }

    @Test
    void theOverviewShowsTheFourStepsAndAnAdvantageAddedComesOutRankedFirst() throws Exception {
        String title = "Forskning i världsklass";
        try (Chrome chrome = signedIn()) {
            chrome.find("#nav a[href='#/positioning/overview']").click();
            chrome.awaitHeading("Platsens positionering");
            chrome.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#pos-progress > li"), 4));
            String progress = text(chrome, "#pos-progress");
            for (String step : List.of("Värden och fördelar", "Positioner", "Samhandling", "Förmedla bilden")) {
                assertTrue(progress.contains(step), step + " in " + progress);
            }
            assertTrue(text(chrome, "#pos-step-VALUES").contains("Inga kärnvärden är antecknade än."), text(chrome, "#pos-step-VALUES"));
            assertTrue(text(chrome, "#pos-criteria").contains("Unikhet — Samverkas förslag"), text(chrome, "#pos-criteria"));

            chrome.type("#pos-value-name", "Närhet till natur och till varandra");
            chrome.find("#pos-value-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pos-values"), "Närhet till natur och till varandra"));
            assertFalse(text(chrome, "#pos-step-VALUES").contains("Inga kärnvärden"), "the step no longer lacks core values");

            chrome.type("#pos-advantage-title", title);
            new Select(chrome.find("#pos-advantage-category")).selectByValue("KNOWLEDGE");
            chrome.type("#pos-advantage-evidence", "Två universitet och forskning i internationell toppklass");
            chrome.type("#pos-advantage-source", "Umeå universitet, årsredovisning 2025");
            new Select(chrome.find("#pos-score-UNIQUENESS")).selectByValue("5");
            new Select(chrome.find("#pos-score-RELEVANCE")).selectByValue("5");
            new Select(chrome.find("#pos-score-CREDIBILITY")).selectByValue("4");
            chrome.find("#pos-advantage-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.cssSelector("#pos-advantages tbody tr:first-child th"), title));
            assertEquals(List.of("1", "Kunskap", "5", "5", "4", "4,67", "Två universitet och forskning i internationell toppklass (Umeå universitet, "
                    + "årsredovisning 2025)"), cells(chrome, "#pos-advantages tbody tr:first-child"), "ranked first with its mean");
            assertEquals("Älvdalar och fjäll", text(chrome, "#pos-advantages tbody tr:nth-child(2) th"), "the advantage scored 3.67 comes second");
            assertEquals("2", cells(chrome, "#pos-advantages tbody tr:nth-child(2)").get(0));
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Fördelen är tillagd: " + title + ", på plats 1."));

            chrome.type("#pos-position-title", "Kunskapsregionen i norr");
            chrome.type("#pos-position-priority", "1");
            chrome.wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//fieldset[@id='pos-position-advantages']//label[text()='1. " + title + " (medelpoäng 4,67)']"))).click();
            chrome.find("#pos-position-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pos-positions"), "Kunskapsregionen i norr"));
            assertEquals(List.of("1", title, "—", "—", "4,67"), cells(chrome, "#pos-positions tbody tr:first-child"), "the position rests on it");
            assertTrue(chrome.find("#pos-positions-chart").getDomAttribute("alt").startsWith("Diagram: positionerna rangordnade"),
                    "the chart has a text alternative");
            assertFalse(text(chrome, "#pos-step-POSITIONS").contains("Inga positioner"), text(chrome, "#pos-step-POSITIONS"));
            chrome.assertAccessible("overview (sv)");
        }
    }

    @Test
    void coActionFollowsACommitmentToDeliveryAndTheAdvocacyAgendaTakesAStatusChange() throws Exception {
        long lycksele = StreamSupport.stream(JSON.readTree(samverka.call("GET", VB + "/arenas", null)).spliterator(), false)
                .filter(a -> a.path("name").asText().equals("Mötesplats Lycksele")).findFirst().orElseThrow().path("id").asLong();
        long position = id(samverka.call("POST", VB + "/positions", "{\"title\":\"Livskvalitet nära naturen\",\"advantageIds\":[],"
                + "\"valueIds\":[],\"strategyPriorities\":[],\"audiences\":[]}"));
        String occurrences = "#pos-occurrences-" + lycksele;
        String commitment = "Anordna sommarpraktik för tio unga";
        try (Chrome chrome = signedIn()) {
            chrome.find("#nav a[href='#/positioning/coaction']").click();
            chrome.awaitHeading("Samhandling");
            assertEquals("Mötesplats Lycksele — en av regionens kända mötesplatser (referensarena)", text(chrome, "#pos-arena-" + lycksele + " h3"),
                    "a reference arena is marked");
            assertEquals("Inga tillfällen antecknade än.", text(chrome, occurrences));

            // An occurrence of the reference arena: Anna hosts it, Bertil takes part.
            new Select(chrome.find("#pos-occurrence-arena")).selectByVisibleText("Mötesplats Lycksele");
            chrome.type("#pos-occurrence-year", "2026");
            chrome.type("#pos-occurrence-theme", "Unga som stannar");
            day(chrome, "#pos-occurrence-starts", "2026-05-20");
            day(chrome, "#pos-occurrence-ends", "2026-05-21");
            chrome.find("#pos-occurrence-host-" + anna).click();
            chrome.find("#pos-occurrence-participant-" + bertil).click();
            chrome.find("#pos-occurrence-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(occurrences + " tbody tr")));
            assertEquals(List.of(List.of("2026", "Unga som stannar", "20 maj 2026 – 21 maj 2026", "Anna Andersson", "Bertil Berg")),
                    rows(chrome, occurrences + " tbody tr"), "the occurrence with its dates, host and participant by name");
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"),
                    "Tillfället är tillagt: Mötesplats Lycksele 2026: Unga som stannar. Värdar: 1; deltagare: 1."));
            assertFalse(chrome.find("#pos-occurrence-host-" + anna).isSelected(), "the form is ready for the next occurrence");
            assertEquals("Inga åtaganden än.", text(chrome, "#pos-commitments"));

            // Anna commits to something at it: the occurrence just added is the one chosen.
            assertEquals("Mötesplats Lycksele 2026: Unga som stannar",
                    new Select(chrome.find("#pos-commitment-occurrence")).getFirstSelectedOption().getText(), "the new occurrence is chosen");
            new Select(chrome.find("#pos-commitment-person")).selectByValue(String.valueOf(anna));
            chrome.type("#pos-commitment-text", commitment);
            day(chrome, "#pos-commitment-due", "2026-06-01");
            chrome.find("#pos-commitment-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pos-commitments tbody tr")));
            assertEquals(List.of(List.of("Anna Andersson", "Mötesplats Lycksele 2026: Unga som stannar", commitment, "1 juni 2026", "Utlovat", "—",
                    "Markera som levererat")), rows(chrome, "#pos-commitments tbody tr"), "the commitment, promised");
            assertTrue(text(chrome, "#pos-followup").startsWith("Utlovade: 1. Levererade: 0. Avskrivna: 0. Andel levererade: 0"),
                    text(chrome, "#pos-followup"));

            // Followed up as delivered: the follow-up is asked for in a small form, then the counts change.
            chrome.find("#pos-commitments tbody button").click();
            chrome.find("#pos-deliver-form");
            assertEquals("pos-deliver-followup", chrome.driver.switchTo().activeElement().getDomAttribute("id"), "the follow-up has the focus");
            chrome.find("#pos-deliver-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("pos-deliver-error"), "Skriv vad som levererades."));
            assertEquals("true", chrome.find("#pos-deliver-followup").getDomAttribute("aria-invalid"));
            chrome.type("#pos-deliver-followup", "Tolv unga fick sommarjobb hos fem företag");
            chrome.find("#pos-deliver-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pos-followup"), "Utlovade: 0. Levererade: 1."));
            assertTrue(text(chrome, "#pos-followup").startsWith("Utlovade: 0. Levererade: 1. Avskrivna: 0. Andel levererade: 100"),
                    text(chrome, "#pos-followup"));
            List<String> delivered = rows(chrome, "#pos-commitments tbody tr").get(0);
            assertTrue(delivered.get(4).startsWith("Levererat den "), "delivered today: " + delivered);
            assertEquals(List.of("Tolv unga fick sommarjobb hos fem företag", ""), delivered.subList(5, 7), "its follow-up, and nothing left to mark");
            assertTrue(chrome.driver.findElements(By.id("pos-deliver-form")).isEmpty(), "the small form is gone");
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Markerat som levererat: ”" + commitment + "”. Levererade nu: 1 av 1."));
            JsonNode followUp = JSON.readTree(samverka.call("GET", VB + "/commitments", null)).path("followUp");
            assertEquals(1, followUp.path("delivered").asInt(), "delivered in the API: " + followUp);

            // Anna's co-action ability this year: (5 + 4 + 4 + 3 + 4) / 5 = 4, an index of (4 − 1) / 4 · 100 = 75.
            assertEquals("Inga svar än.", text(chrome, "#pos-ability"));
            assertEquals("Påståendena är Samverkas förslag.", text(chrome, "#pos-ability-statements .hint"));
            assertEquals(1, chrome.driver.findElements(By.xpath("//form[@id='pos-ability-form']//*[contains(text(), 'Samverkas förslag')]")).size(),
                    "Samverka's suggestion is said once");
            assertEquals("1. Jag vet vem jag ska kontakta i andra organisationer för att få saker gjorda.",
                    text(chrome, "label[for='pos-ability-item-CONTACTS']"));
            new Select(chrome.find("#pos-ability-person")).selectByValue(String.valueOf(anna));
            chrome.type("#pos-ability-period", "2026");
            Map.of("CONTACTS", "5", "SHARING", "4", "JOINT", "4", "MANDATE", "3", "FOLLOW_UP", "4")
                    .forEach((item, score) -> new Select(chrome.find("#pos-ability-item-" + item)).selectByValue(score));
            chrome.find("#pos-ability-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pos-ability-period-2026")));
            assertEquals(List.of("1", "75", "5", "4", "4", "3", "4"), cells(chrome, "#pos-ability-period-2026"),
                    "one person, the index, and the mean of each statement");
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Svaren är sparade för Anna Andersson, 2026. Indexet för 2026 är 75."));
            chrome.assertAccessible("co-action (sv)");

            // A message for the position.
            chrome.find("#nav a[href='#/positioning/communication']").click();
            chrome.awaitHeading("Kommunikation och påverkan");
            assertEquals("Inga budskap än.", text(chrome, "#pos-messages"));
            new Select(chrome.find("#pos-message-position")).selectByValue(String.valueOf(position));
            chrome.type("#pos-message-text", "Här finns plats att växa, med naturen runt knuten");
            chrome.type("#pos-message-audience", "Unga vuxna i Stockholm");
            chrome.type("#pos-message-channel", "Sociala medier");
            chrome.type("#pos-message-activity", "Kampanjen Flytta hem");
            day(chrome, "#pos-message-date", "2026-05-20");
            new Select(chrome.find("#pos-message-status")).selectByValue("ONGOING");
            chrome.find("#pos-message-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pos-messages tbody tr")));
            assertEquals(List.of(List.of("Livskvalitet nära naturen", "Här finns plats att växa, med naturen runt knuten", "Unga vuxna i Stockholm",
                    "Sociala medier", "Kampanjen Flytta hem", "20 maj 2026", "Pågår")), rows(chrome, "#pos-messages tbody tr"), "the message");
            assertEquals("", chrome.find("#pos-message-text").getDomProperty("value"), "the form is ready for the next message");

            // An issue of the advocacy agenda.
            String issue = "Norrbotniabanan hela vägen";
            assertEquals("Inga frågor på agendan än.", text(chrome, "#pos-advocacy"));
            chrome.type("#pos-advocacy-title", issue);
            new Select(chrome.find("#pos-advocacy-level")).selectByValue("NATIONAL");
            chrome.type("#pos-advocacy-makers", "Regeringen och Trafikverket");
            chrome.type("#pos-advocacy-channels", "Stockholmskontoret");
            chrome.type("#pos-advocacy-coalitions", "Norrbotniabanegruppen");
            chrome.find("#pos-advocacy-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#pos-advocacy tbody tr")));
            assertEquals(List.of(List.of(issue, "Nationell", "Regeringen och Trafikverket", "Stockholmskontoret", "Norrbotniabanegruppen", "Öppen", "—",
                    "Ändra status")), rows(chrome, "#pos-advocacy tbody tr"), "the issue, open");
            JsonNode created = JSON.readTree(samverka.call("GET", VB + "/advocacy", null)).get(0);
            String row = "#pos-issue-" + created.path("id").asLong();

            // Its status changed, while someone else changed it meanwhile: the agenda is read again and the page says so.
            chrome.find(row + " button").click();
            chrome.find("#pos-issue-form");
            assertEquals("pos-issue-status", chrome.driver.switchTo().activeElement().getDomAttribute("id"), "the status has the focus");
            samverka.call("PUT", VB + "/advocacy/" + created.path("id").asLong(), "{\"title\":\"" + issue + "\",\"decisionLevel\":\"NATIONAL\","
                    + "\"decisionMakers\":\"Regeringen och Trafikverket\",\"channels\":\"Stockholmskontoret\",\"coalitions\":\"Norrbotniabanegruppen\","
                    + "\"status\":\"IN_PROGRESS\",\"followUp\":\"Remissvar inskickat\"}", "If-Match", "\"" + created.path("version").asLong() + "\"");
            new Select(chrome.find("#pos-issue-status")).selectByValue("ACHIEVED");
            chrome.type("#pos-issue-followup", "Med i infrastrukturpropositionen");
            chrome.find("#pos-issue-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pos-issue-error"),
                    "Någon annan har ändrat frågan under tiden; status är nu: Pågår."));
            assertEquals(List.of("Pågår", "Remissvar inskickat"), cells(chrome, row).subList(4, 6), "the issue as it is now");
            assertEquals("ACHIEVED", new Select(chrome.find("#pos-issue-status")).getFirstSelectedOption().getDomAttribute("value"),
                    "what was chosen is kept");
            assertEquals("Med i infrastrukturpropositionen", chrome.find("#pos-issue-followup").getDomProperty("value"));
            chrome.find("#pos-issue-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.cssSelector(row + " td:nth-of-type(5)"), "Uppnådd"));
            assertEquals("Med i infrastrukturpropositionen", cells(chrome, row).get(5), "the follow-up");
            assertTrue(chrome.driver.findElements(By.id("pos-issue-form")).isEmpty(), "the small form is gone");
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Status för ”" + issue + "” är nu: Uppnådd."));
            chrome.assertAccessible("communication (sv)");
        }
    }

    /** A date field set to a day (yyyy-mm-dd): what is typed into one depends on the browser's language. */
    private static void day(Chrome chrome, String css, String iso) {
        chrome.driver.executeScript("arguments[0].value = arguments[1];", chrome.find(css), iso);
    }
}
