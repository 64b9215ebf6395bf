package org.samverka.storage.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.samverka.api.storage.RowMapper;

class RecordMappingTest {

    enum Status { OPEN, DONE }

    /** Package-private, as a plugin's records often are. */
    record Task(long id, String municipalityId, Status status, Integer estimate, LocalDate dueDate, Instant createdAt,
            boolean urgent) {
    }

    record Unreadable(long id, List<String> tags) {
    }

    @TempDir
    Path directory;

    private PooledSchema schema;

    @BeforeEach
    void createTable() {
        var db = EmbeddedDerby.at(directory);
        MigrationRunner runner = new MigrationRunner(db);
        runner.prepareHistory();
        runner.migrate("S", List.of(MigrationScript.fromFile("V1__task.sql", "CREATE TABLE TASK (ID BIGINT GENERATED "
                + "ALWAYS AS IDENTITY, MUNICIPALITY_ID VARCHAR(64), STATUS VARCHAR(16), ESTIMATE INT, DUE_DATE DATE, "
                + "CREATED_AT TIMESTAMP, URGENT BOOLEAN)").orElseThrow()));
        schema = new PooledSchema("S", db, List::of);
    }

    @Test
    void componentsAreReadFromTheColumnsOfTheSameName() {
        Instant created = Instant.parse("2026-11-23T10:15:30.123Z");
        long id = schema.transaction(tx -> tx.insert("INSERT INTO TASK (MUNICIPALITY_ID, STATUS, ESTIMATE, DUE_DATE, "
                + "CREATED_AT, URGENT) VALUES (?, ?, ?, ?, ?, ?)", "kiruna", Status.DONE, 3, LocalDate.of(2027, 1, 31),
                created, true));
        schema.transaction(tx -> tx.insert("INSERT INTO TASK (MUNICIPALITY_ID, STATUS, URGENT) VALUES (?, ?, ?)",
                "lulea", null, false));

        List<Task> tasks = schema.transaction(tx -> tx.list(Task.class, "SELECT * FROM TASK ORDER BY ID"));

        assertEquals(new Task(id, "kiruna", Status.DONE, 3, LocalDate.of(2027, 1, 31), created, true), tasks.get(0));
        assertEquals(new Task(id + 1, "lulea", null, null, null, null, false), tasks.get(1));
        assertEquals(tasks.get(0), schema.transaction(tx -> tx.first(Task.class, "SELECT * FROM TASK WHERE ID = ?", id))
                .orElseThrow());
    }

    @Test
    void aComponentOfAnotherTypeIsRefusedWhenTheMapperIsMade() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> RowMapper.forRecord(Unreadable.class));
        assertEquals("Unreadable.tags is a List, which rows are not read into; write a RowMapper", refused.getMessage());
    }
}
