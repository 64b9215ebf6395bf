package org.samverka.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samverka.api.storage.StorageException;
import org.samverka.storage.spi.TransactionObserver;

class PooledSchemaTest {

    @TempDir
    Path directory;

    private DataSource db;
    private final List<String> seen = new ArrayList<>();
    private PooledSchema schema;

    @BeforeEach
    void createTable() {
        db = EmbeddedDerby.at(directory);
        MigrationRunner runner = new MigrationRunner(db);
        runner.prepareHistory();
        runner.migrate("S", List.of(MigrationScript.fromFile("V1__t.sql",
                "CREATE TABLE T (ID INT); CREATE TABLE LOG (TEXT VARCHAR(20))").orElseThrow()));
        TransactionObserver logger = c -> {
            seen.add("commit");
            c.createStatement().executeUpdate("INSERT INTO S.LOG VALUES ('audited')");
        };
        schema = new PooledSchema("S", db, () -> List.of(logger));
    }

    @Test
    void aWritingTransactionIsShownToObserversOnItsOwnConnection() throws SQLException {
        schema.inTransaction(c -> c.prepareStatement("INSERT INTO T VALUES (1)").executeUpdate());
        assertEquals(List.of("commit"), seen);
        assertEquals(1, count("SELECT COUNT(*) FROM S.LOG"));
    }

    @Test
    void aReadingTransactionIsNot() {
        schema.inTransaction(c -> c.createStatement().executeQuery("SELECT COUNT(*) FROM T").next());
        assertEquals(List.of(), seen);
    }

    @Test
    void aFailedChangeRollsBackWithWhatTheObserverWrote() throws SQLException {
        assertThrows(IllegalStateException.class, () -> schema.inTransaction(c -> {
            c.createStatement().executeUpdate("INSERT INTO T VALUES (2)");
            throw new IllegalStateException("refused");
        }));
        TransactionObserver failing = c -> {
            throw new SQLException("audit unavailable");
        };
        PooledSchema audited = new PooledSchema("S", db, () -> List.of(failing));
        assertThrows(StorageException.class,
                () -> audited.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO T VALUES (3)")));
        assertEquals(0, count("SELECT COUNT(*) FROM S.T"));
        assertEquals(0, count("SELECT COUNT(*) FROM S.LOG"));
    }

    @Test
    void unqualifiedNamesReferToTheSchema() {
        assertEquals(0, (int) schema.inTransaction(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM T")) {
                rs.next();
                return rs.getInt(1);
            }
        }));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
