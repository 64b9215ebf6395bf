package org.samverka.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The plugin parent has no parent of its own (a plugin project outside the repository needs it
 * alone), so it names the versions the platform runs a second time: they must be the root pom's.
 */
class PluginParentVersionsTest {

    private static final List<String> SHARED = List.of("bnd.version", "junit.version", "jackson.version", "slf4j.version",
            "derby.version", "felix.healthcheck.api.version", "swagger.version", "maven.compiler.release");

    @Test
    void thePluginParentNamesTheVersionsThePlatformRuns() throws Exception {
        Map<String, String> root = properties(Path.of("../../pom.xml"));
        Map<String, String> parent = properties(Path.of("../plugin-parent/pom.xml"));
        for (String property : SHARED) {
            assertFalse(root.get(property) == null, property + " is in the root pom");
            assertEquals(root.get(property), parent.get(property), property + " in platform/plugin-parent/pom.xml");
        }
        String version = version(Path.of("../../pom.xml"));
        assertEquals(version, parent.get("samverka.version"), "samverka.version of the plugin parent is the platform's version");
        assertEquals(version, version(Path.of("../plugin-parent/pom.xml")), "the plugin parent's own version");
    }

    private static Map<String, String> properties(Path pom) throws Exception {
        String xml = Files.readString(pom);
        String block = xml.substring(xml.indexOf("<properties>"), xml.indexOf("</properties>"));
        Map<String, String> found = new TreeMap<>();
        Matcher m = Pattern.compile("<([\\w.-]+)>([^<]*)</\\1>").matcher(block);
        while (m.find()) {
            found.put(m.group(1), m.group(2).trim());
        }
        return found;
    }

    private static String version(Path pom) throws Exception {
        String xml = Files.readString(pom);
        String head = xml.substring(0, xml.indexOf("<properties>"));
        Matcher m = Pattern.compile("<artifactId>[^<]+</artifactId>\\s*<version>([^<]+)</version>").matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
