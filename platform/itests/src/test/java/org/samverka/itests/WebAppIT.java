package org.samverka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.samverka.itests.Api.Reply;

/**
 * The web app over HTTP: the shell at {@code /} with its security headers, its files and its
 * labels per language, and a plugin's pages that come and go with the plugin.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WebAppIT extends PlatformTestBase {

    private Api anonymous() {
        return api.as(null);
    }

    @Test
    public void theShellIsServedAtTheRootWithAStrictContentSecurityPolicy() {
        for (String path : new String[] {"/", "/setup", "/app/"}) {
            Reply shell = anonymous().get(path);
            assertEquals(path, 200, shell.status());
            assertTrue(shell.header("Content-Type"), shell.header("Content-Type").startsWith("text/html"));
            assertTrue(shell.body().contains("<script type=\"module\" src=\"/app/app.js\"></script>"));
            assertTrue(shell.body().contains("<html lang=\"en\">"));
            String csp = shell.header("Content-Security-Policy");
            assertTrue(csp, csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"));
            assertEquals("nosniff", shell.header("X-Content-Type-Options"));
        }
        Reply script = anonymous().get("/app/app.js");
        assertEquals(200, script.status());
        assertTrue(script.header("Content-Type").startsWith("text/javascript"));
        assertEquals(200, anonymous().get("/app/app.css").status());
    }

    @Test
    public void labelsComeInEnglishSwedishAndBokmalAndEnglishOtherwise() {
        assertEquals("Logga in", anonymous().get("/app/labels/sv.json").json().path("signIn.title").asText());
        assertEquals("Logg inn", anonymous().get("/app/labels/nb.json").json().path("signIn.title").asText());
        assertEquals("Sign in", anonymous().get("/app/labels/en.json").json().path("signIn.title").asText());
        assertEquals("Sign in", anonymous().get("/app/labels/xx.json").json().path("signIn.title").asText());
    }

    @Test
    public void nothingOutsideTheWebAppsFilesIsServedAndTheApiStaysAnApi() {
        for (String path : new String[] {"/app/../etc/passwd", "/app/%2e%2e/web/index.html", "/app/.hidden.js",
            "/app/WebApp.class", "/app/plugins/notes/main.js", "/app/plugins/../web/app.js"}) {
            Reply reply = anonymous().get(path);
            assertTrue(path + " -> " + reply, reply.status() == 404 || reply.status() == 400);
            assertFalse(path, reply.body().contains("org.samverka"));
        }
        Reply elsewhere = anonymous().get("/elsewhere");
        assertEquals(404, elsewhere.status());
        assertTrue(elsewhere.header("Content-Type").startsWith("application/problem+json"));
        Reply post = anonymous().post("/", "{}");
        assertTrue(post.toString(), post.status() == 405 || post.status() == 404);
        assertTrue(post.header("Content-Type").startsWith("application/problem+json"));
        assertEquals(401, anonymous().get("/api/v1/regions").status());
    }

    @Test
    public void aPluginsPagesComeAndGoWithThePlugin() throws Exception {
        assertFalse(anonymous().get("/app/plugins.json").body().contains("notes"));
        Path jar = deployPlugin("notes.jar", NOTES_PLUGIN);
        Reply listed = anonymous().await("/app/plugins.json", r -> r.body().contains("\"notes\""), PATIENCE);
        assertTrue(listed.body(), listed.body().contains("/app/plugins/notes/main.js"));
        Reply main = anonymous().get("/app/plugins/notes/main.js");
        assertEquals(200, main.status());
        assertTrue(main.body().contains("export async function register(shell)"));
        assertEquals("Anteckningar", anonymous().get("/app/plugins/notes/labels.json").json().path("sv").path("title").asText());
        assertEquals(404, anonymous().get("/app/plugins/notes/../../web/app.js").status());

        Files.delete(jar);
        anonymous().await("/app/plugins.json", r -> !r.body().contains("\"notes\""), PATIENCE);
        assertEquals(404, anonymous().get("/app/plugins/notes/main.js").status());
    }
}
