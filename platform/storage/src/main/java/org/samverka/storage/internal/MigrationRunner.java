package org.samverka.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.samverka.api.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a schema's pending migrations in version order, each in its own transaction together
 * with its row in the history table, so a failed script leaves neither half a change nor a
 * record of it.
 */
final class MigrationRunner {

    static final String HISTORY_SCHEMA = "SAMVERKA_STORAGE";
    private static final String HISTORY_TABLE = HISTORY_SCHEMA + ".SCHEMA_HISTORY";
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);

    private final DataSource dataSource;

    MigrationRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private volatile boolean historyReady;

    /** Creates the history table when the database is new. */
    synchronized void prepareHistory() {
        if (historyReady) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            if (!schemaExists(c, HISTORY_SCHEMA)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE SCHEMA " + HISTORY_SCHEMA);
                    s.execute("CREATE TABLE " + HISTORY_TABLE + " (SCHEMA_NAME VARCHAR(128) NOT NULL, "
                            + "VERSION INT NOT NULL, DESCRIPTION VARCHAR(200) NOT NULL, CHECKSUM CHAR(64) NOT NULL, "
                            + "APPLIED_AT TIMESTAMP NOT NULL, PRIMARY KEY (SCHEMA_NAME, VERSION))");
                }
            }
            historyReady = true;
        } catch (SQLException e) {
            throw new StorageException("Could not create the migration history table", e);
        }
    }

    /** Creates the schema if needed and applies the scripts not yet applied; returns how many ran. */
    synchronized int migrate(String schema, List<MigrationScript> scripts) {
        return migrate(schema, scripts, "a bundle");
    }

    /**
     * As {@link #migrate(String, List)}, and warns when the bundle ships fewer migrations than
     * the schema has had applied: it is an older version than the one that last ran, and the
     * schema stays as the newer one left it, since schemas never go back.
     */
    synchronized int migrate(String schema, List<MigrationScript> scripts, String bundle) {
        try (Connection c = dataSource.getConnection()) {
            if (!schemaExists(c, schema)) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE SCHEMA " + schema);
                }
            }
            Map<Integer, List<String>> byVersion = new java.util.TreeMap<>();
            scripts.forEach(script -> byVersion.computeIfAbsent(script.version(), v -> new java.util.ArrayList<>())
                    .add(script.description()));
            byVersion.forEach((version, named) -> {
                if (named.size() > 1) {
                    throw new StorageException(bundle + " ships " + named.size() + " migrations numbered V" + version + " ("
                            + String.join(", ", named) + ") for schema " + schema + "; each version number must be used once");
                }
            });
            Map<Integer, String> applied = appliedChecksums(c, schema);
            int newestApplied = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            int newestShipped = scripts.stream().mapToInt(MigrationScript::version).max().orElse(0);
            if (newestApplied > newestShipped) {
                LOG.warn("Schema {} has migrations up to V{} applied, but {} ships only up to V{}: it is older than the "
                        + "version that last used the schema. Schemas never go back; the data stays as V{} left it, "
                        + "and this version must cope with it or be replaced by the newer one again.", schema, newestApplied,
                        bundle, newestShipped, newestApplied);
            }
            int count = 0;
            for (MigrationScript script : scripts.stream().sorted(Comparator.comparingInt(MigrationScript::version)).toList()) {
                String checksum = applied.get(script.version());
                if (checksum == null) {
                    apply(c, schema, script);
                    count++;
                } else if (!checksum.equals(script.checksum())) {
                    throw new StorageException("Migration V" + script.version() + " of schema " + schema
                            + " was changed after it was applied; add a new migration instead of editing an applied one");
                }
            }
            return count;
        } catch (SQLException e) {
            throw new StorageException("Could not migrate schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private void apply(Connection c, String schema, MigrationScript script) throws SQLException {
        LOG.info("Applying migration V{} '{}' to schema {}", script.version(), script.description(), schema);
        String previousSchema = c.getSchema();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            c.setSchema(schema);
            for (String statement : SqlStatements.split(script.sql())) {
                s.execute(statement);
            }
            try (PreparedStatement record = c.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (SCHEMA_NAME, VERSION, DESCRIPTION, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) {
                record.setString(1, schema);
                record.setInt(2, script.version());
                record.setString(3, truncate(script.description(), 200));
                record.setString(4, script.checksum());
                record.setTimestamp(5, Timestamp.from(Instant.now()));
                record.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("V" + script.version() + " failed: " + e.getMessage(), e.getSQLState(), e);
        } finally {
            c.setAutoCommit(true);
            c.setSchema(previousSchema);
        }
    }

    private static Map<Integer, String> appliedChecksums(Connection c, String schema) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT VERSION, CHECKSUM FROM " + HISTORY_TABLE + " WHERE SCHEMA_NAME = ?")) {
            q.setString(1, schema);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return applied;
    }

    static boolean schemaExists(Connection c, String schema) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = ?")) {
            q.setString(1, schema);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
