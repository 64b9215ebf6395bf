package org.samverka.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.samverka.api.storage.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which bundle a schema belongs to: the first bundle to open it claims it, by symbolic name, so
 * that the same plugin keeps it across updates and no other bundle gets it. A schema created
 * before owners were recorded is claimed by the first bundle that opens it after the upgrade.
 */
final class SchemaOwners {

    private static final String TABLE = MigrationRunner.HISTORY_SCHEMA + ".SCHEMA_OWNER";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaOwners.class);

    private final DataSource dataSource;
    private volatile boolean tableReady;

    SchemaOwners(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Records the bundle as the schema's owner unless another bundle owns it.
     *
     * @throws StorageException naming the owner when it is another bundle
     */
    synchronized void claim(String schema, String symbolicName) {
        try (Connection c = dataSource.getConnection()) {
            prepare(c);
            Optional<String> owner = owner(c, schema);
            if (owner.isEmpty()) {
                try (PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO " + TABLE + " (SCHEMA_NAME, BUNDLE_SYMBOLIC_NAME, CLAIMED_AT) VALUES (?, ?, ?)")) {
                    insert.setString(1, schema);
                    insert.setString(2, symbolicName);
                    insert.setTimestamp(3, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
                LOG.info("Schema {} belongs to bundle {}", schema, symbolicName);
            } else if (!owner.get().equals(symbolicName)) {
                throw new StorageException("Schema " + schema + " belongs to bundle " + owner.get() + "; bundle "
                        + symbolicName + " may not open it. A plugin keeps its data in a schema of its own.");
            }
        } catch (SQLException e) {
            throw new StorageException("Could not record the owner of schema " + schema + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> owner(Connection c, String schema) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT BUNDLE_SYMBOLIC_NAME FROM " + TABLE + " WHERE SCHEMA_NAME = ?")) {
            q.setString(1, schema);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** A database from before owners were recorded has the history schema but not this table. */
    private void prepare(Connection c) throws SQLException {
        if (tableReady) {
            return;
        }
        try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM SYS.SYSTABLES T JOIN SYS.SYSSCHEMAS S "
                + "ON T.SCHEMAID = S.SCHEMAID WHERE S.SCHEMANAME = ? AND T.TABLENAME = 'SCHEMA_OWNER'")) {
            q.setString(1, MigrationRunner.HISTORY_SCHEMA);
            try (ResultSet rs = q.executeQuery(); Statement s = c.createStatement()) {
                if (!rs.next()) {
                    s.execute("CREATE TABLE " + TABLE + " (SCHEMA_NAME VARCHAR(128) NOT NULL PRIMARY KEY, "
                            + "BUNDLE_SYMBOLIC_NAME VARCHAR(255) NOT NULL, CLAIMED_AT TIMESTAMP NOT NULL)");
                }
            }
        }
        tableReady = true;
    }
}
