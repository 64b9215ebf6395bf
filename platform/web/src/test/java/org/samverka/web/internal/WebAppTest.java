package org.samverka.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class WebAppTest {

    @Test
    void everyLabelIsWrittenInEveryLanguage() throws IOException {
        var english = keys("en");
        for (String lang : WebApp.LANGUAGES) {
            assertEquals(english, keys(lang), "labels of " + lang);
            Map<String, String> labels = WebApp.labels(lang);
            labels.forEach((k, v) -> assertFalse(v.isBlank(), k + " in " + lang));
        }
        assertTrue(!WebApp.labels("sv").get("signIn.title").equals(WebApp.labels("en").get("signIn.title")));
    }

    @Test
    void onlyPlainRelativePathsOfKnownKindsAreServed() {
        assertTrue(StaticFiles.safe("app.js"));
        assertTrue(StaticFiles.safe("pages/list.css"));
        assertFalse(StaticFiles.safe("../etc/passwd"));
        assertFalse(StaticFiles.safe("a/../../b.js"));
        assertFalse(StaticFiles.safe(".hidden.js"));
        assertFalse(StaticFiles.safe("/abs.js"));
        assertFalse(StaticFiles.safe("a\\b.js"));
        assertFalse(StaticFiles.safe("WebApp.class"));
        assertFalse(StaticFiles.safe("a//b.js"));
        assertFalse(StaticFiles.safe("%2e%2e/x.js"));
        assertEquals("text/javascript; charset=UTF-8", StaticFiles.type("main.js"));
    }

    private static TreeSet<String> keys(String lang) throws IOException {
        Properties p = new Properties();
        try (var in = WebAppTest.class.getResourceAsStream("/labels/web_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
