package org.samverka.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * A Samverka running in its own JVM, as {@code bin/samverka} starts it: the runtime's Felix,
 * bundles and config, a fresh data folder with its own Derby database, the given plugins in its
 * plugins folder, and a free port. Everything a test does to it goes over HTTP.
 */
public final class Samverka implements AutoCloseable {

    /** How long a boot, a plugin's arrival or a module's first answer may take. */
    public static final Duration PATIENCE = Duration.ofSeconds(90);

    /** What to boot: an unpacked runtime, a data folder for this platform only, plugin jars, modules to wait for. */
    public record Setup(Path runtime, Path data, List<Path> plugins, List<String> modules, boolean framework) {

        /** Without the {@link Framework} agent. */
        public Setup(Path runtime, Path data, List<Path> plugins, List<String> modules) {
            this(runtime, data, plugins, modules, false);
        }
    }

    private final Process process;
    private final Path data;
    private final Path plugins;
    private final Path log;
    private final URI base;
    private final String adminToken;
    private final String adminPassword;
    private final Client admin;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    private Framework framework;

    private Samverka(Process process, Path data, Path plugins, Path log, URI base, String adminToken, String adminPassword) {
        this.process = process;
        this.data = data;
        this.plugins = plugins;
        this.log = log;
        this.base = base;
        this.adminToken = adminToken;
        this.adminPassword = adminPassword;
        this.admin = new Client(base, adminToken);
    }

    /** Starts the platform and returns once {@code /health} answers 200 with the modules serving. */
    public static Samverka boot(Setup setup) {
        try {
            Path home = setup.runtime();
            if (!Files.isRegularFile(home.resolve("bin/felix.jar"))) {
                throw new IllegalStateException("No Samverka runtime at " + home + " (bin/felix.jar is missing)");
            }
            Path data = Files.createDirectories(setup.data());
            Path plugins = Files.createDirectories(data.resolve("plugins"));
            Path config = copyOfConfig(home.resolve("config"), data.resolve("config"));
            for (Path jar : setup.plugins()) {
                copyAtomically(jar, plugins.resolve(jar.getFileName()));
            }
            int port = freePort();
            String adminToken = "testkit-" + UUID.randomUUID();
            String adminPassword = "testkit-" + UUID.randomUUID();
            List<String> command = command(home, data, plugins, config, port, adminToken, adminPassword);
            String agentSecret = "testkit-" + UUID.randomUUID();
            if (setup.framework()) {
                // Installed and started with the platform's own bundles, before any plugin.
                command.addAll(1, List.of("-Dfelix.auto.start.3=" + Framework.agentJar().toUri(),
                        "-D" + Framework.SECRET_PROPERTY + "=" + agentSecret));
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile()).redirectErrorStream(true)
                    .redirectOutput(data.resolve("samverka.out").toFile());
            builder.environment().put("SAMVERKA_ADMIN_TOKEN", adminToken);
            // The environment's password would win over the framework property: the platform gets this one only.
            builder.environment().remove("SAMVERKA_ADMIN_PASSWORD");
            Samverka samverka = new Samverka(builder.start(), data, plugins, data.resolve("samverka.out"),
                    URI.create("http://127.0.0.1:" + port), adminToken, adminPassword);
            if (setup.framework()) {
                samverka.framework = new Framework(samverka.base, agentSecret);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(samverka.process::destroyForcibly));
            samverka.awaitReady(setup.modules(), setup.plugins().size());
            try {
                setup.modules().forEach(samverka::awaitServing);
            } catch (RuntimeException notServing) {
                samverka.close();
                throw notServing;
            }
            return samverka;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> command(Path home, Path data, Path plugins, Path config, int port, String adminToken,
            String adminPassword) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-Dsamverka.home=" + home, "-Dsamverka.data=" + data, "-Dsamverka.plugins=" + plugins,
                "-Dorg.osgi.service.http.port=" + port, "-Dsamverka.admin.token=" + adminToken,
                // The fresh database has nobody to sign in: the platform makes the person admin with this password.
                "-Dsamverka.admin.password=" + adminPassword,
                // Its own copy of the configuration, which a test may change without touching the runtime's.
                "-Dfelix.fileinstall.dir=" + config,
                "-Dlogback.configurationFile=" + home.resolve("config/logback.xml"),
                "-Djava.util.logging.config.file=" + home.resolve("config/java-logging.properties"),
                "-Dfelix.config.properties=" + home.resolve("conf/config.properties").toUri(),
                "-Dgosh.args=--nointeractive"));
        if (Runtime.version().feature() >= 24) {
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(List.of("-jar", home.resolve("bin/felix.jar").toString()));
        return command;
    }

