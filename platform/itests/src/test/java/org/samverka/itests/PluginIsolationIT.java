package org.samverka.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.samverka.itests.Api.Reply;

/**
 * A plugin that tries every reach plugins may not make (platform-intruder test plugin): each is
 * refused, the plugin itself still starts, and the platform and the other plugins keep serving.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginIsolationIT extends PlatformTestBase {

    private static final String REPORT = "(reach.platformSchema=*)";

    @Test
    public void everyForbiddenReachIsRefusedAndThePlatformKeepsServing() throws Exception {
        deployPlugin("notes.jar", NOTES_PLUGIN);
        enable("notes", "", "lulea");
        Reply before = api.post("/api/v1/municipalities/lulea/notes", "{\"text\":\"before the intruder\"}");
        assertEquals(201, before.status());

        deployTestPlugin("intruder");
        ServiceReference<?> report = awaitReport();

        assertRefused(report, "reach.platformSchema", "are the platform's");
        assertRefused(report, "reach.otherPluginSchema", "belongs to bundle org.samverka.plugin.notes");
        assertRefused(report, "reach.otherBundlesIdentity", "opens schemas only as itself");
        assertRefused(report, "reach.dataSourceByType", "nothing found");
        assertRefused(report, "reach.dataSourceAmongAllServices", "nothing found");
        assertEquals("a plugin still opens its own schema", "opened", report.getProperty("ownSchema"));
        assertEquals("the intruder did get the platform's observer interface, so its refusal is tested too", true,
                report.getProperty("spiObserverRegistered"));

        assertEquals(201, api.post("/api/v1/municipalities/lulea/notes", "{\"text\":\"after the intruder\"}").status());
        assertEquals(201, api.put("/api/v1/municipalities/kiruna/modules/notes", null).status());
        assertEquals("no transaction was shown to the intruder's observers", 0, awaitReport().getProperty("observed"));

        assertEquals(200, api.get("/api/v1/health").status());
        assertEquals(2, api.get("/api/v1/municipalities/lulea/notes").json().path("total").asInt());
        assertEquals(14, api.get("/api/v1/regions/norrbotten/municipalities").json().size());
    }

    private ServiceReference<?> awaitReport() throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            ServiceReference<?>[] found = context.getServiceReferences((String) null, REPORT);
            if (found != null && found[0].getProperty("spiObserverRegistered") != null) {
                return found[0];
            }
            Api.sleep(100);
        }
        throw new AssertionError("the intruder plugin never reported");
    }

    private static void assertRefused(ServiceReference<?> report, String reach, String because) {
        Object outcome = report.getProperty(reach);
        assertNotNull(reach, outcome);
        assertTrue(reach + ": " + outcome, outcome.toString().startsWith("refused: ") && outcome.toString().contains(because));
    }
}
