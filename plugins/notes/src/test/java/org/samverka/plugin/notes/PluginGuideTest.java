package org.samverka.plugin.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The plugin guide prints this plugin's files whole, and they compile because they are these
 * files: every file the guide prints is the file here, character for character, and the guide
 * prints every source file of the plugin.
 */
class PluginGuideTest {

    private static final Path GUIDE = Path.of("../../docs/plugin-guide.md");
    /** A line naming a file, then a fenced block: the file's whole content. */
    private static final Pattern PRINTED_FILE = Pattern.compile("(?m)^`(plugins/notes/[^`]+)`:\\n\\n```[a-z]*\\n(.*?)^```$",
            Pattern.DOTALL);

    @Test
    void everyFileTheGuidePrintsIsTheFileInThePlugin() throws IOException {
        Map<String, String> printed = printedFiles();
        assertTrue(printed.size() > 10, "the guide prints the plugin's files: " + printed.keySet());
        for (Map.Entry<String, String> file : printed.entrySet()) {
            Path source = Path.of("../..", file.getKey());
            assertTrue(Files.isRegularFile(source), file.getKey() + " is printed in the guide but is not in the plugin");
            assertEquals(Files.readString(source), file.getValue(), file.getKey() + " differs from what the guide prints");
        }
    }

    @Test
    void theGuidePrintsEverySourceFileOfThePlugin() throws IOException {
        Set<String> sources = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            files.filter(Files::isRegularFile).forEach(f -> sources.add("plugins/notes/" + f.toString().replace('\\', '/')));
        }
        sources.removeAll(printedFiles().keySet());
        assertEquals(Set.of(), sources, "files of the plugin the guide does not print");
    }

    private static Map<String, String> printedFiles() throws IOException {
        Matcher m = PRINTED_FILE.matcher(Files.readString(GUIDE));
        Map<String, String> printed = new LinkedHashMap<>();
        while (m.find()) {
            printed.put(m.group(1), m.group(2));
        }
        return printed;
    }
}
