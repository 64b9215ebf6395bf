package org.samverka.rest.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.osgi.framework.Constants;

/**
 * A jar that lay in {@code plugins/} when the platform started, and the bundle it holds: the
 * plugins readiness waits for. The bundle is found by its symbolic name, as the platform's
 * installer keeps one bundle per name whichever file it came from.
 *
 * @param symbolicName null when the jar holds no bundle
 */
record PluginAtStart(String fileName, String symbolicName) {

    static List<PluginAtStart> in(String folder) {
        if (folder == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted()
                    .map(f -> new PluginAtStart(f.getFileName().toString(), symbolicNameOf(f))).toList();
        } catch (IOException noFolderYet) {
            return List.of();
        }
    }

    private static String symbolicNameOf(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            return name == null ? null : name.split(";")[0].strip();
        } catch (IOException | RuntimeException notAJar) {
            return null;
        }
    }
}
