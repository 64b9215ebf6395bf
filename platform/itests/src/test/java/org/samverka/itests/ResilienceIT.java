package org.samverka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.DTOConstants;
import org.samverka.itests.Api.Reply;

/** Failures stay contained: a broken plugin does not take the platform down; a lost database shows in health. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ResilienceIT extends PlatformTestBase {

    @Inject
    private ServiceComponentRuntime components;

    @Inject
    private JakartarsServiceRuntime restRuntime;

    @Test
    public void aPluginThatCannotStartLeavesThePlatformServing() throws Exception {
        Path broken = Path.of(context.getProperty("samverka.plugins"), "broken.jar");
        TestBundles.writeUnresolvable(broken, "org.samverka.test.broken");

        Reply health = api.await("/api/v1/health",
                r -> r.json().path("framework").path("notActive").toString().contains("org.samverka.test.broken"), PATIENCE);
        assertEquals(health.toString(), 200, health.status());
        assertEquals("UP", health.json().path("status").asText());
        assertEquals(14, api.get("/api/v1/regions/norrbotten/municipalities").json().size());

        Files.delete(broken);
        Reply after = api.await("/api/v1/health",
                r -> !r.json().path("framework").path("notActive").toString().contains("broken"), PATIENCE);
        assertEquals("[]", after.json().path("framework").path("notActive").toString());
    }

    @Test
    public void healthAnswers503WhileTheDatabaseIsGoneAndRecovers() throws Exception {
        Bundle storage = bundle("org.samverka.storage").orElseThrow();
        storage.stop();
        try {
            Reply down = api.await("/api/v1/health", r -> r.status() == 503, PATIENCE);
            assertEquals(down.toString(), 503, down.status());
            assertEquals("DOWN", down.json().path("status").asText());
            assertEquals("DOWN", down.json().path("database").path("status").asText());
            assertEquals("alive all the same", 200, api.as(null).get("/api/v1/health/live").status());
        } finally {
            storage.start();
        }
        assertEquals(200, api.await("/api/v1/health", r -> r.status() == 200, PATIENCE).status());
        Reply lulea = api.await("/api/v1/municipalities/lulea", r -> r.status() == 200, PATIENCE);
        assertEquals("data written before the restart is still there", "Luleå", lulea.json().path("name").asText());
        assertTrue(api.get("/api/v1/regions").json().size() >= 3);
    }

    @Test
    public void withoutAccessControlTheApiServesNothingRatherThanEverything() throws Exception {
        Bundle security = bundle("org.samverka.security").orElseThrow();
        security.stop();
        try {
            Reply unguarded = api.as(null).await("/api/v1/regions/norrbotten/municipalities", r -> r.status() == 404, PATIENCE);
            assertEquals(unguarded.toString(), 404, unguarded.status());
            assertTrue(unguarded.header("Content-Type").startsWith("application/problem+json"));
            assertTrue(!unguarded.body().contains("Luleå"));
        } finally {
            security.start();
        }
        assertEquals(401, api.as(null).await("/api/v1/regions", r -> r.status() == 401, PATIENCE).status());
        assertEquals(200, api.await("/api/v1/regions/norrbotten", r -> r.status() == 200, PATIENCE).status());
    }

    /** The 503 for a path a rebuilt REST runtime has not caught up with reads these templates (Readiness). */
    @Test
    public void theRestRuntimeListsEachResourceMethodWithItsPathTemplate() {
        List<String> paths = Arrays.stream(restRuntime.getRuntimeDTO().defaultApplication.resourceDTOs)
                .flatMap(r -> Arrays.stream(r.resourceMethods)).map(m -> m.path).toList();
        assertTrue(paths.toString(), paths.stream().anyMatch(p -> p.replaceAll("^/", "").equals("regions/{regionId}")));
    }

    @Test
    public void aResourceWhoseAccessControlIsGoneIsReportedFailedAndNotServed() throws Exception {
        ComponentDescriptionDTO accessControl = components.getComponentDescriptionDTO(
                bundle("org.samverka.security").orElseThrow(), "org.samverka.security.internal.AccessControl");
        components.disableComponent(accessControl).getValue();
        try {
            Reply unready = api.await("/api/v1/health", r -> r.body().contains("samverka.access-control"), PATIENCE);
            assertEquals(unready.body(), 503, unready.status());
            assertTrue(unready.body(), unready.body().contains("waits for the extensions it selects"));
            assertTrue("the REST runtime lists the resource as failed, for want of its extensions",
                    Arrays.stream(restRuntime.getRuntimeDTO().failedResourceDTOs).anyMatch(failed -> failed.name != null
                            && failed.failureReason == DTOConstants.FAILURE_REASON_REQUIRED_EXTENSIONS_UNAVAILABLE));
            Reply unserved = api.get("/api/v1/regions/norrbotten");
            assertEquals(404, unserved.status());
            assertTrue(!unserved.body().contains("Norrbotten"));
        } finally {
            components.enableComponent(accessControl).getValue();
        }
        assertEquals(200, api.await("/api/v1/health", r -> r.status() == 200, PATIENCE).status());
        assertEquals(200, api.get("/api/v1/regions/norrbotten").status());
    }

    @Test
    public void whileTheRestRuntimeIsDownTheApiAnswers503NotFound() throws Exception {
        Bundle whiteboard = bundle("org.eclipse.osgitech.rest.servlet.whiteboard").orElseThrow();
        whiteboard.stop();
        try {
            Reply starting = api.await("/api/v1/health", r -> r.status() == 503, PATIENCE);
            assertEquals(starting.toString(), 503, starting.status());
            assertTrue(starting.header("Content-Type").startsWith("application/problem+json"));
            assertEquals("1", starting.header("Retry-After"));
            assertEquals(503, api.get("/api/v1/regions/norrbotten").status());
            assertEquals("outside the API it stays a 404", 404, api.get("/elsewhere").status());
            Reply live = api.as(null).get("/api/v1/health/live");
            assertEquals("the process is alive while the API rebuilds", 200, live.status());
            assertEquals("UP", live.json().path("status").asText());
        } finally {
            whiteboard.start();
        }
        assertEquals(200, api.await("/api/v1/health", r -> r.status() == 200, PATIENCE).status());
        assertEquals(404, api.await("/api/v1/nowhere", r -> r.status() == 404, PATIENCE).status());
    }

    @Test
    public void healthIsReadyOnlyWhileEveryPlatformResourceServes() throws Exception {
        Bundle tenants = bundle("org.samverka.tenants").orElseThrow();
        tenants.stop();
        try {
            Reply waiting = api.await("/api/v1/health", r -> r.status() == 503, PATIENCE);
            assertEquals(waiting.toString(), "STARTING", waiting.json().path("status").asText());
            assertTrue(waiting.body(), waiting.json().path("waitingFor").toString().contains("org.samverka.tenants"));
            assertEquals("1", waiting.header("Retry-After"));
        } finally {
            tenants.start();
        }
        // From the first 200 on, the paths it vouches for serve: no 404 "no resource at this path".
        Reply ready = api.await("/api/v1/health", r -> r.status() == 200, PATIENCE);
        assertEquals(ready.toString(), "UP", ready.json().path("status").asText());
        assertEquals(200, api.get("/api/v1/regions/norrbotten/municipalities").status());
        assertEquals(200, api.get("/api/v1/municipalities/lulea/modules").status());
        assertEquals(200, api.as(null).get("/api/v1/health/live").status());
    }
}
