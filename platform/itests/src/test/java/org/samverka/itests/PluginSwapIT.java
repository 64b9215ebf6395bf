package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/**
 * Plugins replaced while clients keep calling them, and copies of plugins coming and going:
 * no answer is a server error other than 503 with Retry-After, every error is problem+json, and
 * a plugin stays while any jar of it remains in the folder.
 */
@SamverkaTest
class PluginSwapIT {

    /** How long the load runs; the issue's own measure is 60 s with a redeploy every 10 s. */
    private static final int LOAD_SECONDS = Integer.getInteger("samverka.itest.loadSeconds", 60);
    private static final int CLIENTS = 64;
    private static final String ITEM = "{\"phase\":\"WELCOME\",\"kind\":\"EFFORT\",\"title\":\"%s\",\"status\":\"PLANNED\"}";

    private Samverka samverka;
    private Client api;

    @BeforeEach
    void platform(Samverka samverka) {
        this.samverka = samverka;
        this.api = samverka.admin();
    }

    @Test
    void aSecondCopyOfAPluginComesAndGoesWithoutTakingThePluginAlong() throws Exception {
        Path original = TestPlugins.place(samverka, TestPlugins.notes(), "notes.jar");
        TestPlugins.enable(samverka, "notes", "", "boden");
        Path copy = original.resolveSibling("notes-copy.jar");
        Files.copy(original, original.resolveSibling("notes-copy.part"));
        Files.move(original.resolveSibling("notes-copy.part"), copy);
        Api.sleep(1500);

        Files.delete(copy);
        Api.sleep(1500); // several scans of the folder
        Reply module = api.get("/api/v1/modules/notes");
        assertEquals("ACTIVE", module.json().path("state").asText(), "the plugin stays while its original jar lies there: " + module);
        assertEquals(200, api.get("/api/v1/municipalities/boden/notes").status());

        Files.delete(original);
        assertEquals(404, api.await("/api/v1/modules/notes", r -> r.status() == 404, Samverka.PATIENCE).status());
    }

    @Test
    void sixtyFourClientsWhileThePluginIsReplacedEveryTenSecondsGetNoServerError() throws Exception {
        Path plugin = TestPlugins.place(samverka, TestPlugins.lifecycle(), "lifecycle.jar");
        TestPlugins.enable(samverka, "lifecycle", "/items", "lulea", "kiruna", "pitea");
        List<String> items = new ArrayList<>();
        for (String town : List.of("lulea", "kiruna", "pitea")) {
            items.add(api.post("/api/v1/municipalities/" + town + "/lifecycle/items", String.format(ITEM, "seed")).header("Location"));
        }

        Map<Integer, Integer> statuses = new TreeMap<>();
        Map<String, String> wrong = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                while (running.get()) {
                    Reply reply;
                    try {
                        reply = oneRequest(client, items);
                    } catch (java.io.UncheckedIOException dropped) {
                        wrong.putIfAbsent("dropped connection", String.valueOf(dropped.getMessage()));
                        continue;
                    }
                    synchronized (statuses) {
                        statuses.merge(reply.status(), 1, Integer::sum);
                    }
                    String problem = problemWith(reply);
                    if (problem != null) {
                        wrong.putIfAbsent(reply.status() + " " + problem, reply.toString());
                    }
                }
                return null;
            });
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        int redeploys = 0;
        while (System.nanoTime() < end) {
            Api.sleep(Math.min(10_000, Math.max(0, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()))));
            if (System.nanoTime() < end) {
                replaceWithChangedBuild(plugin, ++redeploys);
            }
        }
        running.set(false);
        clients.shutdown();
        assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS));

        System.out.printf("%d clients for %d s, %d redeploys: %s%n", CLIENTS, LOAD_SECONDS, redeploys, statuses);
        assertEquals(Map.of(), wrong, "answers that break the rules: " + wrong);
        assertTrue(statuses.getOrDefault(200, 0) + statuses.getOrDefault(201, 0) > 1000, "mostly served: " + statuses);
        assertTrue(redeploys >= LOAD_SECONDS / 10 - 1, "redeployed " + redeploys + " times");
        assertEquals(200, api.await("/api/v1/municipalities/lulea/lifecycle/items", r -> r.status() == 200, Samverka.PATIENCE).status());
    }

    /** 70 % reads, 30 % writes, on the plugin and on the platform. */
    private Reply oneRequest(int client, List<String> items) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String town = List.of("lulea", "kiruna", "pitea").get(client % 3);
        String base = "/api/v1/municipalities/" + town + "/lifecycle";
        int dice = random.nextInt(100);
        {
            if (dice < 40) {
                return api.get(base + "/items?limit=20");
            }
            if (dice < 55) {
                return api.get(base + "/assessment");
            }
            if (dice < 65) {
                return api.get("/api/v1/regions/norrbotten/municipalities");
            }
            if (dice < 70) {
                return api.get("/api/v1/regions/norrbotten/lifecycle/matrix");
            }
            if (dice < 85) {
                return api.post(base + "/items", String.format(ITEM, "load " + client));
            }
            String item = items.get(client % items.size());
            String path = item.substring(item.indexOf("/api/v1/"));
            return api.put(path, String.format(ITEM, "changed by " + client), "If-Match", "*");
        }
    }

    /** What is wrong with the reply, or null when it keeps the rules. */
    private static String problemWith(Reply reply) {
        int status = reply.status();
        if (status < 400) {
            return null;
        }
        String type = reply.header("Content-Type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "not problem+json";
        }
        if (status >= 500 && !(status == 503 && reply.header("Retry-After") != null)) {
            return "a server error";
        }
        if (status != 503 && status != 412 && status != 409) {
            return "unexpected";
        }
        return null;
    }

    /** The built plugin with one more entry: another jar of the same bundle, so the folder updates it. */
    private static void replaceWithChangedBuild(Path plugin, int generation) throws IOException {
        Path staged = plugin.resolveSibling("lifecycle.jar.part");
        try (InputStream in = Files.newInputStream(TestPlugins.lifecycle());
                ZipInputStream source = new ZipInputStream(in);
                OutputStream out = Files.newOutputStream(staged);
                ZipOutputStream target = new ZipOutputStream(out)) {
            for (ZipEntry entry = source.getNextEntry(); entry != null; entry = source.getNextEntry()) {
                target.putNextEntry(new ZipEntry(entry.getName()));
                source.transferTo(target);
                target.closeEntry();
            }
            target.putNextEntry(new ZipEntry("redeploy-" + generation + ".txt"));
            target.write(("generation " + generation).getBytes(StandardCharsets.UTF_8));
            target.closeEntry();
        }
        Files.move(staged, plugin, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
