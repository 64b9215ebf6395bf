package org.samverka.storage.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samverka.api.storage.StorageException;

class SchemaOwnersTest {

    @TempDir
    Path directory;

    private DataSource db;

    @BeforeEach
    void openDatabase() {
        db = EmbeddedDerby.at(directory);
        new MigrationRunner(db).prepareHistory();
    }

    @Test
    void theFirstBundleToOpenASchemaKeepsItAndNoOtherGetsIt() {
        SchemaOwners owners = new SchemaOwners(db);
        owners.claim("NOTES", "org.samverka.plugin.notes");
        assertDoesNotThrow(() -> owners.claim("NOTES", "org.samverka.plugin.notes"), "an updated plugin keeps its schema");

        StorageException refused = assertThrows(StorageException.class, () -> owners.claim("NOTES", "org.example.other"));
        assertEquals("Schema NOTES belongs to bundle org.samverka.plugin.notes; bundle org.example.other may not open it. "
                + "A plugin keeps its data in a schema of its own.", refused.getMessage());
    }

    @Test
    void ownersAreKeptInTheDatabaseAcrossRestarts() {
        new SchemaOwners(db).claim("LIFECYCLE", "org.samverka.plugin.lifecycle");
        assertThrows(StorageException.class, () -> new SchemaOwners(db).claim("LIFECYCLE", "org.example.other"));
    }

    @Test
    void aSchemaFromBeforeOwnersWereRecordedIsClaimedByTheFirstToOpenIt() {
        new MigrationRunner(db).migrate("OLD", List.of(MigrationScript.fromFile("V1__t.sql", "CREATE TABLE T (ID INT)")
                .orElseThrow()));
        SchemaOwners owners = new SchemaOwners(db);
        owners.claim("OLD", "org.samverka.plugin.old");
        assertThrows(StorageException.class, () -> owners.claim("OLD", "org.example.other"));
    }
}
