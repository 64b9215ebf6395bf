package org.samverka.webtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

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
 * The innovation portfolio pages in Chromium, in Swedish: a Luleå editor creates a programme whose
 * portfolio phase is over, logs two months in which the municipality put in fewer hours than the
 * programme lead and sees the requirement's warning; adds a candidate to the selection board and
 * decides it with a go, its size and two 2030 goals (and decides another after someone else changed
 * it meanwhile); sees the project on the projects page, changes its status, adds a partner and a
 * benefit and sets the benefit's result; and sees all of it in the balance. A Norrbotten region
 * person sees the programmes side by side and the projects per goal as a chart and a table.
 * axe-core on each page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioBrowserIT {

    private static final String PASSWORD = "lulea-hamnplan-2027";
    private static final String HOME = "Dina metoder";
    private static final String LULEA = "/api/v1/municipalities/lulea";
    private static final ObjectMapper JSON = new ObjectMapper();
    private RunningSamverka samverka;

    @BeforeAll
    void start() throws Exception {
        Chrome.assumeInstalled();
        samverka = new RunningSamverka("PortfolioBrowserIT");
        samverka.deploy("portfolio");
        samverka.call("PUT", LULEA + "/modules/portfolio", null);
        samverka.createPerson("lulea-editor", "Lena Luleå", "editor", "municipality:lulea", PASSWORD);
        samverka.createPerson("nb-region", "Nils Norrbotten", "viewer", "region:norrbotten", PASSWORD);
    }

    @AfterAll
    void stop() throws Exception {
        if (samverka != null) {
            samverka.close();
        }
    }

    private Chrome signedIn(String username) {
        return Chrome.signedIn(samverka.base, "sv", null, username, PASSWORD, HOME);
    }

    private static String text(Chrome chrome, String css) {
        return chrome.find(css).getText();
    }

    /** The data cells (td, not the row's heading) of a table row. */
    private static List<String> cells(Chrome chrome, String rowCss) {
        return chrome.find(rowCss).findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private static void select(Chrome chrome, String css, String value) {
        new Select(chrome.find(css)).selectByValue(value);
    }

    private static void awaitText(Chrome chrome, String id, String text) {
        chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    @Test
    void aProgrammeWarnsAboutItsLedgerACandidateGoesIntoThePortfolioAndItsProjectChanges() throws Exception {
        String programme = "Innovationsprogram Luleå 2025–2027";
        String idea = "Digital fritidsbank";
        try (Chrome chrome = signedIn("lulea-editor")) {
            chrome.find("#nav a[href='#/portfolio/programme']").click();
            chrome.awaitHeading("Innovationsprogram");
            chrome.type("#pf-programme-name", programme);
            chrome.type("#pf-programme-owner", "Kommundirektören");
            // The portfolio phase (6 months) ended on 1 July 2025.
            chrome.driver.executeScript("arguments[0].value = '2025-01-01';", chrome.find("#pf-programme-starts"));
            assertEquals("36", chrome.find("#pf-programme-length").getDomProperty("value"), "three years unless chosen otherwise");
            assertEquals("6", chrome.find("#pf-programme-phase").getDomProperty("value"), "six months' portfolio phase unless chosen otherwise");
            chrome.assertAccessible("programme, the form (sv)");
            chrome.find("#pf-programme-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("pf-programme-heading"), programme));
            awaitText(chrome, "status", "Programmet " + programme + " är skapat.");
            String facts = text(chrome, "#pf-facts");
            assertTrue(facts.contains("Kommundirektören") && facts.contains("juli 2025") && facts.contains("(6 månader)")
                    && facts.contains("2028"), "the owner, the portfolio phase's end and the programme's: " + facts);
            awaitText(chrome, "pf-warnings", "Portföljfasen är över och inget projekt är i portföljen än.");

            // Two months in which the municipality put in fewer hours than the lead: 30 against 50.
            chrome.type("#pf-ledger-month", "2025-01");
            chrome.type("#pf-ledger-municipality", "10");
            chrome.type("#pf-ledger-lead", "20");
            chrome.find("#pf-ledger-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pf-ledger-2025-01")));
            chrome.type("#pf-ledger-month", "2025-02");
            chrome.type("#pf-ledger-municipality", "20");
            chrome.type("#pf-ledger-lead", "30");
            chrome.find("#pf-ledger-form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pf-ledger-2025-02")));
            assertEquals(List.of("20 tim", "30 tim"), cells(chrome, "#pf-ledger-2025-02"), "the second month's hours");
            assertEquals(List.of("30 tim", "50 tim"), cells(chrome, "#pf-ledger-total"), "the totals");
            assertEquals("Kvot kommun mot programledare: 0,6 (30 tim mot 50 tim).", text(chrome, "#pf-ratio"));
            assertEquals("Under kravet: kommunen måste lägga minst lika mycket tid som programledaren.", text(chrome, "#pf-ledger-warning"));
            awaitText(chrome, "status", "Timmarna för 2025-02 är sparade. Kommunen ligger under kravet.");

            // A month that is not one is refused before anything is sent, at the field's label.
            chrome.type("#pf-ledger-month", "mars");
            chrome.find("#pf-ledger-form button[type=submit]").click();
            awaitText(chrome, "pf-ledger-error", "Månad: måste vara en månad, till exempel 2026-03");
            assertEquals("true", chrome.find("#pf-ledger-month").getDomAttribute("aria-invalid"));
            chrome.assertAccessible("programme with its ledger (sv)");
            chrome.screenshot("portfolio-programme-sv");

            selectionBoard(chrome, idea);
            projects(chrome, idea);

            // The balance counts the running project, its goals, its partner's sector and its benefit.
            chrome.find("#nav a[href='#/portfolio/programme']").click();
            chrome.awaitHeading("Innovationsprogram");
            chrome.wait.until(ExpectedConditions.textToBe(By.cssSelector("#pf-balance-status-RUNNING td"), "1"));
            assertEquals("0", text(chrome, "#pf-balance-status-IN_PORTFOLIO td"), "the candidate not decided with a go is no project: "
                    + text(chrome, "#pf-balance-status"));
            assertEquals("1", text(chrome, "#pf-balance-size-MEDIUM td"));
            assertEquals("1", text(chrome, "#pf-balance-goal-3 td"), text(chrome, "#pf-balance-goal"));
            assertEquals("3. God hälsa och välbefinnande", text(chrome, "#pf-balance-goal-3 th"));
            assertEquals("1", text(chrome, "#pf-balance-sector-ACADEMIA td"));
            assertEquals("1", text(chrome, "#pf-balance-benefit-SERVICES td"));
            String warnings = text(chrome, "#pf-warnings");
            assertTrue(warnings.contains("Inget projekt har en partner från: Offentlig sektor, Näringsliv, Civilsamhälle."), warnings);
            assertFalse(warnings.contains("Portföljfasen är över"), "the portfolio is no longer empty: " + warnings);
            assertTrue(text(chrome, "#pf-goal-sources").contains("Svenska FN-förbundet"), text(chrome, "#pf-goal-sources"));
            chrome.assertAccessible("programme with its balance (sv)");

            // The region's overview is not for a municipality's people.
            chrome.find("#nav a[href='#/portfolio/overview']").click();
            chrome.awaitHeading("Regionens portföljer");
            chrome.wait.until(ExpectedConditions.textToBe(By.id("pf-overview"), "Regionens översikt är för dem som arbetar för regionen."));
        }
    }

    /** A candidate added and decided with a go; another decided after someone else changed it meanwhile. */
    private void selectionBoard(Chrome chrome, String idea) throws Exception {
        chrome.find("#nav a[href='#/portfolio/selection']").click();
        chrome.awaitHeading("Urvalstavla");
        chrome.wait.until(ExpectedConditions.textToBe(By.id("pf-candidates"), "Inget registrerat än."));
        chrome.type("#pf-candidate-title", idea);
        chrome.type("#pf-candidate-description", "Lån av fritidsutrustning bokas i en app.");
        chrome.type("#pf-candidate-by", "Föreningen Fritid Luleå");
        select(chrome, "#pf-candidate-sector", "CIVIL_SOCIETY");
        select(chrome, "#pf-candidate-services", "3");
        select(chrome, "#pf-candidate-cost", "1");
        select(chrome, "#pf-candidate-business", "2");
        select(chrome, "#pf-candidate-goals", "3");
        select(chrome, "#pf-candidate-feasibility", "4");
        chrome.assertAccessible("selection board, the form (sv)");
        chrome.find("#pf-candidate-form button[type=submit]").click();
        awaitText(chrome, "pf-candidates", idea);
        awaitText(chrome, "status", idea + " finns på tavlan med 13 poäng.");
        assertEquals("", chrome.find("#pf-candidate-title").getDomProperty("value"), "the form is emptied");

        // A weaker candidate, added over the API, comes second.
        String weaker = "Snöröjning med drönare";
        JsonNode added = JSON.readTree(samverka.call("POST", programmeUrl(chrome) + "/candidates", "{\"title\":\"" + weaker + "\",\"sector\":\"BUSINESS\","
                + "\"assessment\":{\"services\":1,\"cost\":1,\"business\":1,\"goals\":0,\"feasibility\":2}}"));
        chrome.driver.navigate().refresh();
        chrome.awaitHeading("Urvalstavla");
        chrome.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#pf-candidates tbody tr"), 2));
        assertEquals(idea, text(chrome, "#pf-candidates tbody tr:first-child th"), "the best assessed first");
        assertEquals(List.of("Föreningen Fritid Luleå, Civilsamhälle", "3", "1", "2", "3", "4", "13", "Inte beslutad", "Besluta"),
                cells(chrome, "#pf-candidates tbody tr:first-child"), "who proposed it, its assessment and no decision yet");

        chrome.find("button[aria-label='Besluta om: " + idea + "']").click();
        chrome.find("#pf-decide-form");
        assertEquals("Lena Luleå", chrome.find("#pf-decided-by").getDomProperty("value"), "the person deciding is suggested");
        select(chrome, "#pf-decision", "GO");
        chrome.type("#pf-decision-reason", "Störst nytta för invånarna och lätt att komma igång.");
        select(chrome, "#pf-size", "MEDIUM");
        chrome.find("#pf-goal-3").click();
        chrome.find("#pf-goal-11").click();
        assertTrue(chrome.find("label[for='pf-goal-11']").getText().equals("11. Hållbara städer och samhällen"), "the goals by number and name");
        chrome.assertAccessible("selection board, deciding (sv)");
        chrome.find("#pf-decide-save").click();
        awaitText(chrome, "status", idea + ": Ja. Projektet finns nu i portföljen.");
        awaitText(chrome, "pf-candidate-" + id(chrome, idea), "Ja — Lena Luleå");
        assertTrue(text(chrome, "#pf-candidates tbody tr:first-child").contains("Störst nytta för invånarna"), "the reason is shown");

        // Someone else changes the weaker candidate while the form is open: 412, the form shows it as it is now.
        chrome.find("button[aria-label='Besluta om: " + weaker + "']").click();
        select(chrome, "#pf-decision", "NOT_NOW");
        assertFalse(chrome.driver.findElement(By.id("pf-go")).isDisplayed(), "the project's size and goals are asked for a go only");
        chrome.type("#pf-decision-reason", "Vänta på nästa upphandling.");
        samverka.call("PUT", programmeUrl(chrome) + "/candidates/" + added.path("id").asText(), "{\"title\":\"" + weaker + "\",\"sector\":\"BUSINESS\","
                + "\"assessment\":{\"services\":1,\"cost\":2,\"business\":1,\"goals\":0,\"feasibility\":2}}", "If-Match",
                "\"" + added.path("version").asText() + "\"");
        chrome.find("#pf-decide-save").click();
        awaitText(chrome, "pf-decide-error", "Någon annan har ändrat kandidaten under tiden");
        assertEquals("Vänta på nästa upphandling.", chrome.find("#pf-decision-reason").getDomProperty("value"), "the reason typed stays");
        assertEquals("NOT_NOW", new Select(chrome.find("#pf-decision")).getFirstSelectedOption().getDomAttribute("value"), "the decision stays");
        assertEquals("6", cells(chrome, "#pf-candidate-" + added.path("id").asText()).get(6), "the board shows the candidate as it is now");
        chrome.find("#pf-decide-save").click();
        awaitText(chrome, "pf-candidate-" + added.path("id").asText(), "Inte nu — Lena Luleå");
        chrome.assertAccessible("selection board, decided (sv)");
    }

    /** The project made by the go: in the table, then its status, a partner and a benefit changed. */
    private void projects(Chrome chrome, String idea) throws Exception {
        chrome.find("#nav a[href='#/portfolio/projects']").click();
        chrome.awaitHeading("Portföljens projekt");
        awaitText(chrome, "pf-projects", idea);
        String row = "#pf-projects tbody tr:first-child";
        List<String> before = cells(chrome, row);
        assertEquals("Mellanstort", before.get(0), "the size decided: " + before);
        assertTrue(before.get(1).startsWith("I portföljen"), "in the portfolio since the decision: " + before);
        assertEquals("3. God hälsa och välbefinnande\n11. Hållbara städer och samhällen", before.get(2), "the goals by name");
        assertEquals(List.of("—", "Nej", "—"), before.subList(3, 6), "no partners, no innovative procurement, no benefits yet");
        chrome.assertAccessible("projects (sv)");

        chrome.find("button[aria-label='Ändra: " + idea + "']").click();
        select(chrome, "#pf-project-status", "RUNNING");
        chrome.type("#pf-partner-name", "Luleå tekniska universitet");
        select(chrome, "#pf-partner-sector", "ACADEMIA");
        chrome.find("#pf-project-procurement").click();
        select(chrome, "#pf-benefit-kind", "SERVICES");
        chrome.type("#pf-benefit-measure", "Utlån per år");
        chrome.type("#pf-benefit-baseline", "0");
        chrome.assertAccessible("projects, changing one (sv)");
        chrome.find("#pf-project-save").click();
        awaitText(chrome, "status", idea + " är sparat: Pågår.");
        awaitText(chrome, "pf-projects", "Luleå tekniska universitet (Akademi)");
        List<String> after = cells(chrome, row);
        assertTrue(after.get(1).startsWith("Pågår (sedan "), "running since today: " + after);
        assertEquals("Ja", after.get(4), "innovative procurement");
        assertEquals("Tjänster: Utlån per år — utgångsläge 0 — Ännu öppen", after.get(5), "the benefit, still open");

        chrome.find("button[aria-label='Ändra: " + idea + "']").click();
        assertEquals("Luleå tekniska universitet (Akademi) Ta bort", text(chrome, "#pf-partner-list"), "the partner is kept");
        chrome.type("#pf-benefit-0-result", "1 200");
        select(chrome, "#pf-benefit-0-attainment", "PARTLY");
        chrome.find("#pf-project-save").click();
        awaitText(chrome, "pf-projects", "Delvis uppnådd");
        assertEquals("Tjänster: Utlån per år — utgångsläge 0 — resultat 1 200 — Delvis uppnådd", cells(chrome, row).get(5));
        assertEquals("Luleå tekniska universitet (Akademi)", cells(chrome, row).get(3), "the partner stays");
        chrome.assertAccessible("projects, changed (sv)");
        chrome.screenshot("portfolio-projects-sv");
    }

    /** The API address of the programme chosen on the page. */
    private static String programmeUrl(Chrome chrome) {
        return LULEA + "/portfolio/programmes/" + new Select(chrome.find("#pf-programme")).getFirstSelectedOption().getDomAttribute("value");
    }

    /** The id of the candidate whose row is headed so. */
    private static String id(Chrome chrome, String title) {
        WebElement heading = chrome.wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[@id='pf-candidates']//th[@scope='row'][text()='" + title + "']")));
        return heading.findElement(By.xpath("..")).getDomAttribute("id").substring("pf-candidate-".length());
    }

    @Test
    void theRegionSeesTheProgrammesSideBySideAndTheProjectsPerGoal() throws Exception {
        JsonNode programme = JSON.readTree(samverka.call("POST", LULEA + "/portfolio/programmes",
                "{\"name\":\"Luleå växer\",\"owner\":\"Samhällsbyggnad\",\"startsOn\":\"2026-09-01\"}"));
        String base = LULEA + "/portfolio/programmes/" + programme.path("id").asText();
        samverka.call("PUT", base + "/ledger/2026-09", "{\"municipalityHours\":40,\"leadHours\":20}");
        JsonNode candidate = JSON.readTree(samverka.call("POST", base + "/candidates", "{\"title\":\"Solceller på skolornas tak\","
                + "\"assessment\":{\"services\":1,\"cost\":3,\"business\":2,\"goals\":3,\"feasibility\":4}}"));
        samverka.call("POST", base + "/candidates/" + candidate.path("id").asText() + "/decision", "{\"decision\":\"GO\",\"decidedBy\":\"Styrgruppen\","
                + "\"decidedOn\":\"2026-10-01\",\"reason\":\"Sänker kostnaderna\",\"size\":\"LARGE\",\"goals\":[7,13]}", "If-Match",
                "\"" + candidate.path("version").asText() + "\"");
        try (Chrome chrome = signedIn("nb-region")) {
            chrome.find("#nav a[href='#/portfolio/overview']").click();
            chrome.awaitHeading("Regionens portföljer");
            String row = "#pf-overview-" + programme.path("id").asText();
            chrome.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(row)));
            assertEquals("Luleå växer", text(chrome, row + " th"));
            List<String> cells = cells(chrome, row);
            assertEquals("Luleå", cells.get(0), cells.toString());
            assertEquals(List.of("0", "1", "0", "0", "0", "2"), cells.subList(2, 8), "by status, then the time ratio: " + cells);
            assertTrue(cells.get(8).contains("En sektor utan partner"), "the warnings in Swedish: " + cells);
            assertEquals("1", text(chrome, "#pf-goals-7 td"), "projects per goal");
            assertEquals("7. Hållbar energi för alla", text(chrome, "#pf-goals-7 th"));
            WebElement chart = chrome.find("#pf-goals-chart");
            assertTrue(chart.getDomAttribute("src").contains("/regions/norrbotten/portfolio/overview.svg?lang=sv"), chart.getDomAttribute("src"));
            assertTrue(chart.getDomAttribute("alt").startsWith("Diagram: projekt i portföljerna per Agenda 2030-mål"), chart.getDomAttribute("alt"));
            chrome.wait.until(d -> (Boolean) chrome.driver.executeScript("const i = document.getElementById('pf-goals-chart');"
                    + " return i.complete && i.naturalWidth > 0;"));
            chrome.assertAccessible("overview (sv)");
            chrome.screenshot("portfolio-overview-sv");
        }
    }
}
