package org.samverka.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.ops4j.pax.exam.Option;

/**
 * Pax Exam options that boot exactly what the distribution ships: its bundle lists in its
 * order, a copy of its config folder, a fresh data directory and plugins folder, and a free HTTP port.
 */
public final class SamverkaContainer {

    /** Framework property the tests read to find the HTTP port. */
    public static final String PORT_PROPERTY = "org.osgi.service.http.port";
    /** Framework property naming this container's own copy of the config folder, which a test may change. */
    public static final String CONFIG_PROPERTY = "samverka.itest.config";
    /** Framework property with the secret of the bootstrap platform-admin token. */
    public static final String ADMIN_TOKEN_PROPERTY = "samverka.admin.token";
    /** Framework property with the password of the platform-admin person {@code admin}. */
    public static final String ADMIN_PASSWORD_PROPERTY = "samverka.admin.password";

    private SamverkaContainer() {
    }

    public static Option[] options(String testName) {
        try {
            Path home = Path.of(System.getProperty("samverka.home")).toAbsolutePath().normalize();
            Path data = Files.createDirectories(Path.of(System.getProperty("samverka.itest.data")))
                    .resolve(testName + "-" + System.nanoTime());
            Path plugins = Files.createDirectories(data.resolve("plugins"));
            Path config = copyOfConfig(home.resolve("config"), data.resolve("config"));
            List<Option> options = new ArrayList<>(List.of(
                    cleanCaches(true),
                    junitBundles(),
                    frameworkProperty("samverka.home").value(home.toString()),
                    frameworkProperty("samverka.data").value(data.toString()),
                    frameworkProperty("samverka.plugins").value(plugins.toString()),
                    frameworkProperty(PORT_PROPERTY).value(Integer.toString(freePort())),
                    frameworkProperty(ADMIN_TOKEN_PROPERTY).value("itest-admin-" + java.util.UUID.randomUUID()),
                    frameworkProperty(ADMIN_PASSWORD_PROPERTY).value("itest-secret-" + java.util.UUID.randomUUID()),
                    systemProperty("samverka.data").value(data.toString()),
                    frameworkProperty("felix.fileinstall.dir").value(config.toString()),
                    frameworkProperty(CONFIG_PROPERTY).value(config.toString()),
                    frameworkProperty("felix.fileinstall.filter").value(".*\\.(cfg|config)"),
                    frameworkProperty("felix.fileinstall.poll").value("500"),
                    frameworkProperty("felix.fileinstall.noInitialDelay").value("true"),
                    frameworkProperty("felix.fileinstall.enableConfigSave").value("false"),
                    frameworkProperty("felix.fileinstall.log.level").value("1"),
                    frameworkProperty("felix.fileinstall.log.default").value("jul")));
            options.addAll(distributionBundles(home));
            return options.toArray(Option[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each container watches its own copy of config/, so a test that changes a file changes no other test's platform. */
    private static Path copyOfConfig(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (var files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    /** The bundles of conf/config.properties, level by level, fragments installed but not started. */
    private static List<Option> distributionBundles(Path home) throws IOException {
        Properties launcher = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("conf/config.properties"))) {
            launcher.load(in);
        }
        List<Option> bundles = new ArrayList<>();
        for (String key : List.of("felix.auto.start.1", "felix.auto.install.2", "felix.auto.start.2")) {
            for (String location : launcher.getProperty(key, "").trim().split("\\s+")) {
                if (location.isEmpty()) {
                    continue;
                }
                String url = location.replace("${samverka.home}", home.toString());
                bundles.add(key.contains("install") ? bundle(url).noStart() : bundle(url));
            }
        }
        return bundles;
    }

    /** A client for the platform in this container, authenticated as the bootstrap platform-admin. */
    public static Api adminApi(org.osgi.framework.BundleContext context) {
        return new Api(context.getProperty(PORT_PROPERTY), context.getProperty(ADMIN_TOKEN_PROPERTY));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
