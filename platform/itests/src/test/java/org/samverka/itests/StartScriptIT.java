package org.samverka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * The built distribution started the way regional IT starts it, {@code bin/samverka}, twice on
 * one data directory: the first clean stop leaves a class data sharing archive, the second start
 * serves classes from it, and neither prints a warning.
 */
public class StartScriptIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final Path home = Path.of(System.getProperty("samverka.home")).toAbsolutePath();
    private final String token = "itest-start-" + UUID.randomUUID();

    @Test
    public void theSecondStartServesClassesFromTheArchiveTheFirstStopWrote() throws Exception {
        Path data = Files.createDirectories(Path.of(System.getProperty("samverka.itest.data")))
                .resolve("StartScriptIT-" + System.nanoTime());

        String first = startServeAndStop(data, "");
        try (Stream<Path> archives = Files.list(data.resolve("cds"))) {
            assertEquals("one archive after a clean stop", 1, archives.filter(p -> p.toString().endsWith(".jsa")).count());
        }

        Path classLog = data.resolve("classes.log");
        String second = startServeAndStop(data, "-Xlog:class+load=info:file=" + classLog);
        long archived;
        try (Stream<String> lines = Files.lines(classLog)) {
            archived = lines.filter(l -> l.contains("shared objects file (top)")).count();
        }
        assertTrue("classes served from the archive: " + archived, archived > 1000);

        for (String output : List.of(first, second)) {
            assertFalse(output, output.contains("[warning]") || output.contains("WARNING:"));
            assertTrue(output, output.contains("Database closed"));
        }
    }

    @Test
    public void withoutAnAdminPasswordTheFirstStartPrintsAOneTimeSetUpLink() throws Exception {
        Path data = Files.createDirectories(Path.of(System.getProperty("samverka.itest.data")))
                .resolve("StartScriptIT-setup-" + System.nanoTime());
        StartedProcess samverka = StartedProcess.start(home, data, data.resolve("plugins"), token, Map.of());
        try (samverka) {
            Api anonymous = new Api(samverka.port, null);
            assertEquals(200, anonymous.await("/api/v1/health", r -> r.status() == 200, PATIENCE).status());
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://localhost:" + samverka.port
                    + "/setup#code=([A-Za-z0-9_-]+)").matcher(samverka.printed());
            assertTrue(samverka.printed(), link.find());
            assertTrue(anonymous.get("/api/v1/setup").json().path("open").asBoolean());
            assertEquals(200, anonymous.get("/setup").status());

            Api.Reply wrong = anonymous.post("/api/v1/setup", "{\"code\":\"guessed\",\"password\":\"long-secret-passphrase\"}");
            assertEquals(404, wrong.status());
            Api.Reply weak = anonymous.post("/api/v1/setup", "{\"code\":\"" + link.group(1) + "\",\"password\":\"short\"}");
            assertEquals(400, weak.status());
            Api.Reply done = anonymous.post("/api/v1/setup", "{\"code\":\"" + link.group(1)
                    + "\",\"password\":\"long-secret-passphrase\"}");
            assertEquals(done.toString(), 201, done.status());
            assertEquals("admin", done.json().path("person").path("username").asText());
            assertTrue(done.header("Set-Cookie").startsWith("samverka_session="));
            Api.Reply again = anonymous.post("/api/v1/setup", "{\"code\":\"" + link.group(1)
                    + "\",\"password\":\"another-long-password\"}");
            assertEquals("the link works once", 404, again.status());
            assertFalse(anonymous.get("/api/v1/setup").json().path("open").asBoolean());
            assertEquals(201, anonymous.post("/api/v1/sessions",
                    "{\"username\":\"admin\",\"password\":\"long-secret-passphrase\"}").status());
            assertFalse("the code never reaches the log", Files.readString(data.resolve("logs/samverka.log")).contains(link.group(1)));
        }
    }

    /** Starts bin/samverka, waits for a 200 from /health, stops it with SIGTERM; returns what it printed. */
    private String startServeAndStop(Path data, String javaOptions) throws IOException, InterruptedException {
        StartedProcess samverka = StartedProcess.start(home, data, data.resolve("plugins"), token, Map.of("JAVA_OPTS", javaOptions));
        try (samverka) {
            Api.Reply health = new Api(samverka.port, null).await("/api/v1/health", r -> r.status() == 200, PATIENCE);
            assertEquals(samverka.printed(), 200, health == null ? 0 : health.status());
        }
        String printed = samverka.printed();
        Files.delete(samverka.output);
        return printed;
    }
}
