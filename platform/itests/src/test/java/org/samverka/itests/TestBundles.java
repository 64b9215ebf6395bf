package org.samverka.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Bundles the tests make on the spot, written beside the target and moved in whole. */
final class TestBundles {

    private TestBundles() {
    }

    /** A bundle that imports a package nobody exports: it installs, it can never start. */
    static void writeUnresolvable(Path target, String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", "org.samverka.nonexistent");
        Path staged = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(staged); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        Files.move(staged, target);
    }
}
