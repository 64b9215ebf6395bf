package org.samverka.webtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        try (Chrome chrome = Chrome.signedIn(samverka.base, "sv", null, "consultant", PASSWORD, "Dina metoder")) {

            chrome.find("#nav a[href='#/workshop/library']").click();
            chrome.awaitHeading("Metodbibliotek");
            chrome.driver.findElement(By.xpath("//main//summary[text()='Heta stolen (Haparanda)']")).click();
            assertTrue(chrome.find("main").getText().contains("Formatet ska bekräftas"));
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
}
