package org.samverka.webtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The co-creation pages in Chromium, in Norwegian Bokmål: a Bodø editor reads the guide, starts a
 * project, is stopped at the first step by the municipality's required checklist and moves on with
 * a written reason, ticks an item, builds the chain from an insight to an idea and sees its gap
 * close, and registers a barrier. axe-core on each page and view.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CocreationBrowserIT {

    private static final String PASSWORD = "bodo-midnattsol-2027";
    private static final String HOME = "Dine metoder";
    private static final String BODO = "/api/v1/municipalities/bodo";
    private static final ObjectMapper JSON = new ObjectMapper();
    private RunningSamverka samverka;

    @BeforeAll
    void start() throws Exception {
        Chrome.assumeInstalled();
        samverka = new RunningSamverka("CocreationBrowserIT");
        samverka.deploy("cocreation");
        ensureBodo();
        samverka.call("PUT", BODO + "/modules/cocreation", null);
        samverka.createPerson("bodo-editor", "Bodil Bodø", "editor", "municipality:bodo", PASSWORD);
        requireMandatoryItems();
    }

    @AfterAll
    void stop() throws Exception {
        if (samverka != null) {
            samverka.close();
        }
    }

    /** Bodø and Nordland are in the default tenants; a distribution without them gets them here. */
    private void ensureBodo() throws Exception {
        try {
            samverka.call("GET", BODO, null);
        } catch (AssertionError missing) {
            try {
                samverka.call("GET", "/api/v1/regions/nordland", null);
            } catch (AssertionError noRegion) {
                samverka.call("POST", "/api/v1/regions", "{\"id\":\"nordland\",\"code\":\"18\",\"name\":\"Nordland\",\"country\":\"NO\"}");
            }
            samverka.call("POST", "/api/v1/regions/nordland/municipalities", "{\"id\":\"bodo\",\"code\":\"1804\",\"name\":\"Bodø\"}");
        }
    }

    /** Bodø's guide with gating REQUIRE and its checklists as they are (the first change: If-Match "0"). */
    private void requireMandatoryItems() throws Exception {
        JsonNode guide = JSON.readTree(samverka.call("GET", BODO + "/cocreation/guide", null));
        ObjectNode in = JSON.createObjectNode().put("gating", "REQUIRE");
        ObjectNode checklists = in.putObject("checklists");
        for (JsonNode step : guide.path("steps")) {
            ArrayNode items = checklists.putArray(step.path("step").asText());
            for (JsonNode item : step.path("checklist")) {
                items.addObject().put("id", item.path("id").asText()).put("mandatory", item.path("mandatory").asBoolean());
            }
        }
        samverka.call("PUT", BODO + "/cocreation/guide", JSON.writeValueAsString(in), "If-Match", "\"0\"");
    }

    private Chrome signedIn() {
        return Chrome.signedIn(samverka.base, "nb", null, "bodo-editor", PASSWORD, HOME);
    }

    private static String text(Chrome chrome, String css) {
        return chrome.find(css).getText();
    }

    @Test
    void theGuideShowsTheFiveStepsTheirChecklistsAndTheGating() throws Exception {
        try (Chrome chrome = signedIn()) {
            chrome.find("#nav a[href='#/cocreation/guide']").click();
            chrome.awaitHeading("Veileder for samskaping");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cc-gating"), "kommunen krever"));
            chrome.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("main section h2"), 5));
            String frame = text(chrome, "#cc-guide-FRAME");
            assertTrue(frame.startsWith("1. Rammer og muligheter"), frame);
            assertTrue(frame.contains("sørge for at man løser riktig problem"), "Bodø's purpose of the first step: " + frame);
            assertTrue(text(chrome, "#cc-guide-FRAME-checklist").contains("Problemet er formulert som én påstand (obligatorisk) — Samverkas forslag"),
                    "a mandatory item, labelled as Samverka's suggestion: " + text(chrome, "#cc-guide-FRAME-checklist"));
            assertTrue(text(chrome, "#cc-guide-PROTOTYPE").startsWith("5. Utvikle og teste sammen"), text(chrome, "#cc-guide-PROTOTYPE"));
            chrome.assertAccessible("guide (nb)");
        }
    }

    @Test
    void aProjectIsStoppedByTheRequiredChecklistMovesOnWithAReasonAndClosesAGapInItsChain() throws Exception {
        String title = "Unge som flytter fra Bodø";
        try (Chrome chrome = signedIn()) {
            chrome.find("#nav a[href='#/cocreation/projects']").click();
            chrome.awaitHeading("Samskapingsprosjekter");
            chrome.type("#cc-title", title);
            chrome.type("#cc-problem", "Unge 16–25 flytter fra Bodø fordi de ikke finner steder å møtes.");
            chrome.assertAccessible("projects (nb)");
            chrome.find("#cc-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h2"), title));
            assertTrue(text(chrome, "#cc-steps li[aria-current=step]").startsWith("Rammer og muligheter"), text(chrome, "#cc-steps"));

            // Nothing ticked: the municipality requires the mandatory items, and the page names them.
            new Select(chrome.find("#cc-move-to")).selectByValue("INSIGHT");
            chrome.find("#cc-move").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cc-move-error"), "Problemet er formulert som én påstand"));
            String alert = text(chrome, "#cc-move-error");
            assertEquals("alert", chrome.find("#cc-move-error").getDomAttribute("role"));
            assertTrue(alert.contains("Kommunen krever disse obligatoriske punktene") && alert.contains("Hvem problemet berører er navngitt")
                    && alert.contains("Noen med mandat har bekreftet at dette er riktig problem"), "the open mandatory items are named: " + alert);
            assertFalse(alert.contains("Suksesskriterier er avtalt"), "an item that is not mandatory does not block: " + alert);
            assertTrue(text(chrome, "#cc-steps li[aria-current=step]").startsWith("Rammer og muligheter"), "still at the first step");
            assertEquals("Prosjektet er fortsatt i sitt første steg.", text(chrome, "#cc-path"));

            // Too short a reason does not override either; what was typed stays.
            chrome.type("#cc-move-reason", "For kort");
            chrome.find("#cc-move").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cc-move-error"), "Begrunnelsen er for kort"));
            assertEquals("For kort", chrome.find("#cc-move-reason").getDomProperty("value"), "the reason typed stays");
            assertEquals("INSIGHT", new Select(chrome.find("#cc-move-to")).getFirstSelectedOption().getDomAttribute("value"),
                    "the step chosen stays");
            chrome.assertAccessible("journey, move stopped (nb)");

            // A written reason overrides, and the path says so.
            String reason = "Ungdomsrådet har allerede formulert problemet";
            chrome.type("#cc-move-reason", reason);
            chrome.find("#cc-move").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Flyttet til Innsikt i aktørenes behov"));
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cc-path tbody tr")));
            String path = text(chrome, "#cc-path tbody");
            assertTrue(path.contains("Rammer og muligheter → Innsikt i aktørenes behov") && path.contains("Unntak: " + reason)
                    && path.contains("Problemet er formulert som én påstand"), "the move, its open items and the override: " + path);
            assertTrue(text(chrome, "#cc-steps li[aria-current=step]").startsWith("Innsikt i aktørenes behov"), text(chrome, "#cc-steps"));

            // A ticked item is kept: after reloading the page it is still ticked.
            chrome.find("#cc-check-insight-closest").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cc-check-insight-closest-done"), "avkrysset av"));
            chrome.driver.navigate().refresh();
            chrome.awaitHeading("Samskapingsprosjekter");
            chrome.wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//main//button[text()='Åpne: " + title + "']"))).click();
            chrome.wait.until(ExpectedConditions.elementToBeSelected(By.id("cc-check-insight-closest")));
            assertFalse(chrome.find("#cc-check-insight-interview").isSelected(), "only the ticked item is done");
            assertTrue(text(chrome, "#cc-open").contains("Minst ett brukerintervju er notert"), text(chrome, "#cc-open"));
            chrome.assertAccessible("journey (nb)");
            chrome.screenshot("cocreation-journey-nb");

            // Someone changes the project meanwhile: the move answers 412, the page shows the project as it is now.
            JsonNode project = projectTitled(title);
            samverka.call("PUT", BODO + "/cocreation/projects/" + project.path("id").asText(), "{\"title\":\"" + title
                    + "\",\"problem\":\"Unge 16–25 flytter fra Bodø etter videregående.\"}", "If-Match", "\"" + project.path("version").asText() + "\"");
            new Select(chrome.find("#cc-move-to")).selectByValue("FRAME");
            chrome.find("#cc-move").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Noen andre har endret prosjektet"));
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "etter videregående"));
            assertEquals("FRAME", new Select(chrome.find("#cc-move-to")).getFirstSelectedOption().getDomAttribute("value"),
                    "the move asked for stays in the form");
            assertTrue(text(chrome, "#cc-steps li[aria-current=step]").startsWith("Innsikt i aktørenes behov"), "not moved");

            chain(chrome);
        }
    }

    private JsonNode projectTitled(String title) throws Exception {
        for (JsonNode project : JSON.readTree(samverka.call("GET", BODO + "/cocreation/projects", null)).path("items")) {
            if (project.path("title").asText().equals(title)) {
                return project;
            }
        }
        throw new AssertionError("Bodø has no project titled " + title);
    }

    /** The chain: an insight, an idea on no need (a gap), a need on the insight, and the idea changed to build on it. */
    private void chain(Chrome chrome) throws Exception {
        String insight = "Unge sier de ikke vet hvor de kan møtes om kvelden";
        String idea = "Et kveldsåpent ungdomshus";
        chrome.find("#cc-chain").click();
        chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h2"), "Kjeden i Unge som flytter fra Bodø"));
        chrome.assertAccessible("chain, empty (nb)");

        new Select(chrome.find("#cc-entry-kind")).selectByValue("INSIGHT");
        chrome.type("#cc-field-text", insight);
        new Select(chrome.find("#cc-field-source")).selectByValue("INTERVIEW");
        chrome.find("#cc-entry-save").click();
        chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cc-list-insights"), insight));

        new Select(chrome.find("#cc-entry-kind")).selectByValue("IDEA");
        chrome.type("#cc-field-text", idea);
        chrome.find("#cc-entry-save").click();
        chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cc-list-ideas"), idea));
        assertTrue(text(chrome, "#cc-gaps").contains("En idé svarer ikke på noe behov: " + idea), text(chrome, "#cc-gaps"));
        assertTrue(text(chrome, "#cc-list-ideas").contains("bygger ennå ikke på noe"), text(chrome, "#cc-list-ideas"));
        chrome.assertAccessible("chain with a gap (nb)");

        new Select(chrome.find("#cc-entry-kind")).selectByValue("NEED");
        chrome.type("#cc-field-who", "Unge 16–25");
        chrome.type("#cc-field-what", "et sted å møtes om kvelden");
        chrome.type("#cc-field-because", "de ikke har noe sted å være");
        linkTo(chrome, insight);
        chrome.find("#cc-entry-save").click();
        chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cc-list-needs"), "bygger på: " + insight));

        chrome.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[aria-label='Endre: " + idea + "']"))).click();
        chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#cc-entry-holder h3"), "Endre: " + idea));
        linkTo(chrome, "Unge 16–25 trenger et sted å møtes om kvelden");
        chrome.assertAccessible("chain, changing an idea (nb)");
        chrome.find("#cc-entry-save").click();
        chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cc-list-ideas"), "bygger på: Unge 16–25 trenger"));
        assertFalse(text(chrome, "#cc-gaps").contains("En idé svarer ikke på noe behov"), "linking the idea to a need closes its gap: "
                + text(chrome, "#cc-gaps"));
        assertTrue(text(chrome, "#cc-gaps").contains("Ingen aktør som står nærmest behovet, deltar."), text(chrome, "#cc-gaps"));
    }

    /** Ticks the link to the entry whose line starts so, by its label. */
    private static void linkTo(Chrome chrome, String start) {
        WebElement label = chrome.wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//fieldset[@id='cc-entry-links']//label[starts-with(text(), '" + start + "')]")));
        WebElement box = chrome.driver.findElement(By.id(label.getDomAttribute("for")));
        box.click();
        assertTrue(box.isSelected(), start);
    }

    @Test
    void theBarrierRegisterTakesABarrierSeenInAProject() throws Exception {
        String project = JSON.readTree(samverka.call("POST", BODO + "/cocreation/projects",
                "{\"title\":\"Kveldsåpent bibliotek\",\"problem\":\"Biblioteket stenger før ungdommen kommer.\"}")).path("id").asText();
        String barrier = "Ingen har satt av tid til samskaping i turnusen";
        try (Chrome chrome = signedIn()) {
            chrome.find("#nav a[href='#/cocreation/barriers']").click();
            chrome.awaitHeading("Hemmere og fremmere");
            chrome.wait.until(ExpectedConditions.textToBe(By.id("cc-barriers"), "Ingenting registrert ennå."));
            new Select(chrome.find("#cc-barrier-kind")).selectByValue("BARRIER");
            new Select(chrome.find("#cc-barrier-level")).selectByValue("SYSTEM");
            new Select(chrome.find("#cc-barrier-category")).selectByValue("TIME");
            chrome.type("#cc-barrier-text", barrier);
            chrome.find("#cc-barrier-project-" + project).click();
            chrome.assertAccessible("barrier register, form (nb)");
            chrome.find("#cc-barrier-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cc-barriers"), barrier));
            String row = text(chrome, "#cc-barriers tbody tr");
            assertTrue(row.contains("Hemmer") && row.contains("Systemnivå") && row.contains("Tid") && row.contains("Kveldsåpent bibliotek"),
                    "kind, level, category and the project: " + row);
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Hemmer er registrert."));
            chrome.assertAccessible("barrier register (nb)");

            new Select(chrome.find("#cc-barrier-filter")).selectByValue("ENABLER");
            chrome.wait.until(ExpectedConditions.textToBe(By.id("cc-barriers"), "Ingenting registrert ennå."));
            new Select(chrome.find("#cc-barrier-filter")).selectByValue("BARRIER");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cc-barriers"), barrier));
        }
    }
}
