package org.samverka.webtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The walk-through as a new user would do it, in Chromium: the admin creates a Kiruna
 * editor in the web app, the editor maps three items in Kiruna and sees the assessment, a stale
 * edit shows the conflict, a CSV with a bad row names the line, and Norrbotten's region admin sees
 * Kiruna in the heatmap. axe-core on every page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleBrowserIT {

    private static final String PASSWORD = "kiruna-snow-2026";
    private static final ObjectMapper JSON = new ObjectMapper();
    private RunningSamverka samverka;

    @BeforeAll
    void start() throws Exception {
        Chrome.assumeInstalled();
        samverka = new RunningSamverka("LifecycleBrowserIT");
        samverka.deploy("lifecycle");
        samverka.call("PUT", "/api/v1/municipalities/kiruna/modules/lifecycle", null);
        samverka.createPerson("norrbotten-admin", "Nora Norrbotten", "region-admin", "region:norrbotten", PASSWORD);
    }

    @AfterAll
    void stop() throws Exception {
        if (samverka != null) {
            samverka.close();
        }
    }

    private Chrome signedIn(String lang, String username, String password, String home) {
        return Chrome.signedIn(samverka.base, lang, null, username, password, home);
    }

    @Test
    @Order(1)
    void theAdminCreatesAKirunaEditorInTheWebApp() throws Exception {
        try (Chrome chrome = signedIn("en", "admin", RunningSamverka.ADMIN_PASSWORD, "Your methods")) {
            chrome.find("#nav a[href='#/people']").click();
            chrome.awaitHeading("People");
            chrome.assertAccessible("people (en)");
            chrome.type("#p-username", "kiruna-editor");
            chrome.type("#p-name", "Kim Kiruna");
            new Select(chrome.find("#p-role")).selectByValue("editor");
            chrome.type("#p-scope", "municipality:kiruna");
            chrome.type("#p-password", PASSWORD);
            chrome.find("main form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), "kiruna-editor"));
            assertEquals("kiruna-editor can sign in now.", chrome.find("#status").getText());

            chrome.type("#p-username", "moves-to-lulea");
            chrome.type("#p-name", "Mo Lulea");
            chrome.type("#p-scope", "municipality:kiruna");
            chrome.type("#p-password", PASSWORD);
            chrome.find("main form:not(#r-form) button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), "moves-to-lulea"));
            chrome.find("button[aria-label='Change role or scope: moves-to-lulea']").click();
            chrome.type("#r-scope", "municipality:lulea");
            chrome.find("#r-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), "municipality:lulea"));
            chrome.assertAccessible("people after a change of scope (en)");
        }
    }

    @Test
    @Order(2)
    void theKirunaEditorMapsThreeItemsAndSeesTheAssessment() throws Exception {
        try (Chrome chrome = signedIn("sv", "kiruna-editor", PASSWORD, "Dina metoder")) {
            chrome.find("#nav a[href='#/lifecycle/items']").click();
            chrome.awaitHeading("Kapacitetsposter");
            chrome.find("main p");
            chrome.assertAccessible("items, empty (sv)");
            String[][] items = {{"Inflyttarlots", "WELCOME", "ROLE", "IN_PLACE"}, {"Bostadskö", "ATTRACT", "RESOURCE", "PARTIAL"},
                {"Språkcafé", "ROOT", "EFFORT", "PLANNED"}};
            for (String[] item : items) {
                chrome.type("#lc-new-title", item[0]);
                new Select(chrome.find("#lc-new-phase")).selectByValue(item[1]);
                new Select(chrome.find("#lc-new-kind")).selectByValue(item[2]);
                new Select(chrome.find("#lc-new-status")).selectByValue(item[3]);
                chrome.find("#lc-new-form button[type=submit]").click();
                chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), item[0]));
            }
            assertEquals(3, chrome.driver.findElements(By.cssSelector("main table tbody tr")).size());
            chrome.assertAccessible("items (sv)");
            chrome.screenshot("lifecycle-items-sv");

            chrome.find("#nav a[href='#/lifecycle/assessment']").click();
            chrome.awaitHeading("Bedömning");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), "Välkomna"));
            String text = chrome.find("main").getText();
            assertTrue(text.contains("Samlad beredskap"), text);
            assertTrue(text.contains("Vita fläckar"), text);
            chrome.assertAccessible("assessment (sv)");
            chrome.screenshot("lifecycle-assessment-sv");
            assertTrue(chrome.driver.findElements(By.cssSelector("#lc-municipality option[value=lulea]")).isEmpty(),
                    "Luleå is not offered to a Kiruna editor");
        }
    }

    @Test
    @Order(3)
    void aStaleEditShowsTheOtherVersionAndABadCsvRowIsNamedByLine() throws Exception {
        try (Chrome chrome = signedIn("en", "kiruna-editor", PASSWORD, "Your methods")) {
            chrome.find("#nav a[href='#/lifecycle/items']").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), "Inflyttarlots"));
            chrome.find("button[aria-label='Edit: Inflyttarlots']").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h2"), "Edit item: Inflyttarlots"));

            JsonNode items = JSON.readTree(samverka.call("GET", "/api/v1/municipalities/kiruna/lifecycle/items?phase=WELCOME", null));
            String id = items.path("items").get(0).path("id").asText();
            samverka.call("PUT", "/api/v1/municipalities/kiruna/lifecycle/items/" + id, "{\"phase\":\"WELCOME\",\"kind\":\"ROLE\","
                    + "\"title\":\"Inflyttarlots och mentor\",\"status\":\"PARTIAL\"}", "If-Match", "*");

            new Select(chrome.find("#lc-edit-status")).selectByValue("MISSING");
            chrome.find("#lc-edit-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lc-edit-form .error"),
                    "Someone else changed this item meanwhile"));
            assertEquals("Inflyttarlots och mentor", chrome.find("#lc-edit-title").getDomProperty("value"), "their version is shown");
            assertTrue(chrome.find("#lc-edit-form .error").getText().contains("Missing"), "what this person tried is shown");
            chrome.assertAccessible("items with a conflict (en)");
            WebElement before = chrome.find("#lc-file");
            chrome.find("#lc-edit-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Saved."));
            chrome.wait.until(ExpectedConditions.stalenessOf(before)); // the list is drawn anew after saving

            Path csv = Files.createTempFile("kiruna", ".csv");
            Files.writeString(csv, "phase,kind,title,status\nWELCOME,ROLE,Mottagningsenhet,IN_PLACE\nWELCOME,ROLE,Bad row,SOMETIMES\n",
                    StandardCharsets.UTF_8);
            chrome.find("#lc-file").sendKeys(csv.toString());
            chrome.find("#lc-file").findElement(By.xpath("./ancestor::form//button[@type='submit']")).click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section ul.error"), "line 3"));
            assertTrue(chrome.find("section").getText().contains("Nothing was imported"));
            chrome.assertAccessible("items after a refused import (en)");
        }
    }

    @Test
    @Order(4)
    void theEditorPlansAnActionAndReadsTheRegionsPersonaInTheirLanguage() throws Exception {
        try (Chrome chrome = signedIn("nb", "kiruna-editor", PASSWORD, "Dine metoder")) {
            chrome.find("#nav a[href='#/lifecycle/actions']").click();
            chrome.awaitHeading("Tiltak");
            chrome.type("#lca-title", "Starte mentorprogram");
            new Select(chrome.find("#lca-phase")).selectByValue("ROOT");
            chrome.type("#lca-responsible", "Næringslivskontoret");
            chrome.find("#lca-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), "Starte mentorprogram"));
            chrome.clearStatus(); // adding the action said "Lagret." already
            WebElement statusChoice = chrome.find("select[aria-label='Status: Starte mentorprogram']");
            new Select(statusChoice).selectByValue("IN_PROGRESS");
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Lagret."));
            chrome.wait.until(ExpectedConditions.stalenessOf(statusChoice)); // the list is drawn anew after saving
            assertTrue(samverka.call("GET", "/api/v1/municipalities/kiruna/lifecycle/actions", null).contains("IN_PROGRESS"));
            chrome.assertAccessible("actions (nb)");

            chrome.find("#nav a[href='#/lifecycle/personas']").click();
            chrome.awaitHeading("Personas");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Den globale innflytteren"));
            assertEquals("nb", chrome.find("main section").getDomAttribute("lang"));
            chrome.assertAccessible("personas (nb)");
        }
    }

    @Test
    @Order(5)
    void norrbottensRegionAdminSeesKirunaInTheHeatmapAndTheProgress() throws Exception {
        try (Chrome chrome = signedIn("en", "norrbotten-admin", PASSWORD, "Your methods")) {
            chrome.find("#nav a[href='#/lifecycle/matrix']").click();
            chrome.awaitHeading("Region heatmap");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), "Kiruna"));
            assertTrue(chrome.find("img.heatmap").getDomAttribute("alt").contains("table below"));
            chrome.wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("const i = document.querySelector('img.heatmap'); return i.complete && i.naturalWidth > 0;")));
            chrome.assertAccessible("heatmap (en)");
            chrome.screenshot("lifecycle-heatmap-en");

            chrome.find("#nav a[href='#/lifecycle/catalogue']").click();
            chrome.awaitHeading("Capacity catalogue");
            chrome.type("#lcc-title", "In-mover service");
            new Select(chrome.find("#lcc-phase")).selectByValue("WELCOME");
            chrome.find("#lcc-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), "In-mover service"));
            chrome.assertAccessible("catalogue (en)");

            chrome.find("#nav a[href='#/lifecycle/assessment']").click();
            chrome.awaitHeading("Assessment");
            new Select(chrome.find("#lc-municipality")).selectByValue("kiruna");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "What each phase rests on"));
            chrome.driver.findElement(By.xpath("//main//details/summary[text()='Welcome']")).click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElement(
                    chrome.driver.findElement(By.xpath("//main//details[summary[text()='Welcome']]")), "Expected: In-mover service"));
            chrome.assertAccessible("assessment with the catalogue behind it (en)");

            // Picked one municipality, then another before the first answered: the late answer for
            // the first (which does not use the method) must not replace the second's assessment.
            chrome.driver.executeScript("const real = window.fetch;"
                    + "window.fetch = (url, ...rest) => !String(url).includes('/municipalities/arjeplog/') ? real(url, ...rest)"
                    + " : (window.lateAnswer = new Promise(r => setTimeout(r, 1500)).then(() => real(url, ...rest)));");
            new Select(chrome.find("#lc-municipality")).selectByValue("arjeplog");
            new Select(chrome.find("#lc-municipality")).selectByValue("kiruna");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "What each phase rests on"));
            // Once Arjeplog's answer has come, and the page has had a moment to draw it:
            chrome.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " window.lateAnswer.finally(() => setTimeout(done, 300));");
            String shown = chrome.find("main").getText();
            assertTrue(shown.contains("What each phase rests on") && !shown.contains("does not use"), shown);

            chrome.find("#nav a[href='#/lifecycle/progress']").click();
            chrome.awaitHeading("Target and progress");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "25,000–30,000 new residents"));
            assertEquals("img", chrome.find("main svg").getDomAttribute("role"));
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), "Kiruna"));
            chrome.assertAccessible("progress (en)");
        }
    }


    @Test
    @Order(6)
    void theRegionAdminSetsTheTargetAndImportsTheStatisticsOfficesFile() throws Exception {
        try (Chrome chrome = signedIn("sv", "norrbotten-admin", PASSWORD, "Dina metoder")) {
            chrome.find("#nav a[href='#/lifecycle/progress']").click();
            chrome.awaitHeading("Mål och utveckling");
            chrome.wait.until(ExpectedConditions.attributeToBe(By.id("lct-low"), "value", "25000"));
            assertEquals("NET_CHANGE", new Select(chrome.find("#lct-measure")).getFirstSelectedOption().getDomAttribute("value"));

            // Someone else changes the target while the form is open: their version comes into the form.
            changedMeanwhile(chrome, "/api/v1/regions/norrbotten/lifecycle/target", "{\"low\":26000,\"high\":30000,"
                    + "\"baseYear\":2024,\"targetYear\":2030,\"measure\":\"NET_CHANGE\",\"source\":\"Regionplan\"}",
                    "#lct-form", "#lct-high", "31000", "Någon annan ändrade målet under tiden");
            assertEquals("26000", chrome.find("#lct-low").getDomProperty("value"), "their version is shown");
            assertEquals("Regionplan", chrome.find("#lct-source").getDomProperty("value"));
            assertTrue(chrome.find("#lct-form .error").getText().contains("31000"), "what this person tried is named");
            chrome.assertAccessible("progress with a conflict on the target (sv)");

            // An upper target below the lower one is refused, naming the field; nothing changes.
            chrome.type("#lct-high", "20000");
            chrome.find("#lct-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lct-form ul.error"),
                    "high: must be at least low"));
            assertTrue(samverka.call("GET", "/api/v1/regions/norrbotten/lifecycle/target", null).contains("\"high\":30000"));

            chrome.type("#lct-high", "31000");
            chrome.find("#lct-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Sparat."));
            // Swedish groups digits with a (no-break) space.
            chrome.wait.until(d -> chrome.find("main").getText().replaceAll("[\\s\u00a0\u202f]", "").contains("26000–31000"));

            // The statistics office's file: a line that is wrong is named and nothing is written ...
            String header = "\"Befolkningsförändringar efter region, förändringar och år\"\n\n\"region\";\"förändringar\";\"2024\";\"2025\"\n";
            String[] kiruna = {"\"2584 Kiruna\";\"levande födda\";\"200\";\"210\"", "\"2584 Kiruna\";\"döda\";\"190\";\"180\"",
                "\"2584 Kiruna\";\"inflyttningar från kommuner inom länet\";\"300\";\"320\"",
                "\"2584 Kiruna\";\"inflyttningar från övriga län\";\"400\";\"410\"", "\"2584 Kiruna\";\"invandringar\";\"150\";\"160\"",
                "\"2584 Kiruna\";\"utflyttningar till kommuner inom länet\";\"350\";\"340\"",
                "\"2584 Kiruna\";\"utflyttningar till övriga län\";\"380\";\"370\"", "\"2584 Kiruna\";\"utvandringar\";\"100\";\"90\"",
                "\"2584 Kiruna\";\"folkökning\";\"30\";\"120\""};
            Path bad = Files.createTempFile("scb-bad", ".csv");
            Files.writeString(bad, header + String.join("\n", kiruna).replace("\"190\"", "\"många\"") + "\n", StandardCharsets.UTF_8);
            chrome.find("#lcp-file").sendKeys(bad.toString());
            chrome.find("#lcp-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lcp-form ul.error"), "line 5"));
            assertTrue(chrome.find("#lcp-form").getText().contains("Ingenting importerades"), chrome.find("#lcp-form").getText());
            assertFalse(samverka.call("GET", "/api/v1/regions/norrbotten/lifecycle/population?year=2024", null).contains("kiruna"),
                    "nothing written");
            chrome.assertAccessible("progress after a refused statistics file (sv)");

            // ... and the corrected file is taken: Kiruna's years count toward the target.
            Path good = Files.createTempFile("scb", ".csv");
            Files.write(good, (header + String.join("\n", kiruna) + "\n").getBytes(StandardCharsets.ISO_8859_1));
            chrome.type("#lcp-source", "SCB 2026-03");
            chrome.find("#lcp-file").sendKeys(good.toString());
            chrome.find("#lcp-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lcp-form .lcp-result"),
                    "Importerat: 2 nya"));
            assertTrue(chrome.find("#lcp-form").getText().contains("folkökning"), "the derived variable is named as not used");
            int net2024 = 200 - 190 + 300 + 400 + 150 - 350 - 380 - 100;
            int net2025 = 210 - 180 + 320 + 410 + 160 - 340 - 370 - 90;
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.xpath("//main//table//tr[th[text()='Kiruna']]/td[1]"), String.valueOf(net2024 + net2025)));
            assertTrue(samverka.call("GET", "/api/v1/regions/norrbotten/lifecycle/population?year=2024", null).contains("SCB 2026-03"));
            chrome.assertAccessible("progress after an imported statistics file (sv)");
        }
    }

    @Test
    @Order(7)
    void theRegionAdminCorrectsOneYearByHandAndAddsALateOne() throws Exception {
        String kiruna2024 = "/api/v1/regions/norrbotten/lifecycle/population/kiruna/2024";
        String kirunaCounted = "//main//table//tr[th[text()='Kiruna']]/td[1]";
        try (Chrome chrome = signedIn("sv", "norrbotten-admin", PASSWORD, "Dina metoder")) {
            chrome.find("#nav a[href='#/lifecycle/progress']").click();
            chrome.awaitHeading("Mål och utveckling");

            // Kiruna's 2024, as the file gave it, corrected by hand: ten more born.
            new Select(chrome.find("#lcy-municipality")).selectByValue("kiruna");
            chrome.type("#lcy-year", "2024");
            chrome.find("#lcy-open button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.attributeToBe(By.id("lcy-born"), "value", "200"));
            assertTrue(chrome.find("#lcy-form").getText().contains("Flyttningsnetto: 20; folkökning, netto: 30."),
                    chrome.find("#lcy-form").getText());
            assertEquals("SCB 2026-03", chrome.find("#lcy-source").getDomProperty("value"));
            chrome.assertAccessible("one year's figures (sv)");
            chrome.type("#lcy-born", "210");
            chrome.find("#lcy-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Sparat."));
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(kirunaCounted), "160"));
            assertEquals("210", chrome.find("#lcy-born").getDomProperty("value"), "the year stays open after saving");
            String saved = samverka.call("GET", kiruna2024, null);
            assertTrue(saved.contains("\"born\":210") && saved.contains("\"source\":\"SCB 2026-03\""), saved);

            // Someone else corrects the same year meanwhile: their figures come into the form.
            samverka.call("PUT", kiruna2024, "{\"born\":215,\"died\":190,\"inFromCounty\":300,\"inFromCountry\":400,"
                    + "\"inFromAbroad\":150,\"outToCounty\":350,\"outToCountry\":380,\"outToAbroad\":100,\"source\":\"SCB, rättad\"}",
                    "If-Match", "*");
            chrome.type("#lcy-died", "185");
            chrome.find("#lcy-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lcy-form .error"),
                    "Någon annan ändrade året under tiden"));
            assertEquals("215", chrome.find("#lcy-born").getDomProperty("value"), "their figures are shown");
            assertTrue(chrome.find("#lcy-form .error").getText().contains("Döda: 185"),
                    "what this person changed is named: " + chrome.find("#lcy-form .error").getText());
            chrome.assertAccessible("one year with a conflict (sv)");
            chrome.screenshot("lifecycle-one-year-sv");

            // A negative count is refused, naming the field; nothing changes.
            chrome.type("#lcy-died", "-5");
            chrome.find("#lcy-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lcy-form ul.error"), "died"));
            assertTrue(samverka.call("GET", kiruna2024, null).contains("\"died\":190"));

            // A year not reported yet, added by hand, with moves within the country as one figure.
            chrome.type("#lcy-year", "2026");
            chrome.find("#lcy-open button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lcy-form"), "Kiruna har inga siffror för 2026 än"));
            for (String[] figure : new String[][] {{"born", "100"}, {"died", "90"}, {"inFromCountry", "50"}, {"inFromAbroad", "10"},
                {"outToCountry", "40"}, {"outToAbroad", "5"}}) {
                chrome.type("#lcy-" + figure[0], figure[1]);
            }
            chrome.type("#lcy-source", "Kommunens egen räkning");
            chrome.clearStatus();
            chrome.find("#lcy-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Sparat."));
            // 2024 as the other person left it (45), 2025 from the file (120), 2026 by hand (25).
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.xpath(kirunaCounted), "190"));
            String late = samverka.call("GET", "/api/v1/regions/norrbotten/lifecycle/population/kiruna/2026", null);
            JsonNode lateYear = JSON.readTree(late);
            assertEquals(25, lateYear.path("netChange").asInt(), late);
            assertTrue(lateYear.path("inFromCounty").isNull() || lateYear.path("inFromCounty").isMissingNode(), "no county split: " + late);
            chrome.assertAccessible("a late year added (sv)");
        }
    }

    @Test
    @Order(8)
    void theRegionAdminWritesTranslatesAndRemovesPersonas() throws Exception {
        try (Chrome chrome = signedIn("nb", "norrbotten-admin", PASSWORD, "Dine metoder")) {
            chrome.find("#nav a[href='#/lifecycle/personas']").click();
            chrome.awaitHeading("Personas");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Den globale innflytteren"));

            // A new persona, written in Bokmål.
            chrome.type("#lcpe-language", "nb");
            chrome.type("#lcpe-name", "Den hjemvendte");
            chrome.type("#lcpe-subtitle", "flytter hjem etter studiene");
            chrome.type("#lcpe-drivers", "Familien i nærheten\n\nNaturen rett utenfor døren\n");
            chrome.assertAccessible("personas with the form for a new one (nb)");
            chrome.find("#lcp-persona-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Lagret."));
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Naturen rett utenfor døren"));
            JsonNode created = JSON.readTree(samverka.call("GET", "/api/v1/regions/norrbotten/lifecycle/personas", null));
            JsonNode hjemvendte = null;
            for (JsonNode p : created) {
                if (p.path("name").asText().equals("Den hjemvendte")) {
                    hjemvendte = p;
                }
            }
            assertNotNull(hjemvendte, "the new persona is listed: " + created);
            assertEquals("nb", hjemvendte.path("language").asText());
            assertEquals(2, hjemvendte.path("drivers").size(), "one driver per line, blank lines left out");

            // The region's own persona is written in Swedish: a Bokmål reader edits its Bokmål translation,
            // and the other translations stay as they were.
            chrome.find("button[aria-label='Endre: Den globale innflytteren']").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lcp-persona-heading"), "Den globala inflyttaren"));
            assertEquals("Den globala inflyttaren", chrome.find("#lcpe-name").getDomProperty("value"));
            assertEquals("Den globale innflytteren", chrome.find("#lcpt-name").getDomProperty("value"));
            chrome.type("#lcpt-subtitle", "den ansvarlige, nysgjerrige livsstilsmigranten fra hele verden");
            chrome.assertAccessible("personas, editing a translation (nb)");
            chrome.find("#lcp-persona-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "fra hele verden"));
            String global = samverka.call("GET", "/api/v1/regions/norrbotten/lifecycle/personas", null);
            assertTrue(global.contains("\"name\":\"The global in-mover\""), "the English translation is kept: " + global);
            assertTrue(global.contains("\"name\":\"Den globala inflyttaren\""), global);

            // Someone else renames the new persona while it is open here: their version comes into the form.
            long id = hjemvendte.path("id").asLong();
            chrome.find("button[aria-label='Endre: Den hjemvendte']").click();
            chrome.wait.until(ExpectedConditions.attributeToBe(By.id("lcpe-name"), "value", "Den hjemvendte"));
            changedMeanwhile(chrome, "/api/v1/regions/norrbotten/lifecycle/personas/" + id, "{\"language\":\"nb\","
                    + "\"name\":\"Den hjemvendte familien\",\"drivers\":[\"Familien i nærheten\"]}",
                    "#lcp-persona-form", "#lcpe-subtitle", "tilbake med barn", "Noen andre endret personaen i mellomtiden");
            assertEquals("Den hjemvendte familien", chrome.find("#lcpe-name").getDomProperty("value"), "their version is shown");
            assertTrue(chrome.find("#lcp-persona-form .error").getText().contains("Undertittel: “tilbake med barn”"),
                    "what this person changed is named: " + chrome.find("#lcp-persona-form .error").getText());
            chrome.assertAccessible("personas with a conflict (nb)");

            // A persona without a name is refused by field; nothing changes.
            chrome.type("#lcpe-name", " ");
            chrome.find("#lcp-persona-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#lcp-persona-form ul.error"), "name"));
            assertTrue(samverka.call("GET", "/api/v1/regions/norrbotten/lifecycle/personas/" + id, null)
                    .contains("Den hjemvendte familien"));

            chrome.find("button[aria-label='Slett: Den hjemvendte familien']").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Slettet."));
            chrome.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button[aria-label='Slett: Den hjemvendte familien']")));
            assertFalse(samverka.call("GET", "/api/v1/regions/norrbotten/lifecycle/personas", null).contains("hjemvendte"));
        }
    }

    /**
     * Someone else writes the record (If-Match: *) while this person has it open in the form; this
     * person's change then meets the new version, and the form says so.
     */
    private void changedMeanwhile(Chrome chrome, String path, String theirs, String form, String field, String value,
            String message) throws Exception {
        samverka.call("PUT", path, theirs, "If-Match", "*");
        chrome.type(field, value);
        chrome.find(form + " button[type=submit]").click();
        chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(form + " .error"), message));
    }

    @Test
    @Order(9)
    void everyPageOfTheMenuPassesAxeInSwedishAndBokmal() throws Exception {
        for (String lang : java.util.List.of("sv", "nb")) {
            try (Chrome chrome = signedIn(lang, "admin", RunningSamverka.ADMIN_PASSWORD, lang.equals("sv") ? "Dina metoder" : "Dine metoder")) {
                java.util.Map<String, String> pages = new java.util.LinkedHashMap<>();
                chrome.driver.findElements(By.cssSelector("#nav a")).forEach(a -> pages.put(a.getDomAttribute("href"), a.getText()));
                assertTrue(pages.size() >= 12, "the menu: " + pages);
                for (var page : pages.entrySet()) {
                    chrome.find("#nav a[href='" + page.getKey() + "']").click();
                    chrome.awaitHeading(page.getValue());
                    chrome.wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("main > *"), 1));
                    assertEquals(lang, chrome.driver.findElement(By.tagName("html")).getDomAttribute("lang"));
                    chrome.assertAccessible(page.getValue() + " (" + lang + ")");
                }
            }
        }
    }
}
