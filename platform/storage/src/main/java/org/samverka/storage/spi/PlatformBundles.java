package org.samverka.storage.spi;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Whether a bundle is part of the platform rather than a plugin: its symbolic name starts with
 * {@code org.samverka.} and it was installed from the distribution's {@code bundle/} folder under
 * {@code samverka.home}. A plugin's jar lies in {@code plugins/}, so naming a plugin
 * {@code org.samverka.anything} does not make it the platform.
 */
public final class PlatformBundles {

    /** Framework property: the distribution's folder. */
    public static final String HOME_PROPERTY = "samverka.home";

    private static final String PREFIX = "org.samverka.";

    private PlatformBundles() {
    }

    public static boolean isPlatform(Bundle bundle) {
        String name = bundle.getSymbolicName();
        Optional<Path> folder = platformFolder();
        return name != null && name.startsWith(PREFIX) && folder.isPresent()
                && pathOf(bundle.getLocation()).map(p -> p.startsWith(folder.get())).orElse(false);
    }

    /** {@code <samverka.home>/bundle}, when the framework says where home is. */
    public static Optional<Path> platformFolder() {
        Bundle self = FrameworkUtil.getBundle(PlatformBundles.class);
        String home = self == null || self.getBundleContext() == null ? null : self.getBundleContext().getProperty(HOME_PROPERTY);
        return home == null ? Optional.empty() : Optional.of(Path.of(home, "bundle").toAbsolutePath().normalize());
    }

    private static Optional<Path> pathOf(String location) {
        try {
            return location != null && location.startsWith("file:")
                    ? Optional.of(Path.of(URI.create(location)).toAbsolutePath().normalize())
                    : Optional.empty();
        } catch (IllegalArgumentException notAFileUri) {
            return Optional.empty();
        }
    }
}
