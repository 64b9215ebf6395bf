package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Framework;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/**
 * One plugin using another's service (notes → lifecycle actions) through the service registry:
 * each serves without the other, the consumer picks the provider up when it arrives, and a
 * stopped provider makes the consumer answer 409 for that one operation, nothing else.
 */
@SamverkaTest(framework = true)
class PluginServicesIT {

    private static final String NOTES = "/api/v1/municipalities/lulea/notes";
    private static final String ACTIONS = "org.samverka.plugin.lifecycle.api.LifecycleActions";

    private Samverka samverka;
    private Client api;
    private Framework framework;

    @BeforeEach
    void platform(Samverka samverka) {
        this.samverka = samverka;
        this.api = samverka.admin();
        this.framework = samverka.framework();
    }

    @Test
    void theProviderServesWithoutAConsumerAndTheConsumerWithoutAProvider() throws Exception {
        Path lifecyclePlugin = TestPlugins.place(samverka, TestPlugins.lifecycle(), "lifecycle.jar");
        TestPlugins.enable(samverka, "lifecycle", "/actions", "lulea");
        String created = createThroughTheService("lulea", "welcome", "Välkomstträff för nya grannar", "Fritidsförvaltningen",
                "2027-03-01", "workshop", "42");
        JsonNode action = api.get(created).json();
        assertEquals("Välkomstträff för nya grannar", action.path("title").asText());
        assertEquals("WELCOME", action.path("phase").asText());
        assertEquals("workshop", action.path("origin").path("module").asText());
        assertEquals("42", action.path("origin").path("reference").asText());

        Files.delete(lifecyclePlugin);
        api.await("/api/v1/modules/lifecycle", r -> r.status() == 404, Samverka.PATIENCE);
        TestPlugins.place(samverka, TestPlugins.notes(), "notes.jar");
        TestPlugins.enable(samverka, "notes", "", "lulea");
        String note = createNote("Språkcafé på biblioteket varje torsdag");
        Reply without = api.post(note + "/action", "{\"phase\":\"WELCOME\"}");
        assertEquals(409, without.status(), without.toString());
        assertTrue(without.json().path("detail").asText().contains("not running"), without.body());
        assertEquals(200, api.get(NOTES).status(), "every other endpoint of the consumer serves");

        TestPlugins.place(samverka, TestPlugins.lifecycle(), "lifecycle.jar");
        Reply with = awaitAction(note, "{\"phase\":\"WELCOME\"}");
        assertEquals(201, with.status(), "a provider that arrives after its consumer is used once it is there: " + with);
    }

    @Test
    void aNoteBecomesAnActionAndWhileTheProviderIsStoppedTheConsumerStillServes() {
        TestPlugins.place(samverka, TestPlugins.lifecycle(), "lifecycle.jar");
        TestPlugins.place(samverka, TestPlugins.notes(), "notes.jar");
        TestPlugins.enable(samverka, "lifecycle", "/actions", "lulea");
        TestPlugins.enable(samverka, "notes", "", "lulea");
        String note = createNote("Ta fram en inflyttarguide tillsammans med föreningarna");

        Reply created = awaitAction(note, "{\"phase\":\"introduce\",\"responsible\":\"Kommunen\",\"dueDate\":\"2027-06-30\"}");
        assertEquals(201, created.status(), created.toString());
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
        assertEquals(409, notUsed.status(), "kiruna does not use lifecycle mapping");
        assertTrue(notUsed.json().path("detail").asText().contains("PUT /api/v1/municipalities/kiruna/modules/lifecycle"),
                notUsed.body());

        framework.stop("org.samverka.plugin.lifecycle");
        try {
            Reply stopped = api.post(note + "/action", "{\"phase\":\"ROOT\"}");
            assertEquals(409, stopped.status(), stopped.toString());
            assertEquals(200, api.get(note).status());
            assertEquals(201, api.post(NOTES, "{\"text\":\"skrivs medan livscykeln står still\"}").status());
        } finally {
            framework.start("org.samverka.plugin.lifecycle");
        }
        assertEquals(201, awaitAction(note, "{\"phase\":\"ROOT\"}").status());
    }

    /**
     * Calls {@code LifecycleActions.create} as another plugin would, through the test kit's agent
     * (which does not wire itself to the lifecycle API, so the plugin may go mid-test).
     */
    private String createThroughTheService(String municipality, String phase, String title, String responsible, String dueDate,
            String originModule, String originReference) {
        JsonNode decision = JsonNodeFactory.instance.objectNode().put("municipalityId", municipality).put("phase", phase)
                .put("title", title).put("responsible", responsible).put("dueDate", dueDate).put("originModule", originModule)
                .put("originReference", originReference);
        long deadline = System.nanoTime() + Samverka.PATIENCE.toNanos();
        while (framework.services("(objectClass=" + ACTIONS + ")").isEmpty() && System.nanoTime() < deadline) {
            Api.sleep(100);
        }
        return framework.call(ACTIONS, "create", decision).path("path").asText();
    }

    private Reply awaitAction(String note, String body) {
        long deadline = System.nanoTime() + Samverka.PATIENCE.toNanos();
        Reply reply = api.post(note + "/action", body);
        while (reply.status() != 201 && System.nanoTime() < deadline) {
            Api.sleep(100);
            reply = api.post(note + "/action", body);
        }
        return reply;
    }

    private String createNote(String text) {
        Reply note = api.post(NOTES, "{\"text\":\"" + text + "\"}");
        assertEquals(201, note.status(), note.toString());
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
