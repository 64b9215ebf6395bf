package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Framework;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/** Failures stay contained: a broken plugin does not take the platform down; a lost database shows in health. */
@SamverkaTest(framework = true)
class ResilienceIT {

    /** {@code DTOConstants.FAILURE_REASON_REQUIRED_EXTENSIONS_UNAVAILABLE} of the Jakarta REST whiteboard. */
    private static final int REQUIRED_EXTENSIONS_UNAVAILABLE = 5;

    private Samverka samverka;
    private Client api;
    private Client anonymous;
    private Framework framework;

    @BeforeEach
    void platform(Samverka samverka) {
        this.samverka = samverka;
        this.api = samverka.admin();
        this.anonymous = samverka.anonymous();
        this.framework = samverka.framework();
    }

    @Test
    void aPluginThatCannotStartLeavesThePlatformServing() throws Exception {
        Path broken = samverka.plugins().resolve("broken.jar");
        TestBundles.writeUnresolvable(broken, "org.samverka.test.broken");

        Reply health = api.await("/api/v1/health",
                r -> r.json().path("framework").path("notActive").toString().contains("org.samverka.test.broken"), Samverka.PATIENCE);
        assertEquals(200, health.status(), health.toString());
        assertEquals("UP", health.json().path("status").asText());
        assertEquals(14, api.get("/api/v1/regions/norrbotten/municipalities").json().size());

        Files.delete(broken);
        Reply after = api.await("/api/v1/health",
                r -> !r.json().path("framework").path("notActive").toString().contains("broken"), Samverka.PATIENCE);
        assertEquals("[]", after.json().path("framework").path("notActive").toString());
    }

    /**
     * A request routed to a resource the whiteboard lists but whose instance cannot be had (as
     * for a moment while a plugin is stopped or replaced under load) answers 503 as a problem
     * document, and the log gets one line, not the servlet container's ERROR and Jersey's warning
     * with their stacks.
     */
    @Test
    void aRequestRoutedToAResourceThatIsNoLongerThereIsA503WithoutAStackInTheLog() throws Exception {
        Path plugin = TestPlugins.place(samverka, TestPlugins.testPlugin("unavailable"), "unavailable.jar");
        try {
            api.await("/api/v1/modules/unavailable", r -> r.status() == 200 && "ACTIVE".equals(r.json().path("state").asText()),
                    Samverka.PATIENCE);
            samverka.enable("unavailable", "lulea");
            Reply first = api.await("/api/v1/municipalities/lulea/unavailable", r -> r.status() == 200, Samverka.PATIENCE);
            assertEquals(200, first.status(), "the resource answers once: " + first);

            for (int i = 0; i < 3; i++) {
                Reply gone = api.get("/api/v1/municipalities/lulea/unavailable");
                assertEquals(503, gone.status(), gone.toString());
                assertTrue(gone.header("Content-Type").startsWith("application/problem+json"), gone.toString());
                assertEquals("1", gone.header("Retry-After"));
                assertTrue(gone.json().path("detail").asText().contains("being started, replaced or stopped"), gone.body());
                assertFalse(gone.body().contains("Exception") || gone.body().contains("org."), gone.body());
            }
            String log = samverka.logTail();
            assertTrue(log.contains("routed to a resource that is no longer there"), log);
            assertFalse(log.contains("Exception while processing request"), "no servlet container ERROR with a stack:\n" + log);
            assertFalse(log.contains("did not successfully produce"), "no Jersey warning with a stack:\n" + log);
        } finally {
            Files.delete(plugin);
            api.await("/api/v1/modules/unavailable", r -> r.status() == 404, Samverka.PATIENCE);
        }
    }

    @Test
    void healthAnswers503WhileTheDatabaseIsGoneAndRecovers() {
        framework.stop("org.samverka.storage");
        try {
            Reply down = api.await("/api/v1/health", r -> r.status() == 503, Samverka.PATIENCE);
            assertEquals(503, down.status(), down.toString());
            assertEquals("DOWN", down.json().path("status").asText());
            assertEquals("DOWN", down.json().path("database").path("status").asText());
            assertEquals(200, anonymous.get("/api/v1/health/live").status(), "alive all the same");
        } finally {
            framework.start("org.samverka.storage");
        }
        assertEquals(200, api.await("/api/v1/health", r -> r.status() == 200, Samverka.PATIENCE).status());
        Reply lulea = api.await("/api/v1/municipalities/lulea", r -> r.status() == 200, Samverka.PATIENCE);
        assertEquals("Luleå", lulea.json().path("name").asText(), "data written before the restart is still there");
        assertTrue(api.get("/api/v1/regions").json().size() >= 3);
    }

