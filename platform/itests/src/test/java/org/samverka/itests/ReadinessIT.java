package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.samverka.itests.Api.Reply;

/**
 * Readiness as a load balancer meets it: the distribution started by {@code bin/samverka} with a
 * plugin and a broken plugin in {@code plugins/}, {@code /health} polled as fast as a client can.
 * From its first 200 on, the platform's own paths and the plugin's paths serve at once; the
 * broken plugin is reported failed without holding readiness back for ever. JUnit 5, without the
 * test kit: it starts a copy of the distribution itself.
 */
class ReadinessIT {

    private final Path home = Path.of(System.getProperty("samverka.home")).toAbsolutePath();
    private final String token = "itest-ready-" + UUID.randomUUID();

    @Test
    void fromTheFirst200OnEveryPlatformAndPluginPathServes() throws Exception {
        Path root = Files.createDirectories(Path.of(System.getProperty("samverka.itest.data")))
                .resolve("ReadinessIT-" + System.nanoTime());
        Path copy = copyOfTheDistribution(root.resolve("samverka"));
        Files.writeString(copy.resolve("config/org.samverka.plugin.lifecycle.cfg"), "demoMode=true\n");
        Files.writeString(copy.resolve("config/org.samverka.health.cfg"), "pluginStartTimeoutSeconds=8\n");
        Path plugins = Files.createDirectories(root.resolve("plugins"));
        Files.copy(Path.of(System.getProperty("samverka.lifecycle.plugin")), plugins.resolve("lifecycle.jar"));
        TestBundles.writeUnresolvable(plugins.resolve("broken.jar"), "org.samverka.test.broken");
        Files.write(plugins.resolve("corrupt.jar"), "this is not a zip file".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        try (StartedProcess samverka = StartedProcess.start(copy, root.resolve("data"), plugins, token,
                Map.of("SAMVERKA_CDS", "off"))) {
            String port = samverka.port;
            Api anonymous = new Api(port, null);
            Api admin = new Api(port, token);
            Reply ready = pollUntilReady(anonymous, samverka);

            Reply municipalities = admin.get("/api/v1/regions/norrbotten/municipalities");
            Reply items = admin.get("/api/v1/municipalities/lulea/lifecycle/items");
            Reply matrix = admin.get("/api/v1/regions/norrbotten/lifecycle/matrix");
            assertEquals(200, municipalities.status(), municipalities.toString());
            assertEquals(14, municipalities.json().size());
            assertEquals(200, items.status(), "the plugin's paths serve from the first 200: " + items);
            assertEquals(200, matrix.status(), matrix.toString());

            assertTrue(ready.json().path("failedPlugins").toString().contains("broken.jar"), ready.body());
            assertTrue(ready.json().path("failedPlugins").toString().contains("corrupt.jar"), ready.body());
            assertTrue(ready.json().path("modules").toString().contains("\"lifecycle\""), ready.body());
            assertEquals(200, anonymous.get("/api/v1/health/live").status());

            // An upload the client abandons is its own affair: one line in the log, no stack trace.
            try (java.net.Socket socket = new java.net.Socket("localhost", Integer.parseInt(port))) {
                socket.getOutputStream().write(("POST /api/v1/municipalities/lulea/lifecycle/items/import HTTP/1.1\r\nHost: x\r\n"
                        + "Authorization: Bearer " + token + "\r\nContent-Type: text/csv\r\nContent-Length: 9000\r\n\r\nphase,kind")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                socket.shutdownOutput();
                socket.getInputStream().readAllBytes();
            }
            Api.sleep(500);
            String log = Files.readString(root.resolve("data/logs/samverka.log"));
            assertTrue(log.contains("Plugin org.samverka.test.broken from broken.jar could not start"), log);
            assertTrue(log.contains("Plugin file corrupt.jar is not a plugin"), log);
            assertTrue(log.contains("Refused a request whose body could not be read"), log);
            assertTrue(!log.contains("\tat "), "no stack traces in the log:\n" + log);
        }
    }

    /** Asks as fast as it can; the first 200 it gets. */
    private static Reply pollUntilReady(Api anonymous, StartedProcess samverka) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                Reply health = anonymous.get("/api/v1/health");
                if (health.status() == 200) {
                    return health;
                }
                assertEquals(503, health.status(), health.toString());
            } catch (UncheckedIOException notListeningYet) {
                Api.sleep(5);
            }
        }
        throw new AssertionError("not ready within 90 s; it printed " + samverka.printed());
    }

    private Path copyOfTheDistribution(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(home)) {
            for (Path source : files.filter(f -> !f.startsWith(home.resolve("data"))).toList()) {
                Path copied = target.resolve(home.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copied);
                } else {
                    Files.copy(source, copied, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return target;
    }
}
