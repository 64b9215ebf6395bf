package org.samverka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.samverka.itests.Api.Reply;

/**
 * One plugin's service used by another: the lifecycle plugin turns decisions into actions
 * ({@code LifecycleActions}); the notes plugin turns a note into one when the lifecycle plugin is
 * there, and works the same without it, whichever comes first and whichever goes.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginServicesIT extends PlatformTestBase {

    private static final String NOTES = "/api/v1/municipalities/lulea/notes";
    private static final String ACTIONS = "org.samverka.plugin.lifecycle.api.LifecycleActions";

    @Test
    public void theProviderServesWithoutAConsumerAndTheConsumerWithoutAProvider() throws Exception {
        Path lifecyclePlugin = deployPlugin("lifecycle.jar", LIFECYCLE_PLUGIN);
        enable("lifecycle", "/actions", "lulea");
        String created = createThroughTheService(new Object[] {"lulea", "welcome", "Välkomstträff för nya grannar",
            "Fritidsförvaltningen", LocalDate.of(2027, 3, 1), "workshop", "42"});
        JsonNode action = api.get(created).json();
        assertEquals("Välkomstträff för nya grannar", action.path("title").asText());
        assertEquals("WELCOME", action.path("phase").asText());
        assertEquals("workshop", action.path("origin").path("module").asText());
        assertEquals("42", action.path("origin").path("reference").asText());

        Files.delete(lifecyclePlugin);
        api.await("/api/v1/modules/lifecycle", r -> r.status() == 404, PATIENCE);
        deployPlugin("notes.jar", NOTES_PLUGIN);
        enable("notes", "", "lulea");
        String note = createNote("Språkcafé på biblioteket varje torsdag");
        Reply without = api.post(note + "/action", "{\"phase\":\"WELCOME\"}");
        assertEquals(without.toString(), 409, without.status());
        assertTrue(without.body(), without.json().path("detail").asText().contains("not running"));
        assertEquals("every other endpoint of the consumer serves", 200, api.get(NOTES).status());

        deployPlugin("lifecycle.jar", LIFECYCLE_PLUGIN);
        Reply with = api.await("/api/v1/health", r -> api.post(note + "/action", "{\"phase\":\"WELCOME\"}").status() == 201,
                PATIENCE);
        assertEquals("a provider that arrives after its consumer is used once it is there", 200, with.status());
    }

    @Test
    public void aNoteBecomesAnActionAndWhileTheProviderIsStoppedTheConsumerStillServes() throws Exception {
        deployPlugin("lifecycle.jar", LIFECYCLE_PLUGIN);
        deployPlugin("notes.jar", NOTES_PLUGIN);
        enable("lifecycle", "/actions", "lulea");
        enable("notes", "", "lulea");
        String note = createNote("Ta fram en inflyttarguide tillsammans med föreningarna");

        Reply created = awaitAction(note, "{\"phase\":\"introduce\",\"responsible\":\"Kommunen\",\"dueDate\":\"2027-06-30\"}");
        assertEquals(created.toString(), 201, created.status());
        JsonNode action = api.get(created.header("Location")).json();
        assertEquals("Ta fram en inflyttarguide tillsammans med föreningarna", action.path("title").asText());
        assertEquals("INTRODUCE", action.path("phase").asText());
        assertEquals("notes", action.path("origin").path("module").asText());
        assertEquals(note.substring(note.lastIndexOf('/') + 1), action.path("origin").path("reference").asText());

        Reply badPhase = api.post(note + "/action", "{\"phase\":\"celebrate\"}");
        assertEquals(400, badPhase.status());
        assertEquals("phase", badPhase.json().path("errors").get(0).path("field").asText());
        assertEquals(400, api.post(note + "/action", "").status());
        Reply notUsed = api.post("/api/v1/municipalities/kiruna/notes/" + idOf(enableAndCreate("kiruna")) + "/action",
                "{\"phase\":\"ROOT\"}");
        assertEquals("kiruna does not use lifecycle mapping", 409, notUsed.status());
        assertTrue(notUsed.body(), notUsed.json().path("detail").asText().contains("PUT /api/v1/municipalities/kiruna/modules/lifecycle"));

        Bundle lifecycle = bundle("org.samverka.plugin.lifecycle").orElseThrow();
        lifecycle.stop();
        try {
            Reply stopped = api.post(note + "/action", "{\"phase\":\"ROOT\"}");
            assertEquals(stopped.toString(), 409, stopped.status());
            assertEquals(200, api.get(note).status());
            assertEquals(201, api.post(NOTES, "{\"text\":\"skrivs medan livscykeln står still\"}").status());
        } finally {
            lifecycle.start();
        }
        assertEquals(201, awaitAction(note, "{\"phase\":\"ROOT\"}").status());
    }

    /**
     * Calls {@code LifecycleActions.create} as another plugin would, but by reflection: a test that
     * wired itself to the lifecycle API would be refreshed, mid-test, when the plugin goes.
     */
    private String createThroughTheService(Object[] decision) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        ServiceReference<?>[] found = null;
        // getAllServiceReferences: the framework would wire this test to the package to check assignability.
        while ((found = context.getAllServiceReferences(ACTIONS, null)) == null && System.nanoTime() < deadline) {
            Api.sleep(100);
        }
        assertTrue("the lifecycle plugin offers " + ACTIONS, found != null);
        Bundle provider = found[0].getBundle();
        Class<?> decisionType = provider.loadClass("org.samverka.plugin.lifecycle.api.Decision");
        Object service = context.getService(found[0]);
        try {
            Object created = provider.loadClass(ACTIONS).getMethod("create", decisionType)
                    .invoke(service, decisionType.getConstructors()[0].newInstance(decision));
            return (String) created.getClass().getMethod("path").invoke(created);
        } finally {
            context.ungetService(found[0]);
        }
    }

    private Reply awaitAction(String note, String body) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Reply reply = api.post(note + "/action", body);
        while (reply.status() != 201 && System.nanoTime() < deadline) {
            Api.sleep(100);
            reply = api.post(note + "/action", body);
        }
        return reply;
    }

    private String createNote(String text) {
        Reply note = api.post(NOTES, "{\"text\":\"" + text + "\"}");
        assertEquals(note.toString(), 201, note.status());
        return note.header("Location");
    }

    private String enableAndCreate(String municipality) {
        api.put("/api/v1/municipalities/" + municipality + "/modules/notes", null);
        return api.post("/api/v1/municipalities/" + municipality + "/notes", "{\"text\":\"Kirunas anteckning\"}").header("Location");
    }

    private static String idOf(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
