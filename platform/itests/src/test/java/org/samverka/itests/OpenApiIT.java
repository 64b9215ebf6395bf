package org.samverka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceMethodInfoDTO;
import org.samverka.itests.Api.Reply;

/**
 * {@code GET /api/v1/openapi.json} describes exactly what serves: every resource method the REST
 * whiteboard runs (its runtime DTOs) is in the document, and a plugin's paths leave with it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OpenApiIT extends PlatformTestBase {

    @Test
    public void everyEndpointTheRuntimeServesIsInTheDocument() throws Exception {
        for (String plugin : new String[] {"lifecycle", "workshop", "cocreation", "positioning", "portfolio"}) {
            deployPlugin(plugin + ".jar", "samverka." + plugin + ".plugin");
        }
        deployPlugin("notes.jar", NOTES_PLUGIN);
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
        assertTrue("every plugin's resources are served: " + served, servesEvery(served, modules));
        Reply document = api.await("/api/v1/openapi.json", r -> r.status() == 200 && described(r.json()).containsAll(served), PATIENCE);
        assertEquals(document.toString(), 200, document.status());
        Set<String> missing = new TreeSet<>(served);
        missing.removeAll(described(document.json()));
        assertEquals("endpoints served but not in /api/v1/openapi.json", Set.of(), missing);
        assertTrue("served " + served, served.contains("GET /municipalities/{municipalityId}/notes"));
        assertTrue("served " + served, served.contains("GET /openapi.json"));
        assertEquals("3.1.0", document.json().path("openapi").asText());
        assertEquals("/api/v1", document.json().path("servers").path(0).path("url").asText());
    }

    @Test
    public void aPluginsPathsLeaveTheDocumentWhenItStopsOrIsRemovedAndComeBackWithIt() throws Exception {
        Path jar = deployPlugin("portfolio.jar", "samverka.portfolio.plugin");
        String programmes = "/municipalities/{municipalityId}/portfolio/programmes";
        assertEquals(200, api.await("/api/v1/openapi.json", r -> r.json().path("paths").has(programmes), PATIENCE).status());
        Bundle portfolio = bundle("org.samverka.plugin.portfolio").orElseThrow();
        portfolio.stop();
        try {
            Reply stopped = api.await("/api/v1/openapi.json", r -> !r.json().path("paths").has(programmes), PATIENCE);
            assertTrue(stopped.toString(), described(stopped.json()).stream().noneMatch(e -> e.contains("/portfolio")));
            assertTrue("the platform's own paths stay", stopped.json().path("paths").has("/regions/{regionId}"));
        } finally {
            portfolio.start();
        }
        assertEquals(200, api.await("/api/v1/openapi.json", r -> r.json().path("paths").has(programmes), PATIENCE).status());

        Files.delete(jar);
        Reply removed = api.await("/api/v1/openapi.json", r -> !r.json().path("paths").has(programmes), PATIENCE);
        assertTrue(removed.toString(), described(removed.json()).stream().noneMatch(e -> e.contains("/portfolio")));
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

    /** "GET /path" for every resource method of the REST whiteboard's default application, as SecurityIT finds them. */
    private Set<String> servedEndpoints() {
        JakartarsServiceRuntime runtime = context.getService(context.getServiceReference(JakartarsServiceRuntime.class));
        Set<String> served = new TreeSet<>();
        for (ResourceDTO resource : runtime.getRuntimeDTO().defaultApplication.resourceDTOs) {
            for (ResourceMethodInfoDTO method : resource.resourceMethods) {
                String path = ("/" + method.path).replaceAll("/+", "/").replaceAll("\\{(\\w+)(:[^}]*)?}", "{$1}");
                served.add(method.method + " " + (path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path));
            }
        }
        return served;
    }
}
