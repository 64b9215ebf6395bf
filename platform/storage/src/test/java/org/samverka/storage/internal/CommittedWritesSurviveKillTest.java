package org.samverka.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that commits and is then killed with SIGKILL must leave every committed row behind:
 * Derby's default durability syncs the log at each commit.
 */
class CommittedWritesSurviveKillTest {

    private static final int ROWS = 200;

    @TempDir
    Path directory;

    @Test
    void everyCommittedRowIsThereAfterKillNine() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommitThenWait.class.getName(), directory.toString(), Integer.toString(ROWS))
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(writer.getInputStream()))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("COMMITTED"));
            assertEquals("COMMITTED", line, "the writer process ended before committing");
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }

        try (Connection c = EmbeddedDerby.at(directory).getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM APP.SURVIVOR")) {
            rs.next();
            assertEquals(ROWS, rs.getInt(1));
        }
    }

    /** Runs in the child process: commits rows one by one, says so, then waits to be killed. */
    public static final class CommitThenWait {
        public static void main(String[] args) throws Exception {
            try (Connection c = EmbeddedDerby.at(Path.of(args[0])).getConnection()) {
                c.createStatement().execute("CREATE TABLE APP.SURVIVOR (ID INT PRIMARY KEY)");
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO APP.SURVIVOR VALUES (?)")) {
                    for (int i = 0; i < Integer.parseInt(args[1]); i++) {
                        insert.setInt(1, i);
                        insert.executeUpdate();
                    }
                }
                System.out.println("COMMITTED");
                System.out.flush();
                Thread.sleep(120_000);
            }
        }
    }
}
