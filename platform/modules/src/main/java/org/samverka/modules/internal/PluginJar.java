package org.samverka.modules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Constants;
import org.osgi.framework.Version;

/**
 * A jar file in the hot-deploy folder as read: the bundle it holds, or why it holds none.
 *
 * @param symbolicName the bundle's symbolic name without directives; null when {@code problem} is set
 * @param checksum SHA-256 of the file, to tell a changed jar from a copy of the same one
 * @param problem why the file is not a plugin, or null
 */
record PluginJar(Path file, String symbolicName, Version version, String checksum, String problem) {

    static PluginJar read(Path file) {
        String checksum;
        try {
            checksum = checksum(file);
        } catch (IOException e) {
            return new PluginJar(file, null, null, null, "it cannot be read (" + e.getMessage() + ")");
        }
        try (JarFile jar = new JarFile(file.toFile())) {
            Manifest manifest = jar.getManifest();
            String name = manifest == null ? null : manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
            if (name == null || name.isBlank()) {
                return new PluginJar(file, null, null, checksum, "it is a jar but not an OSGi bundle (no Bundle-SymbolicName)");
            }
            String version = manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION);
            return new PluginJar(file, name.split(";")[0].strip(), Version.parseVersion(version == null ? "0" : version.strip()),
                    checksum, null);
        } catch (IOException | IllegalArgumentException e) {
            return new PluginJar(file, null, null, checksum, "it is not a readable jar (" + e.getMessage() + ")");
        }
    }

    boolean isBundle() {
        return problem == null;
    }

    InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    private static String checksum(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", impossible);
        }
    }
}
