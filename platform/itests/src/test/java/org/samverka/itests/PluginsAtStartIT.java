package org.samverka.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samverka.testkit.Client;
import org.samverka.testkit.Reply;
import org.samverka.testkit.Samverka;

/**
 * Plugins that lie in the folder when the platform starts are installed together, resolved
 * together and started once each: the workshop plugin, which uses the lifecycle plugin's service
 * when it is there, is wired to it from the start, whichever jar the folder lists first.
 */
class PluginsAtStartIT {

    private static Samverka samverka;

    @BeforeAll
    static void startWithEveryPluginInTheFolder() {
        List<Path> jars = MethodPlugins.ALL.stream().map(MethodPlugins::jar).toList();
        samverka = Samverka.boot(new Samverka.Setup(Path.of(System.getProperty("samverka.runtime")),
                Path.of(System.getProperty("samverka.test.data")).resolve("PluginsAtStartIT-" + System.currentTimeMillis()),
                jars, MethodPlugins.ALL));
    }

    @AfterAll
    static void stop() {
        samverka.close();
    }

    @Test
    void eachPluginIsInstalledAndStartedOnceWithNoRefresh() throws Exception {
        String log = Files.readString(samverka.data().resolve("logs/samverka.log"));
        for (String plugin : MethodPlugins.ALL) {
            assertEquals(1, occurrences(log, "Plugin org.samverka.plugin." + plugin + " 0"), plugin + " installed once:\n" + log);
            assertEquals(1, occurrences(log, "Module '" + plugin + "' " ), plugin + " became active once:\n" + log);
        }
        assertTrue(log.lastIndexOf(" installed from ") < log.indexOf("' 0.1.0 is active"),
                "every plugin is installed before the first starts, so that they resolve together:\n" + log);
        assertFalse(log.contains("refreshing them to use it"), log);
        assertFalse(log.contains("is no longer active"), log);
    }

    @Test
    void aWorkshopDecisionBecomesALifecycleActionRightAway() {
        Client api = samverka.admin();
        samverka.enable("workshop", "lulea");
        samverka.enable("lifecycle", "lulea");
        Reply workshop = api.post("/municipalities/lulea/workshop/workshops", "{\"title\":\"Välkomstverkstad\",\"focusPhase\":"
                + "\"WELCOME\",\"location\":\"Kulturens hus\",\"template\":\"design-sprint\",\"startDate\":\"2027-04-12\"}");
        assertEquals(201, workshop.status(), workshop.toString());
        String outputs = "/municipalities/lulea/workshop/workshops/" + workshop.json().path("id").asText() + "/outputs";
        Reply decision = api.post(outputs, "{\"kind\":\"DECISION\",\"text\":\"Ett välkomstbord i stadshuset\",\"phase\":\"WELCOME\"}");
        assertEquals(201, decision.status(), decision.toString());
        Reply action = api.post(outputs + "/" + decision.json().path("id").asText() + "/action", "{\"phase\":\"WELCOME\"}");
        assertEquals(201, action.status(), "the first call already reaches the lifecycle plugin: " + action);
        assertTrue(api.get(action.header("Location")).body().contains("Ett välkomstbord i stadshuset"));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
