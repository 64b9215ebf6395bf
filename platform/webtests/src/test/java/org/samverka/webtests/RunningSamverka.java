package org.samverka.webtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The built distribution started as regional IT starts it ({@code bin/samverka}) on a free port,
 * with a fresh data folder, an admin token for setting up test data over the API, and the
 * platform-admin person {@code admin}.
 */
final class RunningSamverka implements AutoCloseable {

    static final String ADMIN_PASSWORD = "browser-test-" + UUID.randomUUID();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    final String base;
    final Path plugins;
    private final String token = "webtest-" + UUID.randomUUID();
    private final Process process;
    private final Path output;

    RunningSamverka(String name) throws IOException, InterruptedException {
        this(name, Map.of());
    }

    /**
     * Starts a copy of the distribution, so that configuration files can be added for this test
     * class alone ({@code configFiles}: file name in {@code config/} to content).
     */
    RunningSamverka(String name, Map<String, String> configFiles) throws IOException, InterruptedException {
        Path data = Files.createDirectories(Path.of(System.getProperty("samverka.webtest.data"))).resolve(name + "-" + System.nanoTime());
        Path home = copy(Path.of(System.getProperty("samverka.home")), data.resolve("samverka"));
        for (Map.Entry<String, String> file : configFiles.entrySet()) {
            Files.writeString(home.resolve("config").resolve(file.getKey()), file.getValue());
        }
        plugins = Files.createDirectories(data.resolve("plugins"));
        int port = freePort();
        base = "http://localhost:" + port;
        output = Files.createTempFile("samverka-webtest", ".out");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/samverka").toString()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("SAMVERKA_HTTP_PORT", Integer.toString(port));
        env.put("SAMVERKA_DATA", data.toString());
        env.put("SAMVERKA_PLUGINS", plugins.toString());
        env.put("SAMVERKA_ADMIN_TOKEN", token);
        env.put("SAMVERKA_ADMIN_PASSWORD", ADMIN_PASSWORD);
        process = builder.start();
        await("/api/v1/regions/norrbotten", 200, Duration.ofSeconds(90));
        // The seeded region may answer before every platform bundle serves; /health tells.
        await("/api/v1/health", 200, Duration.ofSeconds(60));
    }

    /** Copies the notes plugin into plugins/ (through a temporary name) and waits until it serves. */
    void deployNotes() throws IOException, InterruptedException {
        deploy("notes");
    }

    /**
     * Copies a built plugin ({@code samverka.<id>.plugin}) into plugins/ and waits until it serves.
     * Listed is not enough: a module is listed while its bundle is still starting. Active is not
     * enough either: the REST runtime adds the module's resources a moment later, and until then
     * its paths answer 503 ({@code /health} no longer waits for plugins once the platform has
     * been ready). So this waits for a GET path of the module, taken from {@code openapi.json},
     * to answer anything but 503.
     */
    void deploy(String moduleId) throws IOException, InterruptedException {
        Path staged = plugins.resolve(moduleId + ".part");
        Files.copy(Path.of(System.getProperty("samverka." + moduleId + ".plugin")), staged, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staged, plugins.resolve(moduleId + ".jar"), StandardCopyOption.ATOMIC_MOVE);
        await("/api/v1/modules/" + moduleId, 200, body -> body.contains("\"state\":\"ACTIVE\""), Duration.ofSeconds(30));
        String[] path = new String[1];
        await("/api/v1/openapi.json", 200, body -> (path[0] = getPathOf(moduleId, body)) != null, Duration.ofSeconds(30));
        awaitNot(path[0], 503, Duration.ofSeconds(30));
    }

    /** A GET path of the module in the OpenAPI document, for Luleå or Norrbotten; null when it has none yet. */
    private static String getPathOf(String moduleId, String openApi) {
        try {
            var paths = JSON.readTree(openApi).path("paths").properties();
            for (var entry : paths) {
                String template = entry.getKey();
                boolean mine = false;
                for (String prefix : new String[] {"/municipalities/{municipalityId}/" + moduleId, "/regions/{regionId}/" + moduleId}) {
                    mine |= template.equals(prefix) || template.startsWith(prefix + "/");
                }
                if (mine && entry.getValue().has("get")) {
                    return "/api/v1" + template.replace("{municipalityId}", "lulea").replace("{regionId}", "norrbotten")
                            .replaceAll("\\{[^}/]+}", "1");
                }
            }
            return null;
        } catch (IOException notJson) {
            return null;
        }
    }

    void removeNotes() throws IOException, InterruptedException {
        Files.delete(plugins.resolve("notes.jar"));
        await("/api/v1/modules/notes", 404, Duration.ofSeconds(30));
    }

    /** A call with the admin token; fails on anything but 2xx. */
    String call(String method, String path, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    void createPerson(String username, String displayName, String role, String scope, String password)
            throws IOException, InterruptedException {
        call("POST", "/api/v1/people", "{\"username\":\"" + username + "\",\"displayName\":\"" + displayName + "\",\"role\":\""
                + role + "\",\"scope\":\"" + scope + "\",\"password\":\"" + password + "\"}");
    }

    private void await(String path, int status, Duration patience) throws IOException, InterruptedException {
        await(path, status, body -> true, patience);
    }

    private void awaitNot(String path, int status, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != status) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " still answered " + status + "; Samverka printed:\n" + Files.readString(output));
    }

    private void await(String path, int status, Predicate<String> body, Duration patience) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        int last = 0;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                last = response.statusCode();
                if (last == status && body.test(response.body())) {
                    return;
                }
            } catch (IOException notYetListening) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " answered " + last + ", not " + status + "; Samverka printed:\n" + Files.readString(output));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.filter(p -> !p.startsWith(from.resolve("data")) && !p.startsWith(from.resolve("plugins"))).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
