package org.samverka.itests;

import java.nio.file.Path;
import java.util.List;

import org.samverka.testkit.Samverka;

/** The method plugins of this repository, for the tests on the SDK's test kit. */
final class MethodPlugins {

    /** Every method plugin's module id; the first is the one the test kit boots with. */
    static final List<String> ALL = List.of("lifecycle", "workshop", "cocreation", "positioning", "portfolio");

    private MethodPlugins() {
    }

    /** Puts the others beside the one booted with, each from its build ({@code samverka.<id>.plugin}), and waits until they serve. */
    static void deployTheOthers(Samverka samverka) {
        for (String plugin : ALL.subList(1, ALL.size())) {
            samverka.deploy(Path.of(System.getProperty("samverka." + plugin + ".plugin")), plugin);
        }
    }
}
