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
