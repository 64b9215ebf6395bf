package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/**
 * {@code /api/v1/openapi.json} of a distribution with every method plugin is a valid OpenAPI 3.1
 * document, read by an OpenAPI parser: the platform booted by the SDK's test kit (JUnit 5), as a
 * plugin's own tests boot it.
 */
@SamverkaTest
class OpenApiDocumentIT {

    @BeforeAll
    static void everyPlugin(Samverka samverka) {
        MethodPlugins.deployAll(samverka);
    }

    @Test
    void theDocumentIsValidOpenApi31(Samverka samverka) {
        Reply document = samverka.as("viewer", "municipality:lulea").get("/openapi.json");
        assertEquals(200, document.status(), document.toString());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(document.body(), null, options);
        OpenAPI api = parsed.getOpenAPI();
        assertNotNull(api, "not read as OpenAPI: " + parsed.getMessages());
        assertEquals(List.of(), parsed.getMessages(), "what the parser found wrong");
        assertEquals(SpecVersion.V31, api.getSpecVersion());
        for (String module : MethodPlugins.ALL) {
            assertTrue(api.getPaths().keySet().stream().anyMatch(p -> p.contains("/" + module)), module + " is in the document");
        }
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> assertTrue(
                operation.getResponses() != null && !operation.getResponses().isEmpty(), path + " says what it answers")));
    }

    @Test
    void theLifecyclePluginsPathsAreListedOnlyWhileItIsInstalled(Samverka samverka) {
        Path lifecycle = MethodPlugins.jar("lifecycle");
        String items = "/municipalities/{municipalityId}/lifecycle/items";
        assertTrue(samverka.admin().get("/openapi.json").json().path("paths").has(items));
        samverka.undeploy(lifecycle.getFileName().toString(), "lifecycle");
        try {
            // The plugins wired to the lifecycle API (workshop, and co-creation through it) are refreshed
            // as it goes, so they leave the document for a moment and come back.
            String workshops = "/municipalities/{municipalityId}/workshop/workshops";
            Reply without = samverka.admin().await("/openapi.json", r -> !r.json().path("paths").has(items)
                    && r.json().path("paths").has(workshops), Samverka.PATIENCE);
            assertTrue(without.json().path("paths").propertyStream().noneMatch(p -> p.getKey().contains("/lifecycle/")),
                    without.toString());
            assertTrue(without.json().path("paths").has(workshops), "the others stay: " + without);
        } finally {
            samverka.deploy(lifecycle, "lifecycle");
        }
        Reply back = samverka.admin().await("/openapi.json", r -> r.json().path("paths").has(items), Samverka.PATIENCE);
        assertTrue(back.json().path("paths").has(items), back.toString());
    }

    @Test
    void withoutATokenItIs401(Samverka samverka) {
        Reply refused = samverka.anonymous().get("/openapi.json");
        assertEquals(401, refused.status(), refused.toString());
        assertTrue(refused.isProblem(), refused.toString());
    }
}
