package org.samverka.itests;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import javax.inject.Inject;

import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What every in-container test class shares: the distribution booted once per class (see
 * {@link SamverkaContainer}), and a platform-admin client once the tenants are served.
 */
public abstract class PlatformTestBase {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    protected BundleContext context;

    /** Authenticated with the bootstrap platform-admin token. */
    protected Api api;

    @Configuration
    public Option[] configuration() {
        return SamverkaContainer.options(getClass().getSimpleName());
    }

    @Before
    public void awaitPlatform() {
        api = SamverkaContainer.adminApi(context);
        assertEquals(200, api.await("/api/v1/regions/norrbotten", r -> r.status() == 200, Duration.ofSeconds(60)).status());
    }

    /** The example plugin, as its build wrote it. */
    protected static final String NOTES_PLUGIN = "samverka.notes.plugin";
    /** The lifecycle plugin, as its build wrote it. */
    protected static final String LIFECYCLE_PLUGIN = "samverka.lifecycle.plugin";

    /**
     * Copies a built plugin into the hot-deploy folder under {@code fileName}, unless it is there,
     * through a temporary name so the watcher never reads half a file. Returns where it lies.
     */
    protected Path deployPlugin(String fileName, String builtJarProperty) throws IOException {
        Path target = Path.of(context.getProperty("samverka.plugins"), fileName);
        if (!Files.exists(target)) {
            Path staged = target.resolveSibling(fileName + ".part");
            Files.copy(Path.of(System.getProperty(builtJarProperty)), staged, StandardCopyOption.REPLACE_EXISTING);
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    /** Copies a test plugin of platform/test-plugins ({@code sami-labels}, {@code intruder}) into the hot-deploy folder. */
    protected Path deployTestPlugin(String name) throws IOException {
        Path target = Path.of(context.getProperty("samverka.plugins"), name + ".jar");
        Path staged = target.resolveSibling(name + ".jar.part");
        Files.copy(Path.of(System.getProperty("samverka.test.plugins"), name, "target",
                name + "-" + System.getProperty("samverka.version") + ".jar"), staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** Enables the module for the municipalities and waits until the first one's path serves. */
    protected void enable(String moduleId, String path, String... municipalities) {
        api.await("/api/v1/modules/" + moduleId, r -> r.status() == 200, PATIENCE);
        for (String m : municipalities) {
            api.put("/api/v1/municipalities/" + m + "/modules/" + moduleId, null);
        }
        api.await("/api/v1/municipalities/" + municipalities[0] + "/" + moduleId + path, r -> r.status() == 200, PATIENCE);
    }

    /** The installed bundle with this symbolic name, if any. */
    protected Optional<Bundle> bundle(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }
}
