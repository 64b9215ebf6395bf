package org.samverka.webtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web app as people meet it, in a real headless Chromium against the real distribution:
 * signing in, the methods of one's own tenants, switching language, a plugin's page that comes
 * and goes with the plugin, one's own account; axe-core on every page in every language.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebAppBrowserIT {

    private static final String EDITOR_PASSWORD = "kiruna-snow-2026";
    private static final Map<String, String> SIGN_IN = Map.of("en", "Sign in", "sv", "Logga in", "nb", "Logg inn");
    private static final Map<String, String> HOME = Map.of("en", "Your methods", "sv", "Dina metoder", "nb", "Dine metoder");

    private RunningSamverka samverka;

    @BeforeAll
    void start() throws Exception {
        Chrome.assumeInstalled();
        samverka = new RunningSamverka("WebAppBrowserIT");
        samverka.deployNotes();
        samverka.call("PUT", "/api/v1/municipalities/kiruna/modules/notes", null);
        samverka.createPerson("kiruna-editor", "Kim Kiruna", "editor", "municipality:kiruna", EDITOR_PASSWORD);
    }

    @AfterAll
    void stop() throws Exception {
        if (samverka != null) {
            samverka.close();
        }
    }

    @Test
    void theSignInPageSpeaksTheBrowsersLanguageAndPassesAxe() throws Exception {
        for (String lang : List.of("en", "sv", "nb")) {
            try (Chrome chrome = new Chrome(samverka.base, lang)) {
                chrome.open("/");
                chrome.awaitHeading(SIGN_IN.get(lang));
                assertEquals(lang, chrome.driver.findElement(By.tagName("html")).getDomAttribute("lang"));
                chrome.assertAccessible("sign-in (" + lang + ")");
                if (lang.equals("sv")) {
                    chrome.screenshot("sign-in-sv");
                }
            }
        }
    }

    @Test
    void onANarrowScreenTheMenuWrapsAndNothingRunsOffTheSide() throws Exception {
        try (Chrome chrome = Chrome.signedIn(samverka.base, "sv", "Logga in", "admin", RunningSamverka.ADMIN_PASSWORD, "Dina metoder")) {
            // WCAG 2.1 reflow: at 320 CSS pixels no sideways scrolling.
            chrome.driver.manage().window().setSize(new Dimension(320, 800));
            for (var page : Map.of("#/", "Dina metoder", "#/people", "Personer", "#/api", "REST-API").entrySet()) {
                chrome.driver.navigate().to(samverka.base + "/" + page.getKey());
                chrome.awaitHeading(page.getValue());
                Object overflow = ((JavascriptExecutor) chrome.driver).executeScript(
                        "const w = document.documentElement.clientWidth;"
                        + "return [...document.querySelectorAll('header *, main > h1, main form, main p')]"
                        + ".filter(e => e.getBoundingClientRect().right > w + 1).map(e => e.tagName + ' ' + e.textContent.slice(0, 30));");
                assertEquals(List.of(), overflow, page + ": what runs off the side of a 320 px window");
            }
        }
    }

    @Test
    void aWrongPasswordIsShownBesideTheForm() throws Exception {
        try (Chrome chrome = new Chrome(samverka.base, "en")) {
            chrome.open("/");
            chrome.awaitHeading("Sign in");
            chrome.signIn("admin", "not-the-password");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .error"), "Signing in failed"));
            assertEquals("", chrome.find("#password").getDomProperty("value"), "the password field is emptied");
            chrome.assertAccessible("sign-in with an error");
        }
    }

    @Test
    void theAdminSignsInAndSwitchesLanguageAtAnyTime() throws Exception {
        try (Chrome chrome = Chrome.signedIn(samverka.base, "en", "Sign in", "admin", RunningSamverka.ADMIN_PASSWORD, "Your methods")) {
            assertTrue(chrome.find("main").getText().contains("the whole platform"));
            chrome.assertAccessible("home (en)");
            for (String lang : List.of("sv", "nb")) {
                new Select(chrome.find("#language")).selectByValue(lang);
                chrome.awaitHeading(HOME.get(lang));
                assertEquals(lang, chrome.driver.findElement(By.tagName("html")).getDomAttribute("lang"));
                chrome.assertAccessible("home (" + lang + ")");
            }
            chrome.driver.navigate().refresh();
            chrome.awaitHeading("Dine metoder");
            chrome.find("#sign-out").click();
            chrome.awaitHeading("Logg inn");
        }
    }

    @Test
    void aKirunaEditorWorksOnAPluginsPageThatComesAndGoesWithThePlugin() throws Exception {
        try (Chrome chrome = Chrome.signedIn(samverka.base, "sv", "Logga in", "kiruna-editor", EDITOR_PASSWORD, "Dina metoder")) {
            assertTrue(chrome.find("main").getText().contains("kommun kiruna"));
            chrome.find("#nav a[href='#/notes/list']").click();
            chrome.awaitHeading("Anteckningar");
            chrome.type("#note-text", "Välkomstlots i Kiruna");
            chrome.find("main button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main ul"), "Välkomstlots i Kiruna"));
            assertEquals("Anteckningen är sparad.", chrome.find("#status").getText());
            chrome.assertAccessible("notes (sv)");
            chrome.screenshot("notes-sv");

            samverka.removeNotes();
            chrome.driver.navigate().refresh();
            chrome.awaitHeading("Dina metoder");
            assertTrue(chrome.driver.findElements(By.cssSelector("#nav a[href='#/notes/list']")).isEmpty(),
                    "the page left with its plugin");

            samverka.deployNotes();
            chrome.driver.navigate().refresh();
            chrome.find("#nav a[href='#/notes/list']").click();
            chrome.awaitHeading("Anteckningar");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main ul"), "Välkomstlots i Kiruna"));
        }
    }

    @Test
    void theAccountPageChangesNothingWithAWrongCurrentPassword() throws Exception {
        try (Chrome chrome = Chrome.signedIn(samverka.base, "nb", "Logg inn", "kiruna-editor", EDITOR_PASSWORD, "Dine metoder")) {
            chrome.find("#nav a[href='#/account']").click();
            chrome.awaitHeading("Din konto");
            chrome.assertAccessible("account (nb)");
            chrome.type("#current", "not-my-password");
            chrome.type("#new", "a-brand-new-passphrase");
            chrome.find("main button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main .error"), "currentPassword"));
            chrome.assertAccessible("account with an error (nb)");
        }
    }

    @Test
    void anAdminSwitchesMethodsManagesTokensAndReadsTheAuditLog() throws Exception {
        try (Chrome chrome = Chrome.signedIn(samverka.base, "en", "Sign in", "admin", RunningSamverka.ADMIN_PASSWORD, "Your methods")) {

            chrome.find("#nav a[href='#/tenants']").click();
            chrome.awaitHeading("Regions and methods");
            new Select(chrome.find("#tenant-region")).selectByValue("norrbotten");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), "Luleå"));
            chrome.assertAccessible("regions and methods (en)");
            chrome.find("input[aria-label='Notes for Luleå']").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Notes is on for Luleå."));
            assertTrue(samverka.call("GET", "/api/v1/municipalities/lulea/modules", null).contains("\"notes\""));
            chrome.find("input[aria-label='Notes for Luleå']").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "Notes is off for Luleå; its data is kept."));

            chrome.find("#nav a[href='#/tokens']").click();
            chrome.awaitHeading("API tokens");
            chrome.type("#k-name", "kiruna-integration");
            new Select(chrome.find("#k-role")).selectByValue("viewer");
            chrome.type("#k-scope", "municipality:kiruna");
            chrome.find("main form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main p.secret"), "svk_"));
            chrome.assertAccessible("tokens (en)");
            chrome.find("button[aria-label='Revoke: kiruna-integration']").click();
            chrome.wait.until(ExpectedConditions.textToBe(By.id("status"), "The token kiruna-integration is revoked."));

            chrome.find("#nav a[href='#/audit']").click();
            chrome.awaitHeading("Audit log");
            WebElement unfiltered = chrome.find("main table");
            new Select(chrome.find("#a-outcome")).selectByValue("SIGNED_IN");
            chrome.find("main form button[type=submit]").click();
            chrome.wait.until(ExpectedConditions.stalenessOf(unfiltered));
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table"), "admin (platform-admin)"));
            List<String> outcomes = chrome.driver.findElements(By.cssSelector("main table tbody tr td:last-child")).stream()
                    .map(WebElement::getText).distinct().toList();
            assertEquals(List.of("SIGNED_IN"), outcomes, "only sign-ins after filtering");
            chrome.assertAccessible("audit log (en)");
        }
    }

    @Test
    void everyoneSignedInReadsTheRestApiOfWhatRunsNow() throws Exception {
        try (Chrome chrome = Chrome.signedIn(samverka.base, "en", "Sign in", "admin", RunningSamverka.ADMIN_PASSWORD, "Your methods")) {
            chrome.find("#nav a[href='#/api']").click();
            chrome.awaitHeading("REST API");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main"), "GET /regions/{regionId}"));
            assertTrue(chrome.find("main").getText().contains("/municipalities/{municipalityId}/notes"), "the running notes plugin");
            assertEquals("/api/v1/openapi.json", java.net.URI.create(chrome.find("main a[download]").getDomAttribute("href")).getPath());
            chrome.assertAccessible("REST API (en)");
            chrome.screenshot("rest-api");

            new Select(chrome.find("#api-tag")).selectByVisibleText("Samverka tenants");
            chrome.wait.until(d -> d.findElements(By.cssSelector("main table")).size() == 1);
            assertTrue(chrome.find("main caption").getText().startsWith("Samverka tenants: "), chrome.find("main caption").getText());
            assertFalse(chrome.find("main").getText().contains("/notes"), "only the chosen part");
            chrome.assertAccessible("REST API, one part (en)");
        }
        try (Chrome chrome = Chrome.signedIn(samverka.base, "nb", "Logg inn", "admin", RunningSamverka.ADMIN_PASSWORD, "Dine metoder")) {
            chrome.find("#nav a[href='#/api']").click();
            chrome.awaitHeading("REST-API");
            chrome.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main table caption"), "endepunkter"));
            chrome.assertAccessible("REST API (nb)");
        }
    }

    @Test
    void aUsedSetUpLinkSaysSo() throws Exception {
        try (Chrome chrome = new Chrome(samverka.base, "en")) {
            chrome.open("/setup#code=used-or-made-up");
            chrome.awaitHeading("Set up Samverka");
            assertTrue(chrome.find("main p").getText().contains("used already"));
            assertFalse(chrome.driver.getPageSource().contains("used-or-made-up</"));
            chrome.assertAccessible("set-up, closed");
        }
    }
}
