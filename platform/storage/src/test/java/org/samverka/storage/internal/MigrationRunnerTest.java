package org.samverka.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samverka.api.storage.StorageException;

class MigrationRunnerTest {

    @TempDir
    Path directory;

    private DataSource db;
    private MigrationRunner runner;

    @BeforeEach
    void openDatabase() {
        db = EmbeddedDerby.at(directory);
        runner = new MigrationRunner(db);
        runner.prepareHistory();
    }

    private static MigrationScript script(String file, String sql) {
        return MigrationScript.fromFile(file, sql).orElseThrow();
    }

    @Test
    void appliesScriptsInVersionOrderIntoTheirOwnSchema() throws SQLException {
        var v10 = script("V10__add_row.sql", "INSERT INTO NOTE VALUES (10, 'ten')");
        var v2 = script("V2__create_note.sql", "CREATE TABLE NOTE (ID INT PRIMARY KEY, TEXT VARCHAR(20))");

        assertEquals(2, runner.migrate("NOTES", List.of(v10, v2)));

        assertEquals(1, count("SELECT COUNT(*) FROM NOTES.NOTE"));
    }

    @Test
    void anOlderBundleWithFewerMigrationsLeavesTheSchemaAsTheNewerOneLeftIt() throws SQLException {
        var create = script("V1__create.sql", "CREATE TABLE T (ID INT)");
        var add = script("V2__add.sql", "ALTER TABLE T ADD COLUMN NAME VARCHAR(20)");
        runner.migrate("DOWN", List.of(create, add), "org.samverka.plugin.down 2.0");

        assertEquals(0, runner.migrate("DOWN", List.of(create), "org.samverka.plugin.down 1.0"));

        assertEquals(2, count("SELECT COUNT(*) FROM SAMVERKA_STORAGE.SCHEMA_HISTORY WHERE SCHEMA_NAME = 'DOWN'"));
        assertEquals(0, count("SELECT COUNT(NAME) FROM DOWN.T"));
    }

    @Test
    void appliesEachScriptOnlyOncePerDatabase() throws SQLException {
        var create = script("V1__create.sql", "CREATE TABLE T (ID INT)");
        runner.migrate("ONCE", List.of(create));

        var insert = script("V2__insert.sql", "INSERT INTO T VALUES (1)");
        assertEquals(1, runner.migrate("ONCE", List.of(create, insert)));
        assertEquals(0, runner.migrate("ONCE", List.of(create, insert)));

        assertEquals(1, count("SELECT COUNT(*) FROM ONCE.T"));
        assertEquals(2, count("SELECT COUNT(*) FROM SAMVERKA_STORAGE.SCHEMA_HISTORY WHERE SCHEMA_NAME = 'ONCE'"));
    }

    @Test
    void refusesAnAppliedScriptThatWasEdited() {
        runner.migrate("EDITED", List.of(script("V1__create.sql", "CREATE TABLE T (ID INT)")));

        var edited = script("V1__create.sql", "CREATE TABLE T (ID BIGINT)");
        var failure = assertThrows(StorageException.class, () -> runner.migrate("EDITED", List.of(edited)));
        assertTrue(failure.getMessage().contains("changed after it was applied"), failure.getMessage());
    }

    @Test
    void twoScriptsWithOneVersionNumberAreRefusedByNameBeforeEitherRuns() {
        var failure = assertThrows(StorageException.class, () -> runner.migrate("TWICE", List.of(
                script("V1__create.sql", "CREATE TABLE T (ID INT)"), script("V1__other.sql", "CREATE TABLE U (ID INT)")),
                "org.samverka.plugin.twice 1.0"));
        assertTrue(failure.getMessage().contains("V1 (create, other)"), failure.getMessage());
        assertEquals(1, runner.migrate("TWICE", List.of(script("V1__create.sql", "CREATE TABLE T (ID INT)"))),
                "nothing of either ran");
    }

    @Test
    void aFailingScriptLeavesNoTraceAndIsRetriedNextTime() throws SQLException {
        var broken = script("V1__broken.sql", "CREATE TABLE T (ID INT); INSERT INTO MISSING VALUES (1)");

        assertThrows(StorageException.class, () -> runner.migrate("BROKEN", List.of(broken)));

        assertEquals(0, count("SELECT COUNT(*) FROM SAMVERKA_STORAGE.SCHEMA_HISTORY WHERE SCHEMA_NAME = 'BROKEN'"));
        assertFalse(tableExists("BROKEN", "T"));
        var fixed = script("V1__broken.sql", "CREATE TABLE T (ID INT)");
        assertEquals(1, runner.migrate("BROKEN", List.of(fixed)));
    }

    @Test
    void fileNamesMustCarryAVersionAndADescription() {
        assertTrue(MigrationScript.fromFile("create.sql", "").isEmpty());
        assertTrue(MigrationScript.fromFile("V1_create.sql", "").isEmpty());
        assertEquals(3, MigrationScript.fromFile("V3__add-index.sql", "").orElseThrow().version());
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private boolean tableExists(String schema, String table) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.getMetaData().getTables(null, schema, table, null)) {
            return rs.next();
        }
    }
}