    private void awaitReady(List<String> modules, int pluginCount) {
        Client anyone = anonymous();
        Reply health = anyone.await("/health", r -> r.status() == 200 && serving(r.json(), modules, pluginCount), PATIENCE,
                () -> process.isAlive() ? null : "Samverka stopped while starting");
        if (health.status() != 200 || !serving(health.json(), modules, pluginCount)) {
            close();
            throw new IllegalStateException("Samverka was not ready within " + PATIENCE.toSeconds() + " s: /health answered "
                    + health + "\nThe platform's output:\n" + logTail());
        }
    }

    private static boolean serving(JsonNode health, List<String> modules, int pluginCount) {
        List<String> serving = new ArrayList<>();
        health.path("modules").forEach(m -> {
            if ("ACTIVE".equals(m.path("state").asText())) {
                serving.add(m.path("id").asText());
            }
        });
        return modules.isEmpty() ? serving.size() >= pluginCount : serving.containsAll(modules);
    }

    /** The address of the platform, such as {@code http://127.0.0.1:41234}. */
    public URI uri() {
        return base;
    }

    /**
     * The OSGi framework inside, for a test class annotated {@code @SamverkaTest(framework = true)}.
     *
     * @throws IllegalStateException when the platform was booted without it
     */
    public Framework framework() {
        if (framework == null) {
            throw new IllegalStateException("Boot with @SamverkaTest(framework = true) to reach the framework");
        }
        return framework;
    }

    /** A client with the platform-admin token: may do everything. */
    public Client admin() {
        return admin;
    }

    /**
     * The secret of the platform-admin token the platform was started with, for a request that
     * {@link Client} does not send (raw HTTP on a socket, say); {@link #admin()} sends it already.
     */
    public String adminToken() {
        return adminToken;
    }

    /**
     * The password of the platform-admin person {@code admin}, made on the first start (as
     * {@code SAMVERKA_ADMIN_PASSWORD} does), for tests that sign in as a browser does
     * ({@code POST /api/v1/sessions}). With it set, the one-time set-up link is closed.
     */
    public String adminPassword() {
        return adminPassword;
    }

    /** A client without any token. */
    public Client anonymous() {
        return new Client(base, null);
    }

    /**
     * A client holding a token of this role and scope, made by the platform-admin on first use.
     *
     * @param role  {@code viewer}, {@code editor}, {@code region-admin} or {@code platform-admin}
     * @param scope {@code municipality:<id>}, {@code region:<id>} or {@code platform}
     */
    public Client as(String role, String scope) {
        return admin.as(token(role, scope));
    }

    /** The secret of a token with this role and scope (one per pair, made on first use). */
    public String token(String role, String scope) {
        return tokens.computeIfAbsent(role + " " + scope, key -> {
            var body = JsonNodeFactory.instance.objectNode().put("name", "testkit " + key).put("role", role).put("scope", scope);
            Reply reply = admin.post("/tokens", body);
            if (reply.status() != 201) {
                throw new IllegalStateException("The platform made no " + role + " token for " + scope + ": " + reply);
            }
            return reply.json().path("secret").asText();
        });
    }

    /**
     * Turns a module on for municipalities ({@code lulea}) or regions ({@code region:norrbotten})
     * and waits until the module answers the platform-admin for the first of them.
     */
    public void enable(String moduleId, String... tenants) {
        Reply module = admin.await("/modules/" + moduleId, r -> r.status() == 200, PATIENCE);
        if (module.status() != 200) {
            throw new IllegalStateException("Module '" + moduleId + "' is not installed: " + module);
        }
        for (String tenant : tenants) {
            Reply reply = admin.put(tenantPath(tenant) + "/modules/" + moduleId, null);
            if (reply.status() / 100 != 2) {
                throw new IllegalStateException("Module '" + moduleId + "' was not enabled for " + tenant + ": " + reply);
            }
        }
    }

    /** {@code /municipalities/lulea} for {@code lulea}, {@code /regions/norrbotten} for {@code region:norrbotten}. */
    static String tenantPath(String tenant) {
        return tenant.startsWith("region:") ? "/regions/" + tenant.substring(7) : "/municipalities/" + tenant;
    }

