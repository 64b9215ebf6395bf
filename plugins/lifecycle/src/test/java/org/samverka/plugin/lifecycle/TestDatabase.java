package org.samverka.plugin.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.samverka.api.storage.SchemaAccess;
import org.samverka.api.storage.StorageException;
import org.samverka.api.storage.TransactionWork;
import org.samverka.api.tenant.Municipality;
import org.samverka.api.tenant.Region;
import org.samverka.api.tenant.TenantDirectory;

/**
 * The plugin's schema on an embedded Derby in a folder, with every migration the plugin ships
 * applied in order: for tests of the stores' own queries, without the platform's pool and retries.
 */
final class TestDatabase implements SchemaAccess {

    /** Norrbotten's municipalities of these tests, as the platform's directory knows them. */
    static final TenantDirectory TENANTS = new TenantDirectory() {
        @Override
        public List<Region> regions() {
            return List.of();
        }

        @Override
        public Optional<Region> region(String regionId) {
            return Optional.empty();
        }

        @Override
        public Optional<Municipality> municipality(String municipalityId) {
            return Optional.of(new Municipality(municipalityId, "norrbotten", "0000", municipalityId, 1, Instant.EPOCH,
                    Instant.EPOCH));
        }

        @Override
        public List<Municipality> municipalitiesOf(String regionId) {
            return List.of();
        }
    };

    final EmbeddedDataSource derby = new EmbeddedDataSource();

    TestDatabase(Path directory) throws SQLException {
        derby.setDatabaseName(directory.resolve("db").toString());
        derby.setCreateDatabase("create");
        try (Connection c = derby.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA LIFECYCLE");
            c.setSchema("LIFECYCLE");
            for (Path migration : migrations()) {
                for (String statement : Files.readString(migration, StandardCharsets.UTF_8).split(";\\s*\\n")) {
                    if (!statement.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
                        s.execute(statement);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** V1, V2, … in the order of their numbers. */
    private static List<Path> migrations() throws IOException {
        try {
            Path folder = Path.of(TestDatabase.class.getClassLoader().getResource("db/migration").toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                        .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
                        .toList();
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    LifecycleSchema schema() {
        return new LifecycleSchema(this);
    }

    @Override
    public String name() {
        return "LIFECYCLE";
    }

    /**
     * Commits when the work returns, rolls back when it throws; a lost lock conflict is run again
     * a few times, as the platform does (concurrent inserts contend for Derby's identity values).
     */
    @Override
    public <T> T inTransaction(TransactionWork<T> work) {
        for (int attempt = 1;; attempt++) {
            try (Connection c = connection()) {
                c.setAutoCommit(false);
                try {
                    T result = work.execute(c);
                    c.commit();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            } catch (SQLException e) {
                boolean lockConflict = false;
                for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
                    lockConflict |= "40XL1".equals(cause.getSQLState()) || "40001".equals(cause.getSQLState());
                }
                if (!lockConflict || attempt == 8) {
                    throw new StorageException("at " + Instant.now() + ": " + e.getMessage(), e);
                }
                // Like the platform, wait a little (longer each time, not in step with the others) before trying again:
                // on a busy machine, retrying at once meets the same contention.
                try {
                    Thread.sleep(10L * attempt + java.util.concurrent.ThreadLocalRandom.current().nextInt(20));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new StorageException("interrupted while waiting to retry", e);
                }
            }
        }
    }

    @Override
    public Connection connection() {
        try {
            Connection c = derby.getConnection();
            c.setSchema("LIFECYCLE");
            return c;
        } catch (SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }
}
