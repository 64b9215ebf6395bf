package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/**
 * {@code GET /api/v1/openapi.json} describes exactly what serves: every resource method the REST
 * whiteboard runs (its runtime DTOs) is in the document, and a plugin's paths leave with it.
 */
@SamverkaTest(framework = true)
class OpenApiIT {

    private static final Duration PATIENCE = Samverka.PATIENCE;

    private Samverka samverka;
    private Client api;

    @BeforeEach
    void platform(Samverka samverka) {
        this.samverka = samverka;
        this.api = samverka.admin();
    }

    @Test
    void everyEndpointTheRuntimeServesIsInTheDocument() throws Exception {
        for (String plugin : MethodPlugins.ALL) {
            TestPlugins.place(samverka, MethodPlugins.jar(plugin), plugin + ".jar");
        }
        TestPlugins.place(samverka, TestPlugins.notes(), "notes.jar");
        String[] modules = {"lifecycle", "workshop", "cocreation", "positioning", "portfolio", "notes"};
        for (String module : modules) {
            api.await("/api/v1/modules/" + module, r -> r.status() == 200 && "ACTIVE".equals(r.json().path("state").asText()),
                    PATIENCE);
        }
        // A module is listed as active a moment before the REST whiteboard serves its resources.
        Set<String> found = servedEndpoints();
        for (int i = 0; i < 300 && !servesEvery(found, modules); i++) {
            Thread.sleep(100);
            found = servedEndpoints();
        }
        Set<String> served = found;
        assertTrue(servesEvery(served, modules), "every plugin's resources are served: " + served);
        Reply document = api.await("/api/v1/openapi.json", r -> r.status() == 200 && described(r.json()).containsAll(served), PATIENCE);
        assertEquals(200, document.status(), document.toString());
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(described(document.json()));
        assertEquals(Set.of(), missing, "endpoints served but not in /api/v1/openapi.json");
        assertTrue(served.contains("GET /municipalities/{municipalityId}/notes"), "served " + served);
        assertTrue(served.contains("GET /openapi.json"), "served " + served);
        assertEquals("3.1.0", document.json().path("openapi").asText());
        assertEquals("/api/v1", document.json().path("servers").path(0).path("url").asText());
    }

    @Test
    void aPluginsPathsLeaveTheDocumentWhenItStopsOrIsRemovedAndComeBackWithIt() throws Exception {
        Path jar = TestPlugins.place(samverka, MethodPlugins.jar("portfolio"), "portfolio.jar");
        String programmes = "/municipalities/{municipalityId}/portfolio/programmes";
        assertTrue(documents(programmes), "the portfolio plugin's paths are in the document");
        samverka.framework().stop("org.samverka.plugin.portfolio");
        try {
            Reply stopped = api.await("/api/v1/openapi.json", r -> !r.json().path("paths").has(programmes), PATIENCE);
            assertTrue(described(stopped.json()).stream().noneMatch(e -> e.contains("/portfolio")), stopped.toString());
            assertTrue(stopped.json().path("paths").has("/regions/{regionId}"), "the platform's own paths stay");
        } finally {
            samverka.framework().start("org.samverka.plugin.portfolio");
        }
        assertTrue(documents(programmes), "the portfolio plugin's paths are in the document");

        Files.delete(jar);
        Reply removed = api.await("/api/v1/openapi.json", r -> !r.json().path("paths").has(programmes), PATIENCE);
        assertTrue(described(removed.json()).stream().noneMatch(e -> e.contains("/portfolio")), removed.toString());
    }

    @Test
    void aProviderStoppedWhileOtherPluginsUseItsApiLeavesTheDocumentToo() {
        for (String plugin : MethodPlugins.ALL) {
            TestPlugins.place(samverka, MethodPlugins.jar(plugin), plugin + ".jar");
        }
        String items = "/municipalities/{municipalityId}/lifecycle/items";
        String workshops = "/municipalities/{municipalityId}/workshop/workshops";
        Reply all = api.await("/api/v1/openapi.json", r -> r.json().path("paths").has(items) && r.json().path("paths").has(workshops),
                PATIENCE);
        assertTrue(all.json().path("paths").has(items) && all.json().path("paths").has(workshops), all.toString());
        samverka.framework().stop("org.samverka.plugin.lifecycle");
        try {
            Reply stopped = api.await("/api/v1/openapi.json", r -> !r.json().path("paths").has(items), PATIENCE);
            assertTrue(described(stopped.json()).stream().noneMatch(e -> e.contains("/lifecycle")), stopped.toString());
            assertTrue(stopped.json().path("paths").has(workshops), "the workshop plugin, wired to the lifecycle API, stays");
        } finally {
            samverka.framework().start("org.samverka.plugin.lifecycle");
        }
        assertTrue(documents(items), "back once it is started");
    }

    /** Whether the document has the path, once it does or the patience runs out. */
    private boolean documents(String path) {
        return api.await("/api/v1/openapi.json", r -> r.json().path("paths").has(path), PATIENCE).json().path("paths").has(path);
    }

    private static boolean servesEvery(Set<String> served, String[] modules) {
        return Arrays.stream(modules).allMatch(m -> served.stream().anyMatch(e -> e.contains("/" + m + "/") || e.endsWith("/" + m)));
    }

    /** "GET /path" for every operation in the document. */
    private static Set<String> described(JsonNode document) {
        Set<String> described = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> described.add(method.toUpperCase() + " " + path.getKey())));
        return described;
    }

    /** "GET /path" for every resource method of the REST whiteboard's default application. */
    private Set<String> servedEndpoints() {
        Set<String> served = new TreeSet<>();
        ServedEndpoints.of(samverka.framework()).forEach(e -> served.add(e.method() + " " + e.path()));
        return served;
    }
}