    /** Puts a plugin jar into the running platform's plugins folder (installed or updated) and waits until its module serves. */
    public void deploy(Path jar, String moduleId) {
        copyAtomically(jar, plugins.resolve(jar.getFileName()));
        Reply reply = admin.await("/modules/" + moduleId, r -> r.status() == 200 && "ACTIVE".equals(r.json().path("state").asText()),
                PATIENCE);
        if (reply.status() != 200) {
            throw new IllegalStateException("Module '" + moduleId + "' did not start from " + jar + ": " + reply + "\n" + logTail());
        }
        awaitServing(moduleId);
    }

    /**
     * Waits until the REST runtime serves the module's resources, which comes a moment after the
     * module is listed as active (until then its paths answer 503 with Retry-After): a GET path of
     * the module from {@code /openapi.json}, for Luleå or Norrbotten, answers anything but 503.
     */
    public void awaitServing(String moduleId) {
        Reply document = admin.get("/openapi.json");
        String path = null;
        for (var entry : document.json().path("paths").properties()) {
            String template = entry.getKey();
            boolean mine = template.startsWith("/municipalities/{municipalityId}/" + moduleId)
                    || template.startsWith("/regions/{regionId}/" + moduleId);
            if (mine && entry.getValue().has("get")) {
                path = template.replace("{municipalityId}", "lulea").replace("{regionId}", "norrbotten").replaceAll("\\{[^}/]+}", "1");
                break;
            }
        }
        if (path != null) {
            Reply served = admin.await(path, r -> r.status() != 503, PATIENCE);
            if (served.status() == 503) {
                throw new IllegalStateException("Module '" + moduleId + "' is active but its resources are not served: " + served);
            }
        }
    }

    /** Removes a plugin jar from the plugins folder (the bundle is uninstalled; its data stays) and waits until the module is gone. */
    public void undeploy(String jarFileName, String moduleId) {
        try {
            Files.deleteIfExists(plugins.resolve(jarFileName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        admin.await("/modules/" + moduleId, r -> r.status() == 404, PATIENCE);
    }

    /** This platform's data folder: database, logs, plugins, configuration. */
    public Path data() {
        return data;
    }

    /** The hot-deploy folder this platform watches. */
    public Path plugins() {
        return plugins;
    }

    /**
     * This platform's own copy of the runtime's {@code config/}, watched while it runs: a test may
     * add, change or delete a file there, as an operator would.
     */
    public Path config() {
        return data.resolve("config");
    }

    /** The last lines the platform wrote to its console. */
    public String logTail() {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(the output could not be read: " + e.getMessage() + ")";
        }
    }

    /** Stops the platform as SIGTERM does (the database closes cleanly); forcibly after 30 s. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Puts a changed configuration file back as it was; see {@link #setting(String, String, String)}. */
    public interface Restore extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Sets one key of a file in this platform's {@link #config()}, as an operator would: the file
     * is replaced at once (the folder's watcher never reads half of it) and Configuration Admin
     * gives the components the new value. Closing the handle puts the file back as it was.
     *
     * <pre>{@code
     * try (var shorter = samverka.setting("org.samverka.http.cfg", "idleTimeoutSeconds", "2")) {
     *     ...
     * }
     * }</pre>
     *
     * @throws IllegalArgumentException when the file has no such key to change
     */
    public Restore setting(String file, String key, String value) {
        Path path = config().resolve(file);
        try {
            String original = Files.readString(path);
            Pattern line = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=.*$");
            if (!line.matcher(original).find()) {
                throw new IllegalArgumentException("config/" + file + " has no key '" + key + "' to change");
            }
            replace(path, line.matcher(original).replaceFirst(Matcher.quoteReplacement(key + "=" + value)));
            return () -> replace(path, original);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path file, String content) {
        try {
            Path staged = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(staged, content);
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    private static Path copyOfConfig(Path source, Path target) throws IOException {
        Files.createDirectories(target);
        try (var files = Files.list(source)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }

    private static void copyAtomically(Path source, Path target) {
        try {
            // The folder watcher must never read half a file.
            Path staged = target.resolveSibling(target.getFileName() + ".part");
            Files.copy(source, staged, StandardCopyOption.REPLACE_EXISTING);
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy " + source + " to " + target, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void pause(Instant until) {
        try {
            Thread.sleep(Math.max(0, Math.min(200, Duration.between(Instant.now(), until).toMillis())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
