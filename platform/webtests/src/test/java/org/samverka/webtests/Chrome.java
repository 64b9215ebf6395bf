package org.samverka.webtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A headless Chromium (Debian's {@code chromium} with {@code chromium-driver}) driven over
 * WebDriver, with axe-core to check a page against WCAG 2.1 A and AA.
 */
final class Chrome implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String base;

    /** Skips the test class without Chromium, unless the build requires a browser (CI does). */
    static void assumeInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && Boolean.getBoolean("samverka.browser.required")) {
            throw new AssertionError("Browser tests need Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER + ")");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed: apt-get install chromium chromium-driver");
    }

    Chrome(String base, String language) {
        this.base = base;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /**
     * A browser in {@code language} that opened the web app, saw the sign-in page ({@code signInHeading},
     * or just its form when null), signed in and reached {@code home}.
     */
    static Chrome signedIn(String base, String language, String signInHeading, String username, String password, String home) {
        Chrome chrome = new Chrome(base, language);
        chrome.open("/");
        if (signInHeading == null) {
            chrome.find("#username");
        } else {
            chrome.awaitHeading(signInHeading);
        }
        chrome.signIn(username, password);
        chrome.awaitHeading(home);
        return chrome;
    }

    void open(String path) {
        driver.get(base + path);
    }

    /** Waits until the page's main heading reads this text. */
    /**
     * Waits for the page's heading and for the page to have drawn what it first loads (the
     * shell marks main aria-busy until then).
     */
    void awaitHeading(String text) {
        wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), text));
        wait.until(d -> d.findElements(By.cssSelector("main[aria-busy]")).isEmpty());
    }

    /**
     * Empties the status line, so that waiting for a message after the next action waits for
     * that action's own message, not an equal one left by the action before.
     */
    void clearStatus() {
        driver.executeScript("document.getElementById('status').textContent = ''");
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void signIn(String username, String password) {
        type("#username", username);
        type("#password", password);
        find("main button[type=submit]").click();
    }

    /** Runs axe-core on the page as it is now; fails naming every WCAG 2.1 A or AA violation. */
    void assertAccessible(String page) throws IOException {
        JavascriptExecutor js = driver;
        js.executeScript(Files.readString(Path.of(System.getProperty("axe.script"))));
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(JSON.stringify({passes: r.passes.length, violations: r.violations.map(v => ({id: v.id,"
                + " impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))})))"
                + ".catch(e => done(JSON.stringify({passes: 0, violations: [{id: 'axe-error', help: String(e)}]})));");
        JsonNode report = JSON.readTree(String.valueOf(result));
        assertTrue(report.path("passes").asInt() > 0, "axe-core ran no rule on " + page + ": " + result);
        JsonNode violations = report.path("violations");
        List<String> found = new ArrayList<>();
        violations.forEach(v -> found.add(v.path("id").asText() + " (" + v.path("impact").asText() + "): "
                + v.path("help").asText() + " at " + v.path("nodes")));
        assertEquals(List.of(), found, "axe-core on " + page);
    }

    /** Saves what the browser shows, for the user guide. */
    void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of(System.getProperty("samverka.screenshots")));
        Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
