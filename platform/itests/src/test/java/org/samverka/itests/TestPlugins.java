package org.samverka.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.samverka.testkit.Samverka;

/** The notes example and the test plugins of {@code platform/test-plugins}, as their builds wrote them. */
final class TestPlugins {

    private TestPlugins() {
    }

    /** The example plugin. */
    static Path notes() {
        return Path.of(System.getProperty("samverka.notes.plugin"));
    }

    /** The lifecycle plugin. */
    static Path lifecycle() {
        return MethodPlugins.jar("lifecycle");
    }

    /** A test plugin of {@code platform/test-plugins}: {@code sami-labels}, {@code intruder}. */
    static Path testPlugin(String name) {
        return Path.of(System.getProperty("samverka.test.plugins"), name, "target",
                name + "-" + System.getProperty("samverka.version") + ".jar");
    }

    /** Enables the module for the municipalities and waits until the first one's {@code path} below the module serves (else fails). */
    static void enable(Samverka samverka, String moduleId, String path, String... municipalities) {
        samverka.enable(moduleId, municipalities);
        var serving = samverka.admin().await("/api/v1/municipalities/" + municipalities[0] + "/" + moduleId + path,
                r -> r.status() == 200, Samverka.PATIENCE);
        if (serving.status() != 200) {
            throw new AssertionError(moduleId + path + " does not serve " + municipalities[0] + ": " + serving);
        }
    }

    /**
     * Copies a built plugin into the platform's hot-deploy folder as {@code fileName}, unless it
     * is there, through a temporary name so the watcher never reads half a file. Returns where it lies.
     */
    static Path place(Samverka samverka, Path built, String fileName) {
        Path target = samverka.plugins().resolve(fileName);
        if (!Files.exists(target)) {
            try {
                Path staged = target.resolveSibling(fileName + ".part");
                Files.copy(built, staged, StandardCopyOption.REPLACE_EXISTING);
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return target;
    }
}
