package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The built distribution started the way regional IT starts it, {@code bin/samverka}, twice on
 * one data directory: the first clean stop leaves a class data sharing archive, the second start
 * serves classes from it, and neither prints a warning; the HTTP threads it is given are the ones
 * Jetty runs. JUnit 5, without the test kit: it starts the distribution itself.
 */
class StartScriptIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final Path home = Path.of(System.getProperty("samverka.home")).toAbsolutePath();
    private final String token = "itest-start-" + UUID.randomUUID();

    @Test
    void theSecondStartServesClassesFromTheArchiveTheFirstStopWrote() throws Exception {
        Path data = Files.createDirectories(Path.of(System.getProperty("samverka.itest.data")))
                .resolve("StartScriptIT-" + System.nanoTime());

        String first = startServeAndStop(data, "");
        try (Stream<Path> archives = Files.list(data.resolve("cds"))) {
            assertEquals(1, archives.filter(p -> p.toString().endsWith(".jsa")).count(), "one archive after a clean stop");
        }

        Path classLog = data.resolve("classes.log");
        String second = startServeAndStop(data, "-Xlog:class+load=info:file=" + classLog);
        long archived;
        try (Stream<String> lines = Files.lines(classLog)) {
            archived = lines.filter(l -> l.contains("shared objects file (top)")).count();
        }
        assertTrue(archived > 1000, "classes served from the archive: " + archived);

        for (String output : List.of(first, second)) {
            assertFalse(output.contains("[warning]") || output.contains("WARNING:"), output);
            assertTrue(output.contains("Database closed"), output);
        }
    }

    @Test
    void withoutAnAdminPasswordTheFirstStartPrintsAOneTimeSetUpLink() throws Exception {
        Path data = Files.createDirectories(Path.of(System.getProperty("samverka.itest.data")))
                .resolve("StartScriptIT-setup-" + System.nanoTime());
        StartedProcess samverka = StartedProcess.start(home, data, data.resolve("plugins"), token, Map.of());
        try (samverka) {
            Api anonymous = new Api(samverka.port, null);
            assertEquals(200, anonymous.await("/api/v1/health", r -> r.status() == 200, PATIENCE).status());
            java.util.regex.Matcher link = java.util.regex.Pattern.compile("http://localhost:" + samverka.port
                    + "/setup#code=([A-Za-z0-9_-]+)").matcher(samverka.printed());
            assertTrue(link.find(), samverka.printed());
            assertTrue(anonymous.get("/api/v1/setup").json().path("open").asBoolean());
            assertEquals(200, anonymous.get("/setup").status());

            Api.Reply wrong = anonymous.post("/api/v1/setup", "{\"code\":\"guessed\",\"password\":\"long-secret-passphrase\"}");
            assertEquals(404, wrong.status());
            Api.Reply weak = anonymous.post("/api/v1/setup", "{\"code\":\"" + link.group(1) + "\",\"password\":\"short\"}");
            assertEquals(400, weak.status());
            Api.Reply done = anonymous.post("/api/v1/setup", "{\"code\":\"" + link.group(1)
                    + "\",\"password\":\"long-secret-passphrase\"}");
            assertEquals(201, done.status(), done.toString());
            assertEquals("admin", done.json().path("person").path("username").asText());
            assertTrue(done.header("Set-Cookie").startsWith("samverka_session="));
            Api.Reply again = anonymous.post("/api/v1/setup", "{\"code\":\"" + link.group(1)
                    + "\",\"password\":\"another-long-password\"}");
            assertEquals(404, again.status(), "the link works once");
            assertFalse(anonymous.get("/api/v1/setup").json().path("open").asBoolean());
            assertEquals(201, anonymous.post("/api/v1/sessions",
                    "{\"username\":\"admin\",\"password\":\"long-secret-passphrase\"}").status());
            assertFalse(Files.readString(data.resolve("logs/samverka.log")).contains(link.group(1)), "the code never reaches the log");
        }
    }

    @Test
    void theHttpServerServesWithTheThreadsItIsGivenAndRefusesTooFew() throws Exception {
        Path data = Files.createDirectories(Path.of(System.getProperty("samverka.itest.data")))
                .resolve("StartScriptIT-threads-" + System.nanoTime());
        StartedProcess samverka = StartedProcess.start(home, data, data.resolve("plugins"), token,
                Map.of("SAMVERKA_HTTP_THREADS", "8", "SAMVERKA_CDS", "off"));
        try (samverka) {
            Api admin = new Api(samverka.port, token);
            assertEquals(200, admin.await("/api/v1/health", r -> r.status() == 200, PATIENCE).status(), samverka.printed());
            // Jetty reports the pool it was given when it starts.
            assertTrue(samverka.printed().contains("maxThreads=8,"), samverka.printed());
            // Four times as many clients as threads are all answered: they wait their turn, none is refused.
            ExecutorService pool = Executors.newFixedThreadPool(32);
            try {
                List<Future<Integer>> replies = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    replies.add(pool.submit(() -> admin.get("/api/v1/regions/norrbotten/municipalities").status()));
                }
                for (Future<Integer> reply : replies) {
                    assertEquals(200, reply.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }

        for (String wrong : List.of("4", "many", "12345678901234567890")) {
            StartedProcess refused = StartedProcess.start(home, data, data.resolve("plugins"), token,
                    Map.of("SAMVERKA_HTTP_THREADS", wrong));
            try (refused) {
                assertEquals(2, refused.exitStatus(Duration.ofSeconds(30)), refused.printed());
                assertTrue(refused.printed().contains("SAMVERKA_HTTP_THREADS must be a whole number from 8 to 999999"),
                        refused.printed());
            }
        }
    }

    /** Starts bin/samverka, waits for a 200 from /health, stops it with SIGTERM; returns what it printed. */
    private String startServeAndStop(Path data, String javaOptions) throws IOException, InterruptedException {
        StartedProcess samverka = StartedProcess.start(home, data, data.resolve("plugins"), token, Map.of("JAVA_OPTS", javaOptions));
        try (samverka) {
            Api.Reply health = new Api(samverka.port, null).await("/api/v1/health", r -> r.status() == 200, PATIENCE);
            assertEquals(200, health == null ? 0 : health.status(), samverka.printed());
        }
        String printed = samverka.printed();
        Files.delete(samverka.output);
        return printed;
    }
}
