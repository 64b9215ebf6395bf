package org.samverka.itests;

import java.nio.file.Path;
import java.util.List;

import org.samverka.testkit.Samverka;

/** The method plugins of this repository, for the tests on the SDK's test kit. */
final class MethodPlugins {

    /** Every method plugin's module id. */
    static final List<String> ALL = List.of("lifecycle", "workshop", "cocreation", "positioning", "portfolio");

    private MethodPlugins() {
    }

    /** Puts every method plugin into the running platform, each from its build, and waits until they serve. */
    static void deployAll(Samverka samverka) {
        ALL.forEach(plugin -> samverka.deploy(jar(plugin), plugin));
    }

    /** The plugin's jar as its build wrote it ({@code samverka.<id>.plugin}, set by this module's pom). */
    static Path jar(String plugin) {
        return Path.of(System.getProperty("samverka." + plugin + ".plugin"));
    }
}