    @Test
    void withoutAccessControlTheApiServesNothingRatherThanEverything() {
        framework.stop("org.samverka.security");
        try {
            Reply unguarded = anonymous.await("/api/v1/regions/norrbotten/municipalities", r -> r.status() == 404, Samverka.PATIENCE);
            assertEquals(404, unguarded.status(), unguarded.toString());
            assertTrue(unguarded.header("Content-Type").startsWith("application/problem+json"));
            assertFalse(unguarded.body().contains("Luleå"));
        } finally {
            framework.start("org.samverka.security");
        }
        assertEquals(401, anonymous.await("/api/v1/regions", r -> r.status() == 401, Samverka.PATIENCE).status());
        assertEquals(200, api.await("/api/v1/regions/norrbotten", r -> r.status() == 200, Samverka.PATIENCE).status());
    }

    /** The 503 for a path a rebuilt REST runtime has not caught up with reads these templates (Readiness). */
    @Test
    void theRestRuntimeListsEachResourceMethodWithItsPathTemplate() {
        List<String> paths = framework.restRuntime().orElseThrow().path("defaultApplication").path("resourceDTOs")
                .findValues("resourceMethods").stream().flatMap(methods -> methods.findValuesAsText("path").stream()).toList();
        assertTrue(paths.stream().anyMatch(p -> p.replaceAll("^/", "").equals("regions/{regionId}")), paths.toString());
    }

    @Test
    void aResourceWhoseAccessControlIsGoneIsReportedFailedAndNotServed() {
        framework.disable("org.samverka.security", "org.samverka.security.internal.AccessControl");
        try {
            Reply unready = api.await("/api/v1/health", r -> r.body().contains("samverka.access-control"), Samverka.PATIENCE);
            assertEquals(503, unready.status(), unready.body());
            assertTrue(unready.body().contains("waits for the extensions it selects"), unready.body());
            boolean reported = false;
            for (JsonNode failed : framework.restRuntime().orElseThrow().path("failedResourceDTOs")) {
                reported |= !failed.path("name").isNull() && failed.path("failureReason").asInt() == REQUIRED_EXTENSIONS_UNAVAILABLE;
            }
            assertTrue(reported, "the REST runtime lists the resource as failed, for want of its extensions");
            Reply unserved = api.get("/api/v1/regions/norrbotten");
            assertEquals(404, unserved.status());
            assertFalse(unserved.body().contains("Norrbotten"));
        } finally {
            framework.enable("org.samverka.security", "org.samverka.security.internal.AccessControl");
        }
        assertEquals(200, api.await("/api/v1/health", r -> r.status() == 200, Samverka.PATIENCE).status());
        assertEquals(200, api.get("/api/v1/regions/norrbotten").status());
    }

    @Test
    void whileTheRestRuntimeIsDownTheApiAnswers503NotFound() {
        framework.stop("org.eclipse.osgitech.rest.servlet.whiteboard");
        try {
            Reply starting = api.await("/api/v1/health", r -> r.status() == 503, Samverka.PATIENCE);
            assertEquals(503, starting.status(), starting.toString());
            assertTrue(starting.header("Content-Type").startsWith("application/problem+json"));
            assertEquals("1", starting.header("Retry-After"));
            assertEquals(503, api.get("/api/v1/regions/norrbotten").status());
            assertEquals(404, api.get(samverka.uri().resolve("/elsewhere").toString()).status(), "outside the API it stays a 404");
            assertTrue(framework.restRuntime().isEmpty(), "no REST runtime while its bundle is stopped");
            Reply live = anonymous.get("/api/v1/health/live");
            assertEquals(200, live.status(), "the process is alive while the API rebuilds");
            assertEquals("UP", live.json().path("status").asText());
        } finally {
            framework.start("org.eclipse.osgitech.rest.servlet.whiteboard");
        }
        assertEquals(200, api.await("/api/v1/health", r -> r.status() == 200, Samverka.PATIENCE).status());
        assertEquals(404, api.await("/api/v1/nowhere", r -> r.status() == 404, Samverka.PATIENCE).status());
    }

    @Test
    void healthIsReadyOnlyWhileEveryPlatformResourceServes() {
        framework.stop("org.samverka.tenants");
        try {
            Reply waiting = api.await("/api/v1/health", r -> r.status() == 503, Samverka.PATIENCE);
            assertEquals("STARTING", waiting.json().path("status").asText(), waiting.toString());
            assertTrue(waiting.json().path("waitingFor").toString().contains("org.samverka.tenants"), waiting.body());
            assertEquals("1", waiting.header("Retry-After"));
        } finally {
            framework.start("org.samverka.tenants");
        }
        // From the first 200 on, the paths it vouches for serve: no 404 "no resource at this path".
        Reply ready = api.await("/api/v1/health", r -> r.status() == 200, Samverka.PATIENCE);
        assertEquals("UP", ready.json().path("status").asText(), ready.toString());
        assertEquals(200, api.get("/api/v1/regions/norrbotten/municipalities").status());
        assertEquals(200, api.get("/api/v1/municipalities/lulea/modules").status());
        assertEquals(200, anonymous.get("/api/v1/health/live").status());
    }
}
