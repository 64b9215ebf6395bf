package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.RuleSweep;
import org.samverka.testkit.Samverka;
import org.samverka.testkit.SamverkaTest;

/**
 * The plugin in a running Samverka: this build's jar in its plugins folder, a real Felix, Jetty
 * on a free port and Derby on disk, booted once for the class by the test kit.
 */
@SamverkaTest(modules = PluginModule.ID)
class EntriesIT {

    private static final String ENTRIES = "/municipalities/lulea/" + PluginModule.ID;

    @BeforeAll
    static void enable(Samverka samverka) {
        samverka.enable(PluginModule.ID, "lulea");
    }

    @Test
    void anEditorAddsChangesAndRemovesAnEntry(Samverka samverka) {
        Client editor = samverka.as("editor", "municipality:lulea");
        Reply created = editor.post(ENTRIES, "{\"title\":\"Välkomstträff i Luleå\",\"rating\":4}");
        assertEquals(201, created.status(), created.toString());
        String entry = created.header("Location");
        assertEquals("Välkomstträff i Luleå", editor.get(entry).json().path("title").asText(), "stored as sent");

        Reply changed = editor.put(entry, "{\"title\":\"Välkomstträff\",\"rating\":5}", "If-Match", created.etag());
        assertEquals(200, changed.status(), changed.toString());
        Reply stale = editor.put(entry, "{\"title\":\"Late\",\"rating\":1}", "If-Match", created.etag());
        assertEquals(412, stale.status(), "a change on an old version is refused: " + stale);

        assertEquals(204, editor.delete(entry, "If-Match", changed.etag()).status());
        assertEquals(404, editor.get(entry).status());
    }

    @Test
    void badInputIsA400NamingTheFieldsAndNothingIsStored(Samverka samverka) {
        Client editor = samverka.as("editor", "municipality:lulea");
        long before = editor.get(ENTRIES).json().path("total").asLong();
        Reply refused = editor.post(ENTRIES, "{\"title\":\"\",\"rating\":9}");
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.isProblem(), "problem+json: " + refused);
        assertEquals("title", refused.json().path("errors").path(0).path("field").asText(), refused.toString());
        assertEquals(before, editor.get(ENTRIES).json().path("total").asLong(), "nothing stored");
    }

    @Test
    void aViewerReadsButDoesNotWrite(Samverka samverka) {
        Client viewer = samverka.as("viewer", "municipality:lulea");
        assertEquals(200, viewer.get(ENTRIES).status());
        assertEquals(403, viewer.post(ENTRIES, "{\"title\":\"Not mine to add\",\"rating\":3}").status());
    }

    @Test
    void everyEndpointKeepsThePlatformsRules(Samverka samverka) {
        // Every endpoint the plugin's OpenAPI fragment names, and a create that rule 4 can follow.
        int checks = RuleSweep.of(samverka, PluginModule.ID)
                .documented()
                .post("/municipalities/{municipality}/" + PluginModule.ID, "{\"title\":\"{marker}\",\"rating\":3}")
                .run();
        assertTrue(checks >= 18, "the sweep checked " + checks + " rules");
    }
}
