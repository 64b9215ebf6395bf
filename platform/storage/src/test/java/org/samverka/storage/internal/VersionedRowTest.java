package org.samverka.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samverka.api.storage.DuplicateKeyException;
import org.samverka.api.storage.ExpectedVersion;
import org.samverka.api.storage.RowNotFoundException;
import org.samverka.api.storage.StaleVersionException;
import org.samverka.api.storage.StorageBusyException;
import org.samverka.api.storage.UnstorableValueException;
import org.samverka.api.storage.VersionedRow;

/** The compare-and-set and the transaction runner on a real Derby database, with real threads. */
class VersionedRowTest {

    private static final int WRITERS = 20;

    @TempDir
    Path directory;

    private DataSource db;
    private PooledSchema schema;
    private ExecutorService threads;

    @BeforeEach
    void createTable() throws SQLException {
        db = EmbeddedDerby.at(directory);
        MigrationRunner runner = new MigrationRunner(db);
        runner.prepareHistory();
        runner.migrate("S", List.of(MigrationScript.fromFile("V1__t.sql",
                "CREATE TABLE ITEM (ID INT PRIMARY KEY, TITLE VARCHAR(20), VERSION BIGINT NOT NULL);"
                        + "INSERT INTO ITEM VALUES (1, 'first', 1)").orElseThrow()));
        schema = new PooledSchema("S", db, List::of);
        threads = Executors.newFixedThreadPool(WRITERS);
        setDatabaseProperty("derby.locks.waitTimeout", "1");
        setDatabaseProperty("derby.locks.deadlockTimeout", "1");
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void ofManyWritersBasedOnOneVersionExactlyOneSucceeds() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String title = "writer " + i;
            outcomes.add(threads.submit(() -> {
                start.await();
                try {
                    schema.inTransaction(c -> row(c).update(ExpectedVersion.exactly(1), "TITLE = ?", title));
                    return "changed";
                } catch (StaleVersionException stale) {
                    return "stale at " + stale.currentVersion();
                }
            }));
        }
        start.countDown();
        Map<String, Integer> counted = count(outcomes);
        assertEquals(Map.of("changed", 1, "stale at 2", WRITERS - 1), counted);
        assertEquals(2L, version());
    }

    @Test
    void anyVersionAppliesEveryChangeInTurn() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            outcomes.add(threads.submit(() -> {
                start.await();
                schema.inTransaction(c -> row(c).update(anyVersion(), "TITLE = ?", "any"));
                return "changed";
            }));
        }
        start.countDown();
        assertEquals(Map.of("changed", WRITERS), count(outcomes));
        assertEquals(1L + WRITERS, version());
    }

    @Test
    void aMissingRowIsNotFoundAndAStaleOneSaysItsVersion() {
        assertThrows(RowNotFoundException.class, () -> schema.inTransaction(c ->
                VersionedRow.of(c, "item 9", "ITEM", "ID = ?", 9).update(ExpectedVersion.exactly(1), "TITLE = ?", "x")));
        assertThrows(RowNotFoundException.class, () -> schema.inTransaction(c -> {
            VersionedRow.of(c, "item 9", "ITEM", "ID = ?", 9).delete(anyVersion());
            return null;
        }));
        StaleVersionException stale = assertThrows(StaleVersionException.class, () -> schema.inTransaction(c -> {
            row(c).delete(ExpectedVersion.exactly(7));
            return null;
        }));
        assertEquals(1, stale.currentVersion());
        assertTrue(stale.getMessage().contains("item 1"));
    }

    @Test
    void aTransactionThatLosesALockConflictRunsAgainAndSucceeds() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> {
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                c.createStatement().executeUpdate("UPDATE S.ITEM SET TITLE = 'held' WHERE ID = 1");
                locked.countDown();
                Thread.sleep(1500);
                c.commit();
            }
            return null;
        });
        locked.await();
        int[] attempts = {0};
        schema.inTransaction(c -> {
            attempts[0]++;
            return row(c).update(anyVersion(), "TITLE = ?", "after");
        });
        holder.get(5, TimeUnit.SECONDS);
        assertTrue(attempts[0] > 1, "ran " + attempts[0] + " times");
        assertEquals(2L, version());
    }

    @Test
    void aLockHeldLongerThanEveryRetryLeavesAsBusy() throws Exception {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> {
            try (Connection c = db.getConnection()) {
                c.setAutoCommit(false);
                c.createStatement().executeUpdate("UPDATE S.ITEM SET TITLE = 'held' WHERE ID = 1");
                locked.countDown();
                release.await();
                c.rollback();
            }
            return null;
        });
        locked.await();
        try {
            assertThrows(StorageBusyException.class,
                    () -> schema.inTransaction(c -> row(c).update(anyVersion(), "TITLE = ?", "never")));
        } finally {
            release.countDown();
        }
        holder.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aTakenKeyAndAnOversizedValueAreNamedAsSuch() {
        assertThrows(DuplicateKeyException.class,
                () -> schema.inTransaction(c -> c.createStatement().executeUpdate("INSERT INTO ITEM VALUES (1, 'again', 1)")));
        assertThrows(UnstorableValueException.class, () -> schema.inTransaction(c ->
                row(c).update(anyVersion(), "TITLE = ?", "x".repeat(21))));
    }

    private static VersionedRow row(Connection c) {
        return VersionedRow.of(c, "item 1", "ITEM", "ID = ?", 1);
    }

    private static ExpectedVersion anyVersion() {
        return new ExpectedVersion() {
            @Override
            public boolean anyVersion() {
                return true;
            }

            @Override
            public java.util.Set<Long> versions() {
                return java.util.Set.of();
            }
        };
    }

    private static Map<String, Integer> count(List<Future<String>> outcomes) throws Exception {
        Map<String, Integer> counted = new ConcurrentHashMap<>();
        for (Future<String> outcome : outcomes) {
            counted.merge(outcome.get(30, TimeUnit.SECONDS), 1, Integer::sum);
        }
        return counted;
    }

    private long version() throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT VERSION FROM S.ITEM WHERE ID = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void setDatabaseProperty(String name, String value) throws SQLException {
        try (Connection c = db.getConnection();
                CallableStatement set = c.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) {
            set.setString(1, name);
            set.setString(2, value);
            set.execute();
        }
    }
}
