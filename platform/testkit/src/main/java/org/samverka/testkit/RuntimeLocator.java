package org.samverka.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Finds the runtime to boot: {@code samverka.runtime} (an unpacked runtime folder) when set, or
 * else the {@code org.samverka:samverka-runtime} zip named in {@code samverka.runtime.zip} (a
 * test-scoped dependency of the plugin, whose file the plugin parent passes), unpacked once into
 * {@code samverka.runtime.cache}.
 */
final class RuntimeLocator {

    private RuntimeLocator() {
    }

    static Path runtime() {
        String explicit = System.getProperty("samverka.runtime", "");
        if (!explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        String zip = System.getProperty("samverka.runtime.zip", "");
        if (!zip.isBlank() && !zip.startsWith("${") && Files.isRegularFile(Path.of(zip))) {
            String cache = System.getProperty("samverka.runtime.cache", "");
            String name = Path.of(zip).getFileName().toString().replace(".zip", "");
            return unpacked(Path.of(zip), cache.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), name) : Path.of(cache));
        }
        throw new ExtensionConfigurationException("No Samverka runtime to boot: add the test-scoped dependency "
                + "org.samverka:samverka-runtime (type zip) to the plugin's pom, or set samverka.runtime to an unpacked one.");
    }

    /** The runtime folder inside {@code cache}, unpacked from {@code zip} unless a complete copy of that zip is there. */
    static synchronized Path unpacked(Path zip, Path cache) {
        try {
            Path done = cache.resolve(".unpacked");
            String stamp = zip.toAbsolutePath() + " " + Files.size(zip) + " " + Files.getLastModifiedTime(zip).toMillis();
            if (!Files.isRegularFile(done) || !Files.readString(done).equals(stamp)) {
                unzip(zip, cache);
                Files.writeString(done, stamp);
            }
            return cache.resolve("samverka");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + zip + " into " + cache, e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Path root = Files.createDirectories(target).toRealPath();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
                Path file = root.resolve(entry.getName()).normalize();
                if (!file.startsWith(root)) {
                    throw new IOException(zip + " holds an entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(entries, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
