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
@SamverkaTest(modules = "lifecycle")
class OpenApiDocumentIT {

    @BeforeAll
    static void everyPlugin(Samverka samverka) {
        for (String plugin : List.of("workshop", "cocreation", "positioning", "portfolio")) {
            samverka.deploy(Path.of(System.getProperty("samverka." + plugin + ".plugin")), plugin);
        }
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
        for (String module : List.of("lifecycle", "workshop", "cocreation", "positioning", "portfolio")) {
            assertTrue(api.getPaths().keySet().stream().anyMatch(p -> p.contains("/" + module)), module + " is in the document");
        }
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> assertTrue(
                operation.getResponses() != null && !operation.getResponses().isEmpty(), path + " says what it answers")));
    }

    @Test
    void theLifecyclePluginsPathsAreListedOnlyWhileItIsInstalled(Samverka samverka) {
        Path lifecycle = Path.of(System.getProperty("samverka.plugin"));
        String items = "/municipalities/{municipalityId}/lifecycle/items";
        assertTrue(samverka.admin().get("/openapi.json").json().path("paths").has(items));
        samverka.undeploy(lifecycle.getFileName().toString(), "lifecycle");
        try {
            Reply without = samverka.admin().await("/openapi.json", r -> !r.json().path("paths").has(items), Samverka.PATIENCE);
            assertTrue(without.json().path("paths").propertyStream().noneMatch(p -> p.getKey().contains("/lifecycle/")),
                    without.toString());
            assertTrue(without.json().path("paths").has("/municipalities/{municipalityId}/workshop/workshops"), "the others stay");
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
