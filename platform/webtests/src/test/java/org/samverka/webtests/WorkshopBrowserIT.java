package org.samverka.webtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The workshop pages in Chromium: the method library, and a consultant who creates a Design Sprint
 * for Haparanda from the template and moves a block from day two to day three with the keyboard,
 * seeing both days' schedules change. axe-core on each page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkshopBrowserIT {

    private static final String PASSWORD = "haparanda-sprint-2027";
    private RunningSamverka samverka;

    @BeforeAll
    void start() throws Exception {
        Chrome.assumeInstalled();
        samverka = new RunningSamverka("WorkshopBrowserIT");
        samverka.deploy("workshop");
        samverka.call("PUT", "/api/v1/municipalities/haparanda/modules/workshop", null);
        samverka.createPerson("consultant", "Kim Konsult", "editor", "municipality:haparanda", PASSWORD);
    }

    @AfterAll
    void stop() throws Exception {
        if (samverka != null) {
            samverka.close();
        }
    }

    @Test
    void aConsultantPlansADesignSprintAndMovesABlockToTheNextDay() throws Exception {
        samverka.call("POST", "/api/v1/regions/norrbotten/workshop/methods", "{\"id\":\"kitchen-table\",\"stage\":\"DISCOVER\","
                + "\"minMinutes\":20,\"maxMinutes\":45,\"minPeople\":3,\"maxPeople\":12,\"name\":{\"en\":\"Kitchen-table talk\","
                + "\"sv\":\"Köksbordssamtal\",\"nb\":\"Kjøkkenbordsprat\"},\"purpose\":{\"en\":\"Hear newcomers\",\"sv\":\"Höra "
                + "nyinflyttade\",\"nb\":\"Høre nyinnflyttede\"}}");
        try (Chrome chrome = Chrome.signedIn(samverka.base, "sv", null, "consultant", PASSWORD, "Dina metoder")) {

            chrome.find("#nav a[href='#/workshop/library']").click();
            chrome.awaitHeading("Metodbibliotek");
            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//summary[text()='Heta stolen (Haparanda)']"))).click();
            assertTrue(chrome.find("main").getText().contains("Formatet ska bekräftas"));
            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//summary[text()='Köksbordssamtal']"))).click();
            assertTrue(chrome.find("main").getText().contains("Regionens egen metod (norrbotten)"), "the region's own methods are there too");
            chrome.assertAccessible("method library (sv)");

            chrome.find("#nav a[href='#/workshop/workshops']").click();
            chrome.awaitHeading("Workshoppar");
            chrome.type("#ws-title", "Sprint: välkomna, nya invånare");
            new Select(chrome.find("#ws-template")).selectByValue("design-sprint");
            chrome.driver.executeScript("document.getElementById('ws-start').value = '2027-03-22'");
            chrome.assertAccessible("workshops (sv)");
            chrome.find("#ws-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h2"), "Sprint: välkomna"));
            assertEquals(5, chrome.driver.findElements(By.cssSelector("main table")).size());
            String day3Before = chrome.driver.findElements(By.cssSelector("main table caption")).get(2).getText();

            // Day 2's sketch (the block before the check-out) moves to day 3, from the keyboard.
            chrome.find("#ws-d1b4-next").sendKeys(org.openqa.selenium.Keys.ENTER);
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Sparat."));
            String day3After = chrome.driver.findElements(By.cssSelector("main table caption")).get(2).getText();
            assertNotEquals(day3Before, day3After, "day 3 ends later");
            assertEquals("Skissa", chrome.driver.findElements(By.cssSelector("main table")).get(2)
                    .findElements(By.cssSelector("tbody th")).get(0).getText());
            assertTrue(chrome.find("a[href*='agenda.ics?lang=sv']").getDomAttribute("href").contains("/workshop/workshops/"));
            chrome.assertAccessible("agenda (sv)");
            chrome.screenshot("workshop-agenda-sv");
        }
    }

    @Test
    void theTestDayGridTheVotesThePrintedAgendaAndTheRunningWorkshop() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        String base = "/api/v1/municipalities/haparanda/workshop/workshops";
        String id = json.readTree(samverka.call("POST", base, "{\"title\":\"Testdag: välkomstsidan\",\"template\":\"hot-seat-day\","
                + "\"startDate\":\"2027-04-12\",\"location\":\"Stadshuset\"}")).path("id").asText();
        String prototype = json.readTree(samverka.call("POST", base + "/" + id + "/prototypes", "{\"what\":\"Välkomstsida\","
                + "\"hypothesis\":\"Inflyttare hittar en kontakt första veckan\",\"questions\":[\"Skulle du använda den?\"],"
                + "\"steps\":[\"Hittar sidan\",\"Läser erbjudandet\",\"Bokar ett möte\"]}")).path("id").asText();
        String[] reactions = {"POSITIVE,POSITIVE,NEGATIVE", "POSITIVE,NEUTRAL,NEGATIVE", "POSITIVE,POSITIVE,NEGATIVE",
            "NEUTRAL,POSITIVE,POSITIVE", "POSITIVE,POSITIVE,NEUTRAL"};
        for (int i = 0; i < reactions.length; i++) {
            samverka.call("POST", base + "/" + id + "/prototypes/" + prototype + "/sessions", "{\"testerCode\":\"T" + (i + 1)
                    + "\",\"consent\":true,\"answers\":[\"YES\"],\"reactions\":[\"" + reactions[i].replace(",", "\",\"") + "\"]}");
        }
        samverka.call("POST", base + "/" + id + "/outputs", "{\"kind\":\"IDEA\",\"text\":\"Fikabord\"}");
        samverka.call("POST", base + "/" + id + "/outputs", "{\"kind\":\"IDEA\",\"text\":\"Fadder per familj\"}");

        try (Chrome chrome = Chrome.signedIn(samverka.base, "sv", null, "consultant", PASSWORD, "Dina metoder")) {
            chrome.find("#nav a[href='#/workshop/workshops']").click();
            chrome.awaitHeading("Workshoppar");
            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//button[text()='Öppna: Testdag: välkomstsidan']"))).click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h2"), "Testdag"));

            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.id("ws-tests"))).click();
            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//button[text()='Öppna: Välkomstsida']"))).click();
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ws-grid-steps")));
            assertEquals(1 + 5 + 3, chrome.driver.findElements(By.cssSelector("#ws-grid-steps thead th")).size(),
                    "the step, five testers, three counts");
            assertTrue(chrome.find("#ws-patterns").getText().contains("3 av 5 reagerade negativt vid steg 3 (Bokar ett möte)"),
                    chrome.find("#ws-patterns").getText());
            assertTrue(chrome.find("#ws-summary").getText().contains("testerna tyder på: bekräftad"), chrome.find("#ws-summary").getText());
            chrome.assertAccessible("test grid (sv)");
            chrome.find("#ws-consent").click();
            new Select(chrome.find("#ws-steps-2")).selectByValue("NEGATIVE");
            chrome.find("#ws-session-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Sparat."));
            assertEquals(1 + 6 + 3, chrome.driver.findElements(By.cssSelector("#ws-grid-steps thead th")).size());
            assertTrue(chrome.find("#ws-patterns").getText().contains("4 av 6 reagerade negativt vid steg 3"));
            chrome.screenshot("workshop-test-grid-sv");

            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//button[text()='Tillbaka till agendan']"))).click();
            chrome.find("#ws-outputs").click();
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ws-ideas")));
            assertTrue(chrome.find("#ws-ideas li").getText().startsWith("Fikabord"));
            chrome.driver.findElement(By.cssSelector("#ws-ideas li:nth-child(2) button")).click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#ws-ideas li"), "Fadder per familj — prickar: 1"));
            chrome.assertAccessible("outputs and votes (sv)");

            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//button[text()='Tillbaka till agendan']"))).click();
            chrome.find("#ws-print").click();
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".ws-print-day")));
            assertEquals(1, chrome.driver.findElements(By.cssSelector(".ws-print-day table")).size());
            assertNotEquals("none", chrome.driver.executeScript("return getComputedStyle(document.querySelector('#ws-print-now')).display"),
                    "the print button shows on screen (and not on paper)");
            chrome.assertAccessible("printable agenda (sv)");

            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//button[text()='Tillbaka till agendan']"))).click();
            chrome.find("#ws-run").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ws-run-block"), "Inte påbörjad"));
            chrome.find("#ws-run-next").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ws-run-left"), "min kvar av passet"));
            assertTrue(chrome.find("#ws-run-block").getText().startsWith("Incheckning"), chrome.find("#ws-run-block").getText());
            assertTrue(chrome.find("#ws-run-offset").getText().matches("\\d+ min (efter|före) schemat|Enligt schemat"),
                    chrome.find("#ws-run-offset").getText());
            chrome.assertAccessible("running workshop (sv)");
        }
    }
    @Test
    void aMunicipalitySetsHowLongNamesAreKeptAndErasesOnePersonsData() throws Exception {
        String base = "/api/v1/municipalities/haparanda/workshop";
        samverka.call("POST", base + "/workshops", "{\"title\":\"Samråd: fritid\",\"template\":\"hot-seat-day\","
                + "\"startDate\":\"" + LocalDate.now().plusDays(30) + "\",\"facilitator\":\"Aino Niemi\",\"participants\":[{\"name\":\"Aino Niemi\","
                + "\"organisation\":\"Haparanda kommun\",\"sector\":\"PUBLIC\",\"consent\":true},{\"name\":\"Pekka Rova\","
                + "\"sector\":\"RESIDENT\",\"consent\":true}]}");
        try (Chrome chrome = Chrome.signedIn(samverka.base, "sv", null, "consultant", PASSWORD, "Dina metoder")) {
            chrome.find("#nav a[href='#/workshop/participant-data']").click();
            chrome.awaitHeading("Deltagardata");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Namn sparas tills någon raderar dem."));
            chrome.assertAccessible("participants' data (sv)");

            // Someone else sets a period while the page is open: theirs is shown, and what was tried is named.
            samverka.call("PUT", base + "/settings", "{\"retentionDays\":365}", "If-Match", "\"0\"");
            chrome.type("#wsd-days", "90");
            chrome.find("#wsd-retention-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#wsd-retention-form .error"),
                    "Någon annan ändrade lagringstiden"));
            assertEquals("365", chrome.find("#wsd-days").getDomProperty("value"));
            chrome.type("#wsd-days", "5000");
            chrome.find("#wsd-retention-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#wsd-retention-form ul.error"), "retentionDays"));
            chrome.type("#wsd-days", "90");
            chrome.find("#wsd-retention-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "Namn tas bort 90 dagar"));
            assertTrue(samverka.call("GET", base + "/settings", null).contains("\"retentionDays\":90"));

            // One person's data, found in any case of writing, shown and downloadable ...
            chrome.type("#wsd-name", "aino niemi");
            chrome.find("#wsd-person-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wsd-found"), "Samråd: fritid"));
            String row = chrome.find("#wsd-found tbody tr").getText();
            assertTrue(row.contains("Haparanda kommun") && row.contains("offentlig sektor") && row.contains("facilitator")
                    && row.contains("deltagare"), row);
            assertTrue(chrome.find("#wsd-result a[download]").getDomAttribute("href").startsWith("blob:"));
            chrome.assertAccessible("one person's data (sv)");

            // ... and erased only after a second, explicit yes.
            chrome.find("#wsd-erase").click();
            chrome.assertAccessible("erasure to confirm (sv)");
            assertTrue(samverka.call("POST", base + "/people/search", "{\"name\":\"Aino Niemi\"}").contains("Samråd"), "nothing erased yet");
            chrome.find("#wsd-erase-confirm").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"),
                    "Raderat: 1 deltagarplats(er), 1 roll(er) borttagna, i 1 workshop(par)."));
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wsd-result"), "Ingen workshop i kommunen nämner"));
            assertFalse(samverka.call("POST", base + "/people/search", "{\"name\":\"Aino Niemi\"}").contains("Samråd"));
            assertTrue(samverka.call("POST", base + "/people/search", "{\"name\":\"Pekka Rova\"}").contains("Samråd"),
                    "the others are kept");
        }
    }

    @Test
    void aRegionEditorKeepsTheRegionsOwnMethodsAndMovesTheLibraryAsAFile() throws Exception {
        samverka.createPerson("region-editor", "Rut Region", "editor", "region:norrbotten", PASSWORD);
        String methods = "/api/v1/regions/norrbotten/workshop/methods";
        try (Chrome chrome = Chrome.signedIn(samverka.base, "nb", null, "region-editor", PASSWORD, "Dine metoder")) {
            chrome.find("#nav a[href='#/workshop/library']").click();
            chrome.awaitHeading("Metodebibliotek");
            chrome.find("#wsm-form");
            chrome.assertAccessible("method library with the region's own (nb)");

            // A method without its Swedish name is refused by field, and nothing is kept ...
            chrome.type("#wsm-id", "fika-walk");
            chrome.type("#wsm-min-minutes", "20");
            chrome.type("#wsm-max-minutes", "40");
            chrome.type("#wsm-min-people", "2");
            chrome.type("#wsm-max-people", "10");
            chrome.type("#wsm-en-name", "Coffee walk");
            chrome.type("#wsm-en-purpose", "Talk while walking");
            chrome.type("#wsm-nb-name", "Fikatur");
            chrome.type("#wsm-nb-purpose", "Snakke mens man går");
            chrome.type("#wsm-sv-purpose", "Prata medan man går");
            chrome.type("#wsm-nb-steps", "Gå en runde\n\nSnakk om hva som overrasket\n");
            chrome.find("#wsm-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#wsm-form ul.error"), "name"));
            chrome.assertAccessible("a method refused (nb)");

            // ... and with it, the method is the region's.
            chrome.type("#wsm-sv-name", "Fikapromenad");
            chrome.find("#wsm-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Lagret."));
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//main//summary[text()='Fikatur']")));
            String kept = samverka.call("GET", methods + "/fika-walk", null);
            assertTrue(kept.contains("\"nb\":[\"Gå en runde\",\"Snakk om hva som overrasket\"]"), kept);

            // Someone else changes it while it is open here: their version comes into the form.
            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//summary[text()='Fikatur']"))).click();
            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[aria-label='Endre: Fikatur']"))).click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("wsm-heading"), "Fikatur"));
            samverka.call("PUT", methods + "/fika-walk", "{\"id\":\"fika-walk\",\"stage\":\"DISCOVER\",\"minMinutes\":20,"
                    + "\"maxMinutes\":40,\"minPeople\":2,\"maxPeople\":10,\"name\":{\"en\":\"Coffee walk\",\"sv\":\"Fikapromenad\","
                    + "\"nb\":\"Fikatur i sentrum\"},\"purpose\":{\"en\":\"Talk while walking\",\"sv\":\"Prata medan man går\","
                    + "\"nb\":\"Snakke mens man går\"}}", "If-Match", "*");
            chrome.type("#wsm-max-minutes", "60");
            chrome.find("#wsm-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#wsm-form .error"),
                    "Noen andre endret metoden i mellomtiden"));
            assertEquals("Fikatur i sentrum", chrome.find("#wsm-nb-name").getDomProperty("value"), "their version is shown");
            assertEquals("40", chrome.find("#wsm-max-minutes").getDomProperty("value"));
            chrome.assertAccessible("a method changed meanwhile (nb)");

            // The library as a file: the link works with the session, and a file is imported (a bad one is not).
            String href = chrome.find("#wsl-download").getDomAttribute("href");
            Object exported = chrome.driver.executeAsyncScript(
                    "fetch(arguments[0]).then(r => r.text()).then(arguments[arguments.length - 1])", href);
            assertTrue(String.valueOf(exported).contains("samverka-workshop-library/1") && String.valueOf(exported).contains("fika-walk"),
                    String.valueOf(exported));
            Path notJson = Files.createTempFile("library", ".json");
            Files.writeString(notJson, "methods: fika-walk");
            chrome.find("#wsl-file").sendKeys(notJson.toString());
            chrome.find("#wsl-import-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#wsl-import-form"),
                    "Filen er ikke en bibliotekfil (JSON)."));
            Path file = Files.createTempFile("library", ".json");
            Files.writeString(file, "{\"format\":\"samverka-workshop-library/1\",\"exportedFrom\":\"norrbotten\",\"methods\":[{"
                    + "\"id\":\"fika-walk\",\"stage\":\"DISCOVER\",\"minMinutes\":15,\"maxMinutes\":30,\"minPeople\":2,"
                    + "\"maxPeople\":8,\"name\":{\"en\":\"Coffee walk\",\"sv\":\"Fikapromenad\",\"nb\":\"Fikatur\"},"
                    + "\"purpose\":{\"en\":\"Talk\",\"sv\":\"Prata\",\"nb\":\"Snakke\"}}],\"templates\":[]}");
            chrome.find("#wsl-file").sendKeys(file.toString());
            chrome.find("#wsl-import-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"),
                    "Importert: 0 metode(r) og 0 mal(er) lagt til, 1 metode(r) og 0 mal(er) erstattet."));
            assertTrue(samverka.call("GET", methods + "/fika-walk", null).contains("\"maxMinutes\":30"));

            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//summary[text()='Fikatur']"))).click();
            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[aria-label='Slett: Fikatur']"))).click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Slettet."));
            assertFalse(samverka.call("GET", methods, null).contains("fika-walk"));
        }
    }

    @Test
    void aRegionEditorSavesAPlannedAgendaAsTheRegionsTemplateAndTheMunicipalitiesPlanWithIt() throws Exception {
        samverka.createPerson("template-editor", "Tove Mall", "editor", "region:norrbotten", PASSWORD);
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        String base = "/api/v1/municipalities/haparanda/workshop/workshops";
        String templates = "/api/v1/regions/norrbotten/workshop/templates";
        var planned = json.readTree(samverka.call("POST", base, "{\"title\":\"Inflyttarkväll\",\"template\":\"hot-seat-day\","
                + "\"startDate\":\"" + LocalDate.now().plusDays(40) + "\"}"));
        try (Chrome chrome = Chrome.signedIn(samverka.base, "en", null, "template-editor", PASSWORD, "Your methods")) {
            chrome.find("#nav a[href='#/workshop/workshops']").click();
            chrome.awaitHeading("Workshops");
            new Select(chrome.find("#ws-municipality")).selectByValue("haparanda");
            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//button[text()='Open: Inflyttarkväll']"))).click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h2"), "Inflyttarkväll"));

            // An id that is not a slug is refused, naming the field; nothing is saved ...
            chrome.type("#wsa-id", "Kväll!");
            chrome.type("#wsa-name-en", "Newcomer evening");
            chrome.type("#wsa-name-sv", "Inflyttarkväll");
            chrome.type("#wsa-name-nb", "Innflytterkveld");
            chrome.find("#wsa-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#wsa-form ul.error"), "id"));
            assertFalse(samverka.call("GET", templates, null).contains("Newcomer evening"));
            chrome.assertAccessible("agenda, saving it as a template refused (en)");

            // ... a slug is taken: the agenda's days, times and blocks, without dates.
            chrome.type("#wsa-id", "newcomer-evening");
            chrome.find("#wsa-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Saved as the region's template: Newcomer evening."));
            var saved = json.readTree(samverka.call("GET", templates + "/newcomer-evening", null));
            assertEquals(planned.path("days").size(), saved.path("days").size(), saved.toString());
            assertEquals(planned.path("days").get(0).path("blocks").size(), saved.path("days").get(0).path("blocks").size());
            var firstDay = saved.path("days").get(0);
            assertTrue(firstDay.path("date").isMissingNode() || firstDay.path("date").isNull(), "no dates: " + firstDay);

            chrome.find("#nav a[href='#/workshop/library']").click();
            chrome.awaitHeading("Method library");
            String row = chrome.find("#wst-newcomer-evening").getText();
            assertTrue(row.contains("Newcomer evening") && row.contains("The region's own (norrbotten)"), row);
            chrome.assertAccessible("method library with the region's templates (en)");
            chrome.driver.executeScript("document.getElementById('wst-heading').scrollIntoView()");
            chrome.screenshot("workshop-templates-en");
        }

        // The region's municipalities plan with it; they cannot remove it.
        try (Chrome chrome = Chrome.signedIn(samverka.base, "sv", null, "consultant", PASSWORD, "Dina metoder")) {
            chrome.find("#nav a[href='#/workshop/workshops']").click();
            chrome.awaitHeading("Workshoppar");
            assertTrue(new Select(chrome.find("#ws-template")).getOptions().stream().anyMatch(o -> o.getText().equals("Inflyttarkväll")),
                    "the region's template is offered");
            chrome.find("#nav a[href='#/workshop/library']").click();
            chrome.awaitHeading("Metodbibliotek");
            assertTrue(chrome.find("#wst-newcomer-evening").findElements(By.tagName("button")).isEmpty(), "nothing to remove here");
        }

        try (Chrome chrome = Chrome.signedIn(samverka.base, "en", null, "template-editor", PASSWORD, "Your methods")) {
            chrome.find("#nav a[href='#/workshop/library']").click();
            chrome.awaitHeading("Method library");
            chrome.find("button[aria-label='Delete: Newcomer evening']").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Deleted."));
            chrome.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("wst-newcomer-evening")));
            assertFalse(samverka.call("GET", templates, null).contains("newcomer-evening"));
        }
    }
}
