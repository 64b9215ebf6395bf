package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web app over HTTP: the shell at {@code /} with its security headers, its files and its
 * labels per language, and a plugin's pages that come and go with the plugin. On the test kit:
 * the distribution booted once for the class, with no plugin until a test deploys one.
 */
@SamverkaTest
class WebAppIT {

    private Samverka samverka;

    @BeforeEach
    void platform(Samverka samverka) {
        this.samverka = samverka;
    }

    private Client anonymous() {
        return samverka.anonymous();
    }

    /** The whole address of a page outside {@code /api/} and {@code /app/}, such as {@code /setup}. */
    private String site(String path) {
        return samverka.uri().resolve(path).toString();
    }

    @Test
    void theShellIsServedAtTheRootWithAStrictContentSecurityPolicy() {
        for (String path : new String[] {site("/"), site("/setup"), "/app/"}) {
            Reply shell = anonymous().get(path);
            assertEquals(200, shell.status(), path);
            assertTrue(shell.header("Content-Type").startsWith("text/html"), shell.header("Content-Type"));
            assertTrue(shell.body().contains("<script type=\"module\" src=\"/app/app.js\"></script>"));
            assertTrue(shell.body().contains("<html lang=\"en\">"));
            String csp = shell.header("Content-Security-Policy");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", shell.header("X-Content-Type-Options"));
        }
        Reply script = anonymous().get("/app/app.js");
        assertEquals(200, script.status());
        assertTrue(script.header("Content-Type").startsWith("text/javascript"));
        assertEquals(200, anonymous().get("/app/app.css").status());
    }

    /** Read from each plugin's jar as built: every text a page shows, in all three languages, none left empty. */
    @Test
    void everyMethodPluginsPageLabelsAreWrittenInEnglishSwedishAndBokmal() throws Exception {
        for (String plugin : MethodPlugins.ALL) {
            JsonNode labels;
            try (ZipFile jar = new ZipFile(MethodPlugins.jar(plugin).toFile())) {
                ZipEntry entry = jar.getEntry("web/labels.json");
                assertTrue(entry != null, plugin + " has web/labels.json");
                labels = new ObjectMapper().readTree(jar.getInputStream(entry));
            }
            Set<String> english = labelKeys(plugin, labels.path("en"), "");
            assertTrue(english.size() > 10, plugin + ": " + english);
            for (String lang : List.of("sv", "nb")) {
                Set<String> written = labelKeys(plugin, labels.path(lang), "");
                Set<String> missing = new TreeSet<>(english);
                missing.removeAll(written);
                Set<String> extra = new TreeSet<>(written);
                extra.removeAll(english);
                assertEquals(Set.of(), missing, plugin + ": labels in English but not in " + lang);
                assertEquals(Set.of(), extra, plugin + ": labels in " + lang + " but not in English");
            }
        }
    }

    private static Set<String> labelKeys(String plugin, JsonNode node, String prefix) {
        Set<String> keys = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isObject()) {
                keys.addAll(labelKeys(plugin, field.getValue(), prefix + field.getKey() + "."));
            } else {
                assertFalse(field.getValue().asText().isBlank(), plugin + ": " + prefix + field.getKey() + " is empty");
                keys.add(prefix + field.getKey());
            }
        }
        return keys;
    }

    @Test
    void labelsComeInEnglishSwedishAndBokmalAndEnglishOtherwise() {
        assertEquals("Logga in", anonymous().get("/app/labels/sv.json").json().path("signIn.title").asText());
        assertEquals("Logg inn", anonymous().get("/app/labels/nb.json").json().path("signIn.title").asText());
        assertEquals("Sign in", anonymous().get("/app/labels/en.json").json().path("signIn.title").asText());
        assertEquals("Sign in", anonymous().get("/app/labels/xx.json").json().path("signIn.title").asText());
    }

    @Test
    void nothingOutsideTheWebAppsFilesIsServedAndTheApiStaysAnApi() {
        for (String path : new String[] {"/app/../etc/passwd", "/app/%2e%2e/web/index.html", "/app/.hidden.js",
            "/app/WebApp.class", "/app/plugins/notes/main.js", "/app/plugins/../web/app.js"}) {
            Reply reply = anonymous().get(path);
            assertTrue(reply.status() == 404 || reply.status() == 400, path + " -> " + reply);
            assertFalse(reply.body().contains("org.samverka"), path);
        }
        Reply elsewhere = anonymous().get(site("/elsewhere"));
        assertEquals(404, elsewhere.status());
        assertTrue(elsewhere.header("Content-Type").startsWith("application/problem+json"));
        Reply post = anonymous().post(site("/"), "{}");
        assertTrue(post.status() == 405 || post.status() == 404, post.toString());
        assertTrue(post.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(401, anonymous().get("/api/v1/regions").status());
    }

    @Test
    void aPluginsPagesComeAndGoWithThePlugin() {
        assertFalse(anonymous().get("/app/plugins.json").body().contains("notes"));
        Path jar = Path.of(System.getProperty("samverka.notes.plugin"));
        samverka.deploy(jar, "notes");
        Reply listed = anonymous().await("/app/plugins.json", r -> r.body().contains("\"notes\""), Samverka.PATIENCE);
        assertTrue(listed.body().contains("/app/plugins/notes/main.js"), listed.body());
        Reply main = anonymous().get("/app/plugins/notes/main.js");
        assertEquals(200, main.status());
        assertTrue(main.body().contains("export async function register(shell)"));
        assertEquals("Anteckningar", anonymous().get("/app/plugins/notes/labels.json").json().path("sv").path("title").asText());
        assertEquals(404, anonymous().get("/app/plugins/notes/../../web/app.js").status());

        samverka.undeploy(jar.getFileName().toString(), "notes");
        anonymous().await("/app/plugins.json", r -> !r.body().contains("\"notes\""), Samverka.PATIENCE);
        assertEquals(404, anonymous().get("/app/plugins/notes/main.js").status());
    }
}
