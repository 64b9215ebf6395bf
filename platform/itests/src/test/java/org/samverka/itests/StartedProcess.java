package org.samverka.itests;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A distribution started the way regional IT starts it, {@code bin/samverka}, on a free port,
 * with its output in a file; {@link #close()} stops it with SIGTERM and waits.
 */
final class StartedProcess implements AutoCloseable {

    final String port;
    final Path output;
    private final Process process;

    private StartedProcess(String port, Path output, Process process) {
        this.port = port;
        this.output = output;
        this.process = process;
    }

    /** Starts {@code home/bin/samverka} on data and plugins of its own, with extra environment variables. */
    static StartedProcess start(Path home, Path data, Path plugins, String adminToken, Map<String, String> extra)
            throws IOException {
        String port = Integer.toString(freePort());
        Path output = Files.createTempFile("samverka-start", ".out");
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/samverka").toString())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("SAMVERKA_HTTP_PORT", port);
        env.put("SAMVERKA_DATA", data.toString());
        env.put("SAMVERKA_PLUGINS", Files.createDirectories(plugins).toString());
        env.put("SAMVERKA_ADMIN_TOKEN", adminToken);
        env.putAll(extra);
        return new StartedProcess(port, output, builder.start());
    }

    /** What it printed so far. */
    String printed() throws IOException {
        return Files.readString(output);
    }

    /** Its exit status once it has ended by itself (within the patience given), else -1. */
    int exitStatus(Duration patience) throws InterruptedException {
        return process.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** Stops it with SIGTERM; fails when it does not stop within a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("Samverka did not stop within a minute of SIGTERM");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
